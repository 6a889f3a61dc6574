package org.integratedcare.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integratedcare.governance.Scenarios.TODAY;
import static org.integratedcare.governance.Scenarios.body;
import static org.integratedcare.governance.Scenarios.committee;
import static org.integratedcare.governance.Scenarios.delegation;
import static org.integratedcare.governance.Scenarios.function;
import static org.integratedcare.governance.Scenarios.link;
import static org.integratedcare.governance.Scenarios.org;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.integratedcare.core.AccountabilityBasis;
import org.integratedcare.core.AccountabilityDirection;
import org.integratedcare.core.BodyKind;
import org.integratedcare.core.DelegationInstrument;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.OrganisationKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The work a query does, counted rather than timed: it follows the delegation path or the chains
 * and does not grow with the rest of the model. (Speed itself belongs to JMH benchmarks.)
 */
class QueryCostTest {

  /**
   * NHS England delegates primary medical services to every one of {@code icbs} ICBs, each of which
   * passes it to a committee and a sub-committee; every ICB answers to NHS England.
   */
  private static IcsModel system(int icbs) {
    IcsModel.Builder b = IcsModel.builder()
        .add(org("parliament", OrganisationKind.PARLIAMENT, "Parliament"))
        .add(org("sos", OrganisationKind.SECRETARY_OF_STATE, "Secretary of State"))
        .add(org("nhse", OrganisationKind.NHS_ENGLAND, "NHS England"))
        .add(function("pms", "Commissioning of primary medical services", "nhse"))
        .add(link("l-sos", "sos", "parliament", AccountabilityDirection.VERTICAL, AccountabilityBasis.STATUTE, null))
        .add(link("l-nhse", "nhse", "sos", AccountabilityDirection.VERTICAL, AccountabilityBasis.STATUTE, null));
    for (int i = 0; i < icbs; i++) {
      String icb = "icb-" + i;
      b.add(org(icb, OrganisationKind.INTEGRATED_CARE_BOARD, "NHS ICB " + i))
          .add(body(icb + "-board", "ICB " + i + " Board", BodyKind.UNITARY_BOARD, icb))
          .add(committee(icb + "-pcc", "ICB " + i + " Primary Care Committee", icb, icb + "-board"))
          .add(committee(icb + "-sub", "ICB " + i + " Contracts Sub-committee", icb, icb + "-pcc"))
          .add(delegation("d-" + icb, "nhse", icb, DelegationInstrument.S65Z5_DELEGATION, "pms")
              .onwardDelegationAllowed(true).build())
          .add(delegation("d-" + icb + "-pcc", icb + "-board", icb + "-pcc", DelegationInstrument.SCHEME_OF_DELEGATION,
              "pms").onwardDelegationAllowed(true).build())
          .add(delegation("d-" + icb + "-sub", icb + "-pcc", icb + "-sub", DelegationInstrument.SCHEME_OF_DELEGATION,
              "pms").build())
          .add(link("l-" + icb, icb, "nhse", AccountabilityDirection.VERTICAL, AccountabilityBasis.STATUTE, null));
    }
    return b.build();
  }

  // The path sub-committee <- committee <- board <- ICB <- NHS England has five records; NHS
  // England's delegations to every other ICB are never looked at.
  @ParameterizedTest
  @ValueSource(ints = {3, 2000})
  void authorityQuery_evaluatesOnlyThePathBackToTheHolder(int icbs) {
    DecisionAuthority authority = DecisionAuthority.of(system(icbs));
    AtomicInteger evaluated = new AtomicInteger();

    AuthorityAnswer answer = authority.decide(AuthorityQuery.of("icb-0-sub", "pms", TODAY, "nhse"), evaluated::set);

    assertThat(answer.bindsAll()).isTrue();
    assertThat(answer.verdicts().get(0).grants()).hasSize(5);
    assertThat(evaluated.get()).isEqualTo(5);
  }

  // The chain sub-committee -> ICB -> NHS England -> Secretary of State -> Parliament expands four
  // records (the terminus ends it), however many other ICBs answer to NHS England.
  @ParameterizedTest
  @ValueSource(ints = {3, 2000})
  void accountabilityWalk_expandsOnlyTheRecordsOnItsChains(int icbs) {
    Accountability accountability = Accountability.of(system(icbs));
    AtomicInteger expanded = new AtomicInteger();

    AccountabilityReport report = accountability.chains("icb-0-sub", TODAY, expanded::set);

    assertThat(report.chains()).singleElement().extracting(AccountabilityChain::members)
        .isEqualTo(List.of("icb-0-sub", "icb-0", "nhse", "sos", "parliament"));
    assertThat(expanded.get()).isEqualTo(4);
  }
}
