package org.integratedcare.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.integratedcare.io.CompanionDocuments;
import org.integratedcare.io.ModelFormat;

import org.integratedcare.governance.rules.Suppression;
import org.integratedcare.io.tree.Node;

/**
 * Reads suppressions from a file a governance team keeps beside its model file, in YAML or JSON:
 *
 * <pre>
 * suppressions:
 *   - rule: england.guidance.icb-board-non-executives
 *     subject: icb-board
 *     justification: Second non-executive starts on 1 May; agreed by the board on 3 March
 * </pre>
 *
 * <p>Each entry names a rule id, a subject (an id or a path) and a written justification; nothing
 * else is allowed. Every problem is reported at once, each with its path, in one {@link
 * ModelValidationException}; no partial list is returned. An empty document is an empty list.
 * Documents are limited to 1 MiB, 32 levels of nesting and strings of 10,000 characters.
 *
 * <p>This class is thread-safe.
 */
public final class SuppressionFiles {
  private static final Set<String> FIELDS = Set.of("rule", "subject", "justification");

  private SuppressionFiles() {}

  /**
   * Reads suppressions from text.
   *
   * @param text the document, not null
   * @param format YAML or JSON, not null
   * @param sourceName what to call the document in messages, such as its file name; not null
   * @return the suppressions in the order written; never null
   * @throws ModelValidationException listing every problem, each with its path, if the document is
   *     not valid YAML or JSON or does not have the shape above
   * @throws NullPointerException if an argument is null
   */
  public static List<Suppression> parse(String text, ModelFormat format, String sourceName) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    String subject = "suppressions file '" + Objects.requireNonNull(sourceName, "sourceName") + "'";
    Node root = CompanionDocuments.readTree(text, format, subject);
    if (root.isMissingNode()) {
      return List.of();
    }
    if (!root.isObject()) {
      throw new ModelValidationException(subject, List.of(Problem.at("$", "expected a map with the key 'suppressions'")));
    }
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, Node> e : root.properties()) {
      if (!e.getKey().equals("suppressions")) {
        problems.add(Problem.at(e.getKey(), "unknown field; the only field is 'suppressions'"));
      }
    }
    List<Suppression> result = new ArrayList<>();
    Node list = root.path("suppressions");
    if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
      problems.add(Problem.at("suppressions", "expected a list"));
    } else if (list.isArray()) {
      for (int i = 0; i < list.size(); i++) {
        String path = "suppressions[" + i + "]";
        Node item = list.get(i);
        if (!item.isObject()) {
          problems.add(Problem.at(path, "expected a map with rule, subject and justification"));
          continue;
        }
        for (Map.Entry<String, Node> f : item.properties()) {
          if (!FIELDS.contains(f.getKey())) {
            problems.add(Problem.at(path + "." + f.getKey(), "unknown field; expected rule, subject and justification"));
          }
        }
        String rule = text(item, "rule", path, problems);
        String about = text(item, "subject", path, problems);
        String justification = text(item, "justification", path, problems);
        if (rule != null && about != null && justification != null) {
          result.add(Suppression.of(rule, about, justification));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ModelValidationException(subject, problems);
    }
    return List.copyOf(result);
  }

  private static String text(Node item, String field, String path, List<Problem> problems) {
    Node value = item.get(field);
    if (value == null || value.isNull()) {
      problems.add(Problem.at(path + "." + field, "missing" + (field.equals("justification")
          ? "; every suppression needs a written justification" : "")));
      return null;
    }
    if (!value.isString() || value.asString().isBlank()) {
      problems.add(Problem.at(path + "." + field, "expected non-blank text"));
      return null;
    }
    return value.asString().strip();
  }
}
