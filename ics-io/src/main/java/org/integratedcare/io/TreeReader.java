package org.integratedcare.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.integratedcare.io.tree.DocumentException;
import org.integratedcare.io.tree.DocumentLimits;
import org.integratedcare.io.tree.JsonDocumentReader;
import org.integratedcare.io.tree.Node;
import org.integratedcare.io.tree.YamlDocumentReader;

/**
 * Reads the bytes of a YAML or JSON model file into the library's document tree, every node
 * carrying its line and column, under the {@link ReadLimits}. Not part of the API.
 *
 * <p>Duplicate property names, YAML aliases, YAML tags and more than one document are rejected; so
 * is anything over a limit. Every failure here is a syntax-level problem and stops reading at once.
 */
final class TreeReader {
  private final ReadLimits limits;
  private final JsonDocumentReader json;
  private final YamlDocumentReader yaml;

  TreeReader(ReadLimits limits) {
    this.limits = limits;
    DocumentLimits documentLimits = new DocumentLimits(limits.maxDocumentBytes(),
        limits.maxNestingDepth(), limits.maxStringLength(), DocumentLimits.DEFAULT_MAX_NUMBER_LENGTH);
    this.json = new JsonDocumentReader(documentLimits);
    this.yaml = new YamlDocumentReader(documentLimits);
  }

  /** Reads at most the document limit from {@code in}; fails if there is more. */
  byte[] readBounded(InputStream in, String subject) {
    int max = limits.maxDocumentBytes();
    byte[] bytes;
    try {
      // one more byte than the limit tells a document at the limit from one over it; readNBytes
      // gathers chunks and copies them once, not doubling a buffer as the stream grows
      bytes = in.readNBytes(max == Integer.MAX_VALUE ? max : max + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + subject + ": " + e.getMessage(), e);
    }
    if (bytes.length > max) {
      throw new ModelValidationException(subject, List.of(Problem.at("",
          "the document is larger than the limit of " + max + " bytes; split it or raise"
              + " ReadLimits.maxDocumentBytes")));
    }
    return bytes;
  }

  /** Parses a whole document. */
  ParsedDocument parse(byte[] bytes, ModelFormat format, String subject) {
    try {
      Node root = format == ModelFormat.YAML ? yaml.read(bytes) : json.read(bytes);
      return new ParsedDocument(root);
    } catch (DocumentException e) {
      throw problems(subject, e);
    }
  }

  /** The reader's problems as the library's validation exception. */
  static ModelValidationException problems(String subject, DocumentException e) {
    List<Problem> problems = new ArrayList<>();
    for (DocumentException.Problem p : e.problems()) {
      problems.add(Problem.at(p.path(), p.message(), p.line(), p.column()));
    }
    return new ModelValidationException(subject, problems);
  }
}
