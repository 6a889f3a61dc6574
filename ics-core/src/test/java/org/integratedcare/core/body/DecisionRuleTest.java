package org.integratedcare.core.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionRuleTest {
  @ParameterizedTest(name = "{0} with {1} for, {2} against, {3} abstaining: {4}")
  @CsvSource({
      "SIMPLE_MAJORITY, 5, 4, 0, true",
      "SIMPLE_MAJORITY, 4, 4, 1, false",
      "SIMPLE_MAJORITY, 0, 0, 3, false",
      "TWO_THIRDS_MAJORITY, 6, 3, 0, true",
      "TWO_THIRDS_MAJORITY, 5, 3, 0, false",
      "TWO_THIRDS_MAJORITY, 2, 1, 5, true",
      "CONSENSUS, 7, 0, 2, true",
      "CONSENSUS, 7, 1, 0, false",
      "UNANIMITY, 7, 0, 0, true",
      "UNANIMITY, 7, 0, 1, false"
  })
  void isMet(DecisionRule rule, int votesFor, int against, int abstain, boolean carried) {
    assertThat(rule.isMet(votesFor, against, abstain)).isEqualTo(carried);
  }
}
