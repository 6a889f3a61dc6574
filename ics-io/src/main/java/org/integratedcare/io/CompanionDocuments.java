package org.integratedcare.io;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.io.tree.DocumentException;
import org.integratedcare.io.tree.DocumentLimits;
import org.integratedcare.io.tree.JsonDocumentReader;
import org.integratedcare.io.tree.Node;
import org.integratedcare.io.tree.YamlDocumentReader;

/**
 * Parses the small documents kept beside a model file (suppressions, metrics inputs, maturity
 * frameworks) into the library's document tree, under fixed limits, so that each reader of such a
 * document maps the tree with its own vocabulary and reports problems the same way model files do.
 *
 * <p>Limits: 1 MiB, 32 levels of nesting, strings of 10,000 characters. This class is thread-safe.
 */
public final class CompanionDocuments {
  private static final DocumentLimits LIMITS =
      new DocumentLimits(1 << 20, 32, 10_000, DocumentLimits.DEFAULT_MAX_NUMBER_LENGTH);
  private static final YamlDocumentReader YAML = new YamlDocumentReader(LIMITS);
  private static final JsonDocumentReader JSON = new JsonDocumentReader(LIMITS);

  private CompanionDocuments() {}

  /**
   * Parses a document.
   *
   * @param text the document, not null
   * @param format YAML or JSON, not null
   * @param subject what to call the document in messages, such as {@code "suppressions file
   *     'accepted.yaml'"}; not null
   * @return the tree, whose nodes know their line and column; a missing node for an empty document
   *     or one holding only null
   * @throws ModelValidationException with one problem, carrying the line and column, if the text is
   *     not valid YAML or JSON or exceeds the limits
   * @throws NullPointerException if an argument is null
   */
  public static Node readTree(String text, ModelFormat format, String subject) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(subject, "subject");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try {
      Node root = switch (Objects.requireNonNull(format, "format")) {
        case YAML -> YAML.read(bytes);
        case JSON -> JSON.read(bytes);
      };
      return root.isNull() ? Node.missing() : root;
    } catch (DocumentException e) {
      throw TreeReader.problems(subject, e);
    }
  }
}
