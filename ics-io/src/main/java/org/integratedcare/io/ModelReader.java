package org.integratedcare.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;

/**
 * Reads model files under given {@link ReadLimits}. {@link ModelFiles} reads with a reader of the
 * {@linkplain ReadLimits#defaults() default limits}; make one of your own only to change them.
 *
 * <p>Reading is strict and all-or-nothing. A file that cannot be parsed (a syntax error, a
 * duplicate property, a YAML alias or tag, anything over a limit) fails at once with one problem
 * that gives the line and column. A file that parses is then checked completely: every unknown or
 * misspelt property, unknown kind, missing required property, malformed value (date, ODS code, GSS
 * code, number), inverted period and broken invariant of a record, and then every integrity problem
 * of the model (duplicate ids, references to unknown ids or to records of the wrong kind, cycles),
 * is reported together in one {@link ModelValidationException}, each problem with its path in the
 * file (such as {@code delegations[2].delegate}) and, where known, its line and column. No partial
 * model is ever returned.
 *
 * <p>Polymorphic records ({@code structures} and {@code mechanisms}) are told apart only by their
 * {@code kind} type name; no class name is ever read, and Jackson's default typing is not used.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ModelReader {
  private static final ModelReader STANDARD = new ModelReader(ReadLimits.defaults());

  private final ReadLimits limits;
  private final TreeReader trees;

  private ModelReader(ReadLimits limits) {
    this.limits = limits;
    this.trees = new TreeReader(limits);
  }

  /** The reader with the {@linkplain ReadLimits#defaults() default limits}. */
  public static ModelReader standard() {
    return STANDARD;
  }

  /**
   * A reader with the given limits.
   *
   * @param limits the limits, not null
   * @return the reader
   * @throws NullPointerException if {@code limits} is null
   */
  public static ModelReader withLimits(ReadLimits limits) {
    return new ModelReader(Objects.requireNonNull(limits, "limits"));
  }

  /** The limits this reader applies. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a model file, in the format its extension names ({@code .yaml}, {@code .yml} or
   * {@code .json}).
   *
   * @param file the file, not null
   * @return the model, complete and checked
   * @throws ModelValidationException listing every problem found, if the file is not a valid model
   * @throws IllegalArgumentException if the file's extension names no format
   * @throws UncheckedIOException if the file cannot be read, or is not a regular file (only
   *     regular files are read: a pipe or a device could block for ever or never end)
   * @throws NullPointerException if {@code file} is null
   */
  public IcsModel read(Path file) {
    ModelFormat format = ModelFormat.of(file);
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // a pipe or a device could block for ever or never end; a directory cannot be read
      throw new UncheckedIOException(new IOException("could not read " + file
          + ": it is not a regular file (such as a directory, a pipe or a device)"));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, format, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a model from text.
   *
   * @param text the document, not null
   * @param format its format, not null
   * @return the model, complete and checked
   * @throws ModelValidationException listing every problem found, if the text is not a valid model
   * @throws NullPointerException if an argument is null
   */
  public IcsModel read(String text, ModelFormat format) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    String subject = "the " + format.name() + " text";
    return decode(text.getBytes(StandardCharsets.UTF_8), format, subject);
  }

  /**
   * Reads a model from a stream of UTF-8 bytes, up to its end. The stream is not closed.
   *
   * @param in the stream, not null
   * @param format its format, not null
   * @return the model, complete and checked
   * @throws ModelValidationException listing every problem found, if the input is not a valid model
   * @throws UncheckedIOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public IcsModel read(InputStream in, ModelFormat format) {
    return read(in, format, "the " + Objects.requireNonNull(format, "format").name() + " input");
  }

  /**
   * Reads a model from a stream of UTF-8 bytes, naming it in error messages. The stream is not
   * closed.
   *
   * @param in the stream, not null
   * @param format its format, not null
   * @param sourceName what to call the input in messages, such as a file name or URL; not null
   * @return the model, complete and checked
   * @throws ModelValidationException listing every problem found, if the input is not a valid model
   * @throws UncheckedIOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public IcsModel read(InputStream in, ModelFormat format, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sourceName, "sourceName");
    return decode(trees.readBounded(in, sourceName), format, sourceName);
  }

  private IcsModel decode(byte[] bytes, ModelFormat format, String subject) {
    ParsedDocument document = trees.parse(bytes, format, subject);
    return new ModelDecoder(document, subject).decode();
  }

  @Override
  public String toString() {
    return "ModelReader[" + limits + "]";
  }
}
