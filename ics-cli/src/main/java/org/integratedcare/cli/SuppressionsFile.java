package org.integratedcare.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.integratedcare.governance.rules.Suppression;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a suppressions file (YAML, or JSON when the name ends {@code .json}):
 *
 * <pre>
 * suppressions:
 *   - rule: england.guidance.icb-board-non-executives
 *     subject: board-x
 *     justification: Second non-executive starts on 1 May; agreed by the board on 3 March
 * </pre>
 *
 * <p>Every problem is reported at once, each with its path.
 */
final class SuppressionsFile {
  private static final Set<String> FIELDS = Set.of("rule", "subject", "justification");

  private SuppressionsFile() {}

  static List<Suppression> read(Path file) {
    String text = Inputs.text(file, "suppressions file");
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    ObjectMapper mapper = json ? JsonMapper.builder().build() : YAMLMapper.builder().build();
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (JacksonException e) {
      throw new CliException("suppressions file '" + file + "' is not valid " + (json ? "JSON" : "YAML")
          + ": " + e.getOriginalMessage());
    }
    List<String> problems = new ArrayList<>();
    List<Suppression> result = new ArrayList<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      return List.of();
    }
    if (!root.isObject()) {
      throw new CliException(problemsIn(file, List.of("$: expected a map with the key 'suppressions'")));
    }
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      if (!e.getKey().equals("suppressions")) {
        problems.add(e.getKey() + ": unknown field; the only field is 'suppressions'");
      }
    }
    JsonNode list = root.path("suppressions");
    if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
      problems.add("suppressions: expected a list");
    } else if (list.isArray()) {
      for (int i = 0; i < list.size(); i++) {
        String path = "suppressions[" + i + "]";
        JsonNode item = list.get(i);
        if (!item.isObject()) {
          problems.add(path + ": expected a map with rule, subject and justification");
          continue;
        }
        for (Map.Entry<String, JsonNode> f : item.properties()) {
          if (!FIELDS.contains(f.getKey())) {
            problems.add(path + "." + f.getKey() + ": unknown field; expected rule, subject and justification");
          }
        }
        String rule = text(item, "rule", path, problems);
        String subject = text(item, "subject", path, problems);
        String justification = text(item, "justification", path, problems);
        if (rule != null && subject != null && justification != null) {
          result.add(Suppression.of(rule, subject, justification));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new CliException(problemsIn(file, problems));
    }
    return List.copyOf(result);
  }

  private static String text(JsonNode item, String field, String path, List<String> problems) {
    JsonNode value = item.get(field);
    if (value == null || value.isNull()) {
      problems.add(path + "." + field + ": missing" + (field.equals("justification")
          ? "; every suppression needs a written justification" : ""));
      return null;
    }
    if (!value.isString() || value.asString().isBlank()) {
      problems.add(path + "." + field + ": expected non-blank text");
      return null;
    }
    return value.asString().strip();
  }

  private static String problemsIn(Path file, List<String> problems) {
    return (problems.size() == 1 ? "1 problem" : problems.size() + " problems") + " in suppressions file '"
        + file + "':\n  - " + String.join("\n  - ", problems);
  }
}
