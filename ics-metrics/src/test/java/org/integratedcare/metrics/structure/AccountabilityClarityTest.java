package org.integratedcare.metrics.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.accountability.AccountabilityBasis;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.Level;
import static org.integratedcare.metrics.Records.ON;
import static org.integratedcare.metrics.Records.SINCE_2022;
import static org.integratedcare.metrics.Records.body;
import static org.integratedcare.metrics.Records.delegation;
import static org.integratedcare.metrics.Records.function;
import static org.integratedcare.metrics.Records.link;
import static org.integratedcare.metrics.Records.org;
import static org.integratedcare.metrics.Records.vertical;

import org.junit.jupiter.api.Test;

/**
 * Accountability clarity, read from the governance module's accountability chains: one accountable holder per function, and chains that end with
 * Parliament, an electorate or the public. An ICB answers to NHS England (NHS Act 2006 s.14Z59
 * performance assessment), NHS England to the Secretary of State (mandate, s.13A), ministers to
 * Parliament; a council to its electorate.
 */
class AccountabilityClarityTest {

  static IcsModel model() {
    return IcsModel.builder()
        .add(org("nhse", OrganisationKind.NHS_ENGLAND))
        .add(org("sos", OrganisationKind.SECRETARY_OF_STATE))
        .add(org("parl", OrganisationKind.PARLIAMENT))
        .add(org("icb", OrganisationKind.INTEGRATED_CARE_BOARD))
        .add(org("la", OrganisationKind.UNITARY_AUTHORITY))
        .add(org("elect", OrganisationKind.ELECTORATE))
        .add(org("trust", OrganisationKind.NHS_FOUNDATION_TRUST))
        .add(org("vcse", OrganisationKind.VCSE_ORGANISATION))
        .add(body("board", BodyKind.UNITARY_BOARD, Level.SYSTEM, "icb"))
        .add(body("cttee", BodyKind.COMMITTEE, Level.SYSTEM, "icb"))
        .add(body("laCttee", BodyKind.COMMITTEE, Level.PLACE, "la"))
        .add(function("fIcb", "icb")).add(function("fLa", "la"))
        .add(function("fTrust", "trust")).add(function("fVcse", "vcse"))
        .add(vertical("l1", "icb", "nhse"))
        .add(vertical("l2", "nhse", "sos"))
        .add(vertical("l3", "sos", "parl"))
        .add(vertical("l4", "la", "elect"))
        .add(vertical("l5", "trust", "nhse"))
        .add(vertical("l6", "trust", "icb"))
        .add(vertical("l7", "icb", "sos", "fLa")) // scoped to another function: does not count for fIcb
        .add(link("l8", "icb", "la", AccountabilityDirection.LATERAL, AccountabilityBasis.AGREEMENT))
        .add(link("l9", "board", "icb", AccountabilityDirection.VERTICAL, AccountabilityBasis.DELEGATION, "fIcb"))
        .add(delegation("dBoard", "icb", "board", "fIcb")) // answered for by link l9
        .add(delegation("dCttee", "board", "cttee", "fIcb")) // no report-back duty, no link: unreported
        .add(Delegation.builder().id("dLa").delegator("la").delegate("laCttee").addFunctions("fLa")
            .instrument(DelegationInstrument.LOCAL_GOVERNMENT_ARRANGEMENT).onwardDelegationAllowed(false)
            .reportsTo("la").period(SINCE_2022).build())
        .build();
  }

  @Test
  void icbFunction_isClear_withAChainOfThreeToParliament() {
    FunctionAccountability f = traced(AccountabilityClarity.of(model().on(ON)), "fIcb");

    assertThat(f.directAccountHolders()).containsExactly("nhse");
    assertThat(f.status()).isEqualTo(FunctionAccountability.Status.CLEAR);
    assertThat(f.chainLength()).hasValue(3);
    assertThat(f.terminus()).hasValue("parl");
    assertThat(f.gap()).isFalse();
    assertThat(f.unreportedDelegations()).containsExactly("dCttee");
  }

  @Test
  void councilFunction_answersToTheElectorateInOneStep() {
    FunctionAccountability f = traced(AccountabilityClarity.of(model().on(ON)), "fLa");

    assertThat(f.status()).isEqualTo(FunctionAccountability.Status.CLEAR);
    assertThat(f.chainLength()).hasValue(1);
    assertThat(f.unreportedDelegations()).isEmpty(); // the committee reports back to the council
  }

  @Test
  void twoVerticalMasters_isDivided_andNoMaster_isAGap() {
    AccountabilityClarity c = AccountabilityClarity.of(model().on(ON));

    FunctionAccountability trust = traced(c, "fTrust");
    assertThat(trust.status()).isEqualTo(FunctionAccountability.Status.DIVIDED);
    assertThat(trust.directAccountHolders()).containsExactly("nhse", "icb");
    assertThat(trust.chainLength()).hasValue(3);

    FunctionAccountability vcse = traced(c, "fVcse");
    assertThat(vcse.status()).isEqualTo(FunctionAccountability.Status.UNANSWERED);
    assertThat(vcse.chainLength()).isEmpty();
    assertThat(vcse.deadEnds()).containsExactly("vcse");
    assertThat(vcse.gap()).isTrue(); // no vertical chain to Parliament, an electorate or FT members
  }

  @Test
  void totals() {
    AccountabilityClarity c = AccountabilityClarity.of(model().on(ON));

    assertThat(c.functionsInForce()).isEqualTo(4);
    assertThat(c.clear()).isEqualTo(2);
    assertThat(c.divided()).isEqualTo(1);
    assertThat(c.unanswered()).isEqualTo(1);
    assertThat(c.shareClear()).hasValue(0.5);
    assertThat(c.reachingTerminus()).isEqualTo(3);
    assertThat(c.meanChainLength().getAsDouble()).isCloseTo(7.0 / 3, within(1e-12));
    assertThat(c.longestChain()).hasValue(3);
    assertThat(c.unreportedDelegations()).isEqualTo(1);
    assertThat(c.gaps()).isEqualTo(1);
    assertThat(c.inCycles()).isZero();
  }

  @Test
  void cycleOfLinks_isReported_andReachesNoTerminus() {
    IcsModel m = IcsModel.builder()
        .add(org("a", OrganisationKind.NHS_TRUST)).add(org("b", OrganisationKind.NHS_TRUST))
        .add(function("f", "a"))
        .add(vertical("ab", "a", "b")).add(vertical("ba", "b", "a"))
        .build();

    FunctionAccountability f = traced(AccountabilityClarity.of(m.on(ON)), "f");

    assertThat(f.status()).isEqualTo(FunctionAccountability.Status.CLEAR);
    assertThat(f.reachesTerminus()).isFalse();
    assertThat(f.deadEnds()).isEmpty();
    assertThat(f.inCycle()).isTrue();
    assertThat(f.gap()).isTrue();
  }

  private static FunctionAccountability traced(AccountabilityClarity c, String id) {
    return c.functions().stream().filter(f -> f.function().equals(id)).findFirst().orElseThrow();
  }
}
