package org.integratedcare.governance.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integratedcare.governance.Scenarios.TODAY;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.integratedcare.governance.Scenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The work a query does, counted rather than timed: it follows the chains and does not grow with
 * the rest of the model. (Speed itself belongs to JMH benchmarks.)
 */
class ChainQueryCostTest {

  // The chain sub-committee -> ICB -> NHS England -> Secretary of State -> Parliament expands four
  // records (the terminus ends it), however many other ICBs answer to NHS England.
  @ParameterizedTest
  @ValueSource(ints = {3, 2000})
  void accountabilityWalk_expandsOnlyTheRecordsOnItsChains(int icbs) {
    Accountability accountability = Accountability.of(Scenarios.primaryCareAcrossIcbs(icbs));
    AtomicInteger expanded = new AtomicInteger();

    AccountabilityReport report = accountability.chains("icb-0-sub", TODAY, expanded::set);

    assertThat(report.chains()).singleElement().extracting(AccountabilityChain::members)
        .isEqualTo(List.of("icb-0-sub", "icb-0", "nhse", "sos", "parliament"));
    assertThat(expanded.get()).isEqualTo(4);
  }
}
