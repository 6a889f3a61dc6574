package org.integratedcare.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.io.tree.JsonDocumentWriter;
import org.integratedcare.io.tree.Node;
import org.integratedcare.io.tree.ObjectNode;
import org.integratedcare.io.tree.YamlDocumentWriter;

/**
 * Reads and writes whole {@link IcsModel}s as YAML or JSON model files: the entry point of this
 * package.
 *
 * <pre>{@code
 * IcsModel model = ModelFiles.read(Path.of("examples/exampleshire-ics.yaml"));
 * String json = ModelFiles.write(model, ModelFormat.JSON);
 * }</pre>
 *
 * <p>The file format is described in {@code docs/model-format.md} and by the JSON Schema shipped
 * as the resource {@value #SCHEMA_RESOURCE}. In short: the top-level properties are the model's
 * collections ({@code organisations}, {@code structures}, {@code bodies}, {@code posts},
 * {@code people}, {@code appointments}, {@code functions}, {@code delegations}, {@code mechanisms},
 * {@code accountabilityLinks}, {@code meetings}, {@code changeEvents}) and its {@code name}; each
 * record's properties are named after its accessors; references are ids; kinds and other enums are
 * lower-case hyphenated type names such as {@code joint-committee}; periods are {@code from} and
 * optional {@code to} as ISO dates, both days inclusive.
 *
 * <p>Reading uses {@link ModelReader#standard()}: strict, with the {@linkplain ReadLimits#defaults()
 * default limits}, all problems reported together in one {@link ModelValidationException}, never a
 * partial model. Writing is deterministic: the same model always gives the same bytes (properties
 * in a fixed order, records in model order, the members of sets sorted, default values left out,
 * {@code \n} line ends, UTF-8), and reading what was written gives an equal model.
 *
 * <p>This class is thread-safe.
 */
public final class ModelFiles {
  /** The class-path resource holding the JSON Schema of model files. */
  public static final String SCHEMA_RESOURCE = "/org/integratedcare/io/ics-model.schema.json";

  private ModelFiles() {}

  /**
   * Reads a model file, in the format its extension names ({@code .yaml}, {@code .yml} or
   * {@code .json}), with the default limits.
   *
   * @param file the file, not null
   * @return the model, complete and checked
   * @throws ModelValidationException listing every problem found, if the file is not a valid model
   * @throws IllegalArgumentException if the file's extension names no format
   * @throws UncheckedIOException if the file cannot be read
   * @throws NullPointerException if {@code file} is null
   */
  public static IcsModel read(Path file) {
    return ModelReader.standard().read(file);
  }

  /**
   * Reads a model from text with the default limits.
   *
   * @param text the document, not null
   * @param format its format, not null
   * @return the model, complete and checked
   * @throws ModelValidationException listing every problem found, if the text is not a valid model
   * @throws NullPointerException if an argument is null
   */
  public static IcsModel read(String text, ModelFormat format) {
    return ModelReader.standard().read(text, format);
  }

  /**
   * Reads a model from a stream of UTF-8 bytes with the default limits. The stream is not closed.
   *
   * @param in the stream, not null
   * @param format its format, not null
   * @return the model, complete and checked
   * @throws ModelValidationException listing every problem found, if the input is not a valid model
   * @throws UncheckedIOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static IcsModel read(InputStream in, ModelFormat format) {
    return ModelReader.standard().read(in, format);
  }

  /**
   * Decodes a model from a document tree in the shape of a model file: the other half of {@link
   * #toTree(IcsModel)}. This is for code that parses JSON with a library of its own, such as the
   * Jackson adapters ({@code ics-jackson2}, {@code ics-jackson3}), and builds the library's tree
   * from it.
   *
   * <p>The tree is checked as a parsed file is: every unknown property, unknown kind, missing or
   * malformed value and integrity problem is reported together in one {@link
   * ModelValidationException}, never a partial model. Problems carry the line and column of the
   * nodes that have them; nodes built with the {@link Node} factories have none. The limits of
   * {@link ReadLimits} on bytes, nesting and string length apply to parsing, so they are the
   * business of whoever parsed the tree; the tree is not changed.
   *
   * @param root the document's root, normally an {@link ObjectNode}; the {@linkplain
   *     Node#missing() missing node} stands for an empty document; not null
   * @param sourceName what to call the input in messages, such as "the request body"; not null
   * @return the model, complete and checked
   * @throws ModelValidationException listing every problem found, if the tree is not a valid model
   * @throws NullPointerException if an argument is null
   */
  public static IcsModel fromTree(Node root, String sourceName) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(sourceName, "sourceName");
    return new ModelDecoder(new ParsedDocument(root), sourceName).decode();
  }

  /**
   * A model as the library's document tree, in the shape of a model file: what {@link
   * #write(IcsModel, ModelFormat)} writes. Services that write JSON through a library of their own
   * start from this tree.
   *
   * @param model the model, not null
   * @return a new tree, which the caller may change
   * @throws NullPointerException if {@code model} is null
   */
  public static ObjectNode toTree(IcsModel model) {
    return ModelEncoder.encode(Objects.requireNonNull(model, "model"));
  }

  /**
   * Writes a model as text.
   *
   * @param model the model, not null
   * @param format the format, not null
   * @return the document, ending with a line break
   * @throws NullPointerException if an argument is null
   */
  public static String write(IcsModel model, ModelFormat format) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(format, "format");
    ObjectNode tree = ModelEncoder.encode(model);
    String text = switch (format) {
      case YAML -> YamlDocumentWriter.instance().writeString(tree);
      case JSON -> JsonDocumentWriter.pretty().writeString(tree) + "\n";
    };
    return text.replace("\r\n", "\n");
  }

  /**
   * Writes a model to a stream as UTF-8. The stream is flushed, not closed.
   *
   * @param model the model, not null
   * @param out the stream, not null
   * @param format the format, not null
   * @throws UncheckedIOException if the stream cannot be written
   * @throws NullPointerException if an argument is null
   */
  public static void write(IcsModel model, OutputStream out, ModelFormat format) {
    Objects.requireNonNull(out, "out");
    byte[] bytes = write(model, format).getBytes(StandardCharsets.UTF_8);
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the model: " + e.getMessage(), e);
    }
  }

  /**
   * Writes a model to a file, in the format its extension names, replacing the file if it exists.
   *
   * @param model the model, not null
   * @param file the file, not null
   * @throws IllegalArgumentException if the file's extension names no format
   * @throws UncheckedIOException if the file cannot be written
   * @throws NullPointerException if an argument is null
   */
  public static void write(IcsModel model, Path file) {
    ModelFormat format = ModelFormat.of(file);
    try {
      Files.writeString(file, write(model, format), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
    }
  }
}
