package org.integratedcare.governance.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integratedcare.governance.Scenarios.TODAY;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.integratedcare.governance.Scenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The work a query does, counted rather than timed: it follows the delegation path and does not grow with
 * the rest of the model. (Speed itself belongs to JMH benchmarks.)
 */
class AuthorityQueryCostTest {

  // The path sub-committee <- committee <- board <- ICB <- NHS England has five records; NHS
  // England's delegations to every other ICB are never looked at.
  @ParameterizedTest
  @ValueSource(ints = {3, 2000})
  void authorityQuery_evaluatesOnlyThePathBackToTheHolder(int icbs) {
    DecisionAuthority authority = DecisionAuthority.of(Scenarios.primaryCareAcrossIcbs(icbs));
    AtomicInteger evaluated = new AtomicInteger();

    AuthorityAnswer answer = authority.decide(AuthorityQuery.of("icb-0-sub", "pms", TODAY, "nhse"), evaluated::set);

    assertThat(answer.bindsAll()).isTrue();
    assertThat(answer.verdicts().get(0).grants()).hasSize(5);
    assertThat(evaluated.get()).isEqualTo(5);
  }
}
