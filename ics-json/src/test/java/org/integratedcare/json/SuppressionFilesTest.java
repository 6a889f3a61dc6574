package org.integratedcare.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.integratedcare.governance.rules.Suppression;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.integratedcare.io.ModelFormat;
import org.junit.jupiter.api.Test;

class SuppressionFilesTest {
  @Test
  void parse_readsEachSuppressionInOrder() {
    String yaml = """
        suppressions:
          - rule: england.guidance.icb-board-non-executives
            subject: icb-board
            justification: Second non-executive starts on 1 May; agreed by the board on 3 March
          - {rule: england.good-practice.body-has-scope, subject: "bodies[3]", justification: Terms being redrafted}
        """;

    assertThat(SuppressionFiles.parse(yaml, ModelFormat.YAML, "accepted.yaml"))
        .extracting(Suppression::ruleId, Suppression::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("england.guidance.icb-board-non-executives", "icb-board"),
            org.assertj.core.groups.Tuple.tuple("england.good-practice.body-has-scope", "bodies[3]"));
  }

  @Test
  void parse_emptyDocument_isNoSuppressions() {
    assertThat(SuppressionFiles.parse("", ModelFormat.YAML, "empty.yaml")).isEmpty();
  }

  @Test
  void parse_reportsEveryProblemAtOnce_withPaths() {
    String json = """
        {"suppressions": [
          {"rule": "r1", "subject": "s1"},
          {"rule": "r2", "subject": "s2", "justification": " ", "reason": "x"},
          "r3"
        ], "extra": 1}
        """;

    assertThatThrownBy(() -> SuppressionFiles.parse(json, ModelFormat.JSON, "accepted.json"))
        .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString)
            .containsExactly(
                "extra: unknown field; the only field is 'suppressions'",
                "suppressions[0].justification: missing; every suppression needs a written justification",
                "suppressions[1].reason: unknown field; expected rule, subject and justification",
                "suppressions[1].justification: expected non-blank text",
                "suppressions[2]: expected a map with rule, subject and justification"))
        .hasMessageStartingWith("5 problems in suppressions file 'accepted.json':");
  }

  @Test
  void parse_syntaxError_givesTheLine() {
    assertThatThrownBy(() -> SuppressionFiles.parse("suppressions: [\n  {rule: a", ModelFormat.YAML, "bad.yaml"))
        .isInstanceOfSatisfying(ModelValidationException.class, e -> {
          assertThat(e.problems()).hasSize(1);
          assertThat(e.problems().get(0).message()).startsWith("the file is not valid YAML");
          assertThat(e.problems().get(0).line()).isPresent();
        });
  }
}
