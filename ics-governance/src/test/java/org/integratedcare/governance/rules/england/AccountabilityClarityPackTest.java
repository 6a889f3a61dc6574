package org.integratedcare.governance.rules.england;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.integratedcare.core.accountability.AccountabilityBasis;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.TermsOfReference;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.governance.rules.Finding;
import org.junit.jupiter.api.Test;

/**
 * One accountable holder per function: the holder by law stays accountable however many bodies
 * exercise the function (the delegating body keeps its statutory responsibility: NHS England
 * "retains overall accountability" for the functions it delegates to ICBs).
 */
class AccountabilityClarityPackTest {
  private static final String P = "england.accountability.";

  @Test
  void functionWhoseHolderWasAbolished_hasNoAccountableHolder() {
    Northshire n = Northshire.sound();
    n.with(Organisation.of("ccg-old", OrganisationKind.SUB_ICB_LOCATION, "Old CCG",
        DateRange.of(LocalDate.of(2013, 4, 1), LocalDate.of(2022, 6, 30))));
    n.function("fn-orphan", "Continuing healthcare assessments", "ccg-old", "NHS Act 2006 s.3");

    assertThat(Rules.check(P + "function-holder-in-force", n.model())).singleElement()
        .satisfies(f -> assertThat(f.evidence()).containsExactly("fn-orphan", "ccg-old"));
  }

  @Test
  void functionsWithHoldersInForce_haveAnAccountableHolder() {
    assertThat(Rules.check(P + "function-holder-in-force", Northshire.sound().model())).isEmpty();
  }

  @Test
  void delegationChainThroughACommittee_leadsBackToOneHolder() {
    Northshire n = Northshire.sound();
    n.with(Delegation.builder().id("dlg-onward").delegator("body-place").delegate("trust-acute")
        .addFunctions("fn-community").instrument(DelegationInstrument.CONTRACT)
        .onwardDelegationAllowed(false).period(Northshire.SINCE).build());

    assertThat(Rules.check(P + "single-accountable-holder", n.model())).isEmpty();
  }

  @Test
  void functionDelegatedBySomeoneWhoNeverReceivedIt_namesASecondAccountableParty() {
    Northshire n = Northshire.sound();
    n.with(Delegation.builder().id("dlg-stray").delegator("council-n").delegate("trust-acute")
        .addFunctions("fn-community").instrument(DelegationInstrument.S75_PARTNERSHIP)
        .onwardDelegationAllowed(false).period(Northshire.SINCE).build());

    assertThat(Rules.check(P + "single-accountable-holder", n.model())).singleElement()
        .satisfies(f -> {
          assertThat(f.subject().id()).isEqualTo("dlg-stray");
          assertThat(f.evidence()).containsExactly("dlg-stray", "fn-community", "council-n");
        });
  }

  @Test
  void delegationsInACircle_reachNoHolder() {
    Northshire n = Northshire.sound();
    TermsOfReference terms = TermsOfReference.builder().addProgrammes("Community services").build();
    n.body("committee-north", "North council committee", BodyKind.COMMITTEE, null, null, terms, "council-n");
    n.body("committee-south", "South council committee", BodyKind.COMMITTEE, null, null, terms, "council-s");
    n.with(Delegation.builder().id("dlg-north-south").delegator("committee-north").delegate("committee-south")
        .addFunctions("fn-community").instrument(DelegationInstrument.LOCAL_GOVERNMENT_ARRANGEMENT)
        .onwardDelegationAllowed(true).period(Northshire.SINCE).build());
    n.with(Delegation.builder().id("dlg-south-north").delegator("committee-south").delegate("committee-north")
        .addFunctions("fn-community").instrument(DelegationInstrument.LOCAL_GOVERNMENT_ARRANGEMENT)
        .onwardDelegationAllowed(true).period(Northshire.SINCE).build());

    assertThat(Rules.check(P + "single-accountable-holder", n.model())).singleElement()
        .satisfies(f -> {
          assertThat(f.message()).contains("run in a circle");
          assertThat(f.evidence()).containsExactlyInAnyOrder("dlg-north-south", "dlg-south-north");
        });
  }

  @Test
  void accountabilityLinkForFunctionFromAnUninvolvedOrganisation_namesASecondAccountableParty() {
    Northshire n = Northshire.sound();
    n.with(AccountabilityLink.builder().id("link-stray").giver("council-s").holder("parliament")
        .direction(AccountabilityDirection.VERTICAL).basis(AccountabilityBasis.AGREEMENT)
        .addFunctions("fn-primary-care").period(Northshire.SINCE).build());

    assertThat(Rules.check(P + "single-accountable-holder", n.model())).singleElement()
        .extracting(Finding::message).asString().contains("neither holds nor exercises");
  }

  @Test
  void delegateAnsweringToDelegatorForTheFunction_isClear() {
    Northshire n = Northshire.sound();
    n.with(AccountabilityLink.builder().id("link-gp").giver("icb-n").holder("nhse")
        .direction(AccountabilityDirection.VERTICAL).basis(AccountabilityBasis.DELEGATION)
        .addFunctions("fn-primary-care").period(Northshire.SINCE).build());

    assertThat(Rules.check(P + "single-accountable-holder", n.model())).isEmpty();
  }

  @Test
  void leadProviderAnsweringToTheCommissionerForTheFunction_isClear() {
    Northshire n = Northshire.sound();
    n.with(org.integratedcare.core.mechanism.ContractualArrangement.builder().id("ca-community").name("Community lead provider")
        .contractType(org.integratedcare.core.mechanism.ContractType.LEAD_PROVIDER).addParties("icb-n", "trust-mh")
        .addCommissioners("icb-n").addProviders("trust-mh").addFunctions("fn-community")
        .period(Northshire.SINCE).build());
    n.with(AccountabilityLink.builder().id("link-lead").giver("trust-mh").holder("board-icb")
        .direction(AccountabilityDirection.VERTICAL).basis(AccountabilityBasis.CONTRACT)
        .addFunctions("fn-community").period(Northshire.SINCE).build());

    assertThat(Rules.check(P + "single-accountable-holder", n.model())).isEmpty();
  }

  @Test
  void committeeOfAnOrganisationThatReceivedTheFunction_tracesBackThroughIt() {
    Northshire n = Northshire.sound();
    n.with(Delegation.builder().id("dlg-gp-committee").delegator("board-icb").delegate("body-place")
        .addFunctions("fn-primary-care").instrument(DelegationInstrument.SCHEME_OF_DELEGATION)
        .onwardDelegationAllowed(false).period(Northshire.SINCE).build());

    // NHS England delegates to the ICB (dlg-primary-care); the ICB's board passes it to a committee.
    assertThat(Rules.check(P + "single-accountable-holder", n.model())).isEmpty();
  }
}
