package org.integratedcare.io;

import java.util.List;
import java.util.Objects;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Parses the small documents kept beside a model file (suppressions, metrics inputs) into a
 * Jackson tree, under fixed limits, so that each reader of such a document maps the tree with its
 * own vocabulary and reports problems the same way model files do.
 *
 * <p>Limits: 1 MiB, 32 levels of nesting, strings of 10,000 characters. This class is thread-safe.
 */
public final class CompanionDocuments {
  private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxDocumentLength(1L << 20).maxNestingDepth(32).maxStringLength(10_000).build();
  private static final ObjectMapper YAML =
      YAMLMapper.builder(YAMLFactory.builder().streamReadConstraints(LIMITS).build()).build();
  private static final ObjectMapper JSON =
      JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build()).build();

  private CompanionDocuments() {}

  /**
   * Parses a document.
   *
   * @param text the document, not null
   * @param format YAML or JSON, not null
   * @param subject what to call the document in messages, such as {@code "suppressions file
   *     'accepted.yaml'"}; not null
   * @return the tree; a {@link MissingNode} for an empty document or one holding only null
   * @throws ModelValidationException with one problem, carrying the line and column, if the text is
   *     not valid YAML or JSON or exceeds the limits
   * @throws NullPointerException if an argument is null
   */
  public static JsonNode readTree(String text, ModelFormat format, String subject) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(subject, "subject");
    ObjectMapper mapper = switch (Objects.requireNonNull(format, "format")) {
      case YAML -> YAML;
      case JSON -> JSON;
    };
    try {
      JsonNode root = mapper.readTree(text);
      return root == null || root.isNull() ? MissingNode.getInstance() : root;
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      throw new ModelValidationException(subject, List.of(Problem.at("", "is not valid " + format
          + ": " + e.getOriginalMessage(), at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr())));
    }
  }
}
