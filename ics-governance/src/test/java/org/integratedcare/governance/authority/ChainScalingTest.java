package org.integratedcare.governance.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integratedcare.governance.Scenarios.TODAY;
import static org.integratedcare.governance.Scenarios.body;
import static org.integratedcare.governance.Scenarios.committee;
import static org.integratedcare.governance.Scenarios.delegation;
import static org.integratedcare.governance.Scenarios.function;
import static org.integratedcare.governance.Scenarios.org;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chains of onward delegation as long as a file can make them: the search keeps its own stack (no
 * recursion the input controls) and each step shares the path behind it, so work is counted, not
 * timed, and grows with the chain. A hang guard of minutes (many times the expected cost) stops a
 * regression to quadratic or exponential work from stalling the build; it asserts no timing.
 */
class ChainScalingTest {

  /** Board b0 of the ICB, then committees b1..bn, each delegating the function to the next. */
  static IcsModel chain(int steps) {
    IcsModel.Builder b = IcsModel.builder()
        .add(org("icb", OrganisationKind.INTEGRATED_CARE_BOARD, "ICB"))
        .add(function("fn", "Commissioning", "icb"))
        .add(body("b0", "Board", BodyKind.UNITARY_BOARD, "icb"));
    for (int i = 1; i <= steps; i++) {
      b.add(committee("b" + i, "Committee " + i, "icb", "b" + (i - 1)));
      b.add(delegation("d" + i, "b" + (i - 1), "b" + i, DelegationInstrument.SCHEME_OF_DELEGATION, "fn")
          .onwardDelegationAllowed(true).financialLimit(BigDecimal.valueOf(1_000_000_000L - i)).build());
    }
    return b.build();
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 800, 3000})
  void chainOfOnwardDelegation_evaluatesEachStepOnce(int steps) {
    DecisionAuthority authority = DecisionAuthority.of(chain(steps));
    AtomicInteger evaluated = new AtomicInteger();

    AuthorityAnswer answer = authority.decide(AuthorityQuery.of("b" + steps, "fn", TODAY, "icb"), evaluated::set);

    assertThat(answer.bindsAll()).isTrue();
    // held by law, the board acting for the ICB, then one grant per delegation
    assertThat(answer.verdicts().get(0).grants()).hasSize(steps + 2);
    // every body of the chain and the ICB, each once: 400 -> 402, 800 -> 802, 3000 -> 3002
    assertThat(evaluated.get()).isEqualTo(steps + 2);
    assertThat(answer.verdicts().get(0).financialLimit()).contains(BigDecimal.valueOf(1_000_000_000L - steps));
  }

  @Test
  void chainOfHundredThousandSteps_neitherOverflowsNorGrowsQuadratically() {
    int steps = 100_000;
    IcsModel model = chain(steps);
    AuthorityAnswer answer = DecisionAuthority.of(model).decide(AuthorityQuery.of("b" + steps, "fn", TODAY, "icb"));
    assertThat(answer.verdicts().get(0).grants()).hasSize(steps + 2);
  }

  @Test
  void brokenChain_reportsEachReasonOnce() {
    // the board delegates without onward delegation at step 1: every later step fails for that reason
    IcsModel.Builder b = IcsModel.builder()
        .add(org("icb", OrganisationKind.INTEGRATED_CARE_BOARD, "ICB"))
        .add(function("fn", "Commissioning", "icb"))
        .add(body("b0", "Board", BodyKind.UNITARY_BOARD, "icb"));
    for (int i = 1; i <= 3000; i++) {
      b.add(committee("b" + i, "Committee " + i, "icb", "b" + (i - 1)));
      b.add(delegation("d" + i, "b" + (i - 1), "b" + i, DelegationInstrument.SCHEME_OF_DELEGATION, "fn")
          .onwardDelegationAllowed(i != 1).build());
    }
    Verdict v = DecisionAuthority.of(b.build()).verdict("b3000", "fn", "icb", TODAY);
    assertThat(v.isBinding()).isFalse();
    assertThat(v.reasons()).hasSize(1);
    assertThat(v.reasons().get(0).kind()).isEqualTo(ReasonKind.ONWARD_DELEGATION_NOT_ALLOWED);
  }

  @Test
  void ladderOfDiamonds_failuresDoNotDoubleAtEachDiamond() {
    // 40 levels, each of two committees both delegated to by both committees of the level above,
    // with no route to the ICB at the top: copying each route's failures would make 2^40 of them
    int levels = 40;
    IcsModel.Builder b = IcsModel.builder()
        .add(org("icb", OrganisationKind.INTEGRATED_CARE_BOARD, "ICB"))
        .add(function("fn", "Commissioning", "icb"))
        .add(body("b0", "Board", BodyKind.UNITARY_BOARD, "icb"));
    for (int level = 0; level < levels; level++) {
      for (String side : new String[] {"l", "r"}) {
        b.add(committee(side + level, "Committee " + side + level, "icb", "b0"));
      }
    }
    for (int level = 1; level < levels; level++) {
      for (String from : new String[] {"l", "r"}) {
        for (String to : new String[] {"l", "r"}) {
          b.add(delegation("d" + from + to + level, from + (level - 1), to + level,
              DelegationInstrument.SCHEME_OF_DELEGATION, "fn").onwardDelegationAllowed(true).build());
        }
      }
    }
    IcsModel model = b.build();
    AtomicInteger evaluated = new AtomicInteger();
    AuthorityAnswer answer = DecisionAuthority.of(model)
        .decide(AuthorityQuery.of("l" + (levels - 1), "fn", TODAY, "icb"), evaluated::set);
    assertThat(answer.bindsAll()).isFalse();
    // both committees of every level below the decider, and the decider itself
    assertThat(evaluated.get()).isEqualTo(2 * levels - 1);
    assertThat(answer.verdicts().get(0).reasons()).hasSizeLessThanOrEqualTo(4);
  }
}
