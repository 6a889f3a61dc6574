package org.integratedcare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.integratedcare.core.accountability.AccountabilityBasis;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.body.Quorum;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.change.ChangeKind;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.mechanism.ContractType;
import org.integratedcare.core.mechanism.ContractualArrangement;
import org.integratedcare.core.mechanism.MechanismKind;
import org.integratedcare.core.mechanism.MemorandumOfUnderstanding;
import org.integratedcare.core.mechanism.SharedPrinciple;
import org.integratedcare.core.meeting.Attendance;
import org.integratedcare.core.meeting.AttendanceKind;
import org.integratedcare.core.meeting.Decision;
import org.integratedcare.core.meeting.DecisionOutcome;
import org.integratedcare.core.meeting.Vote;
import org.integratedcare.core.meeting.VoteChoice;
import org.integratedcare.core.organisation.Area;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.organisation.Sector;
import org.integratedcare.core.structure.CollaborativeOrientation;
import org.integratedcare.core.structure.CollaborativeType;
import org.integratedcare.core.structure.ProviderCollaborative;
import org.integratedcare.core.time.DateRange;

/** Structural invariants that every value checks when it is built. */
class ValueInvariantsTest {
  private static final DateRange P = DateRange.from(LocalDate.of(2022, 7, 1));

  @Test
  void id_blank_rejected() {
    assertThatThrownBy(() -> Organisation.of(" ", OrganisationKind.NHS_TRUST, "Trust", P))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("organisation id must not be blank");
  }

  @Test
  void id_withSpaces_rejected() {
    assertThatThrownBy(() -> Organisation.of("acute trust", OrganisationKind.NHS_TRUST, "Trust", P))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("organisation id 'acute trust' is not a valid id");
  }

  @Test
  void organisation_missingName_rejected() {
    assertThatThrownBy(() -> Organisation.builder().id("t").kind(OrganisationKind.NHS_TRUST, P).period(P).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("organisation 't' needs at least one name");
  }

  @Test
  void organisation_missingPeriod_rejected() {
    assertThatThrownBy(() -> Organisation.builder().id("t").name("T", P).kind(OrganisationKind.NHS_TRUST, P).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("period");
  }

  @Test
  void organisation_overlappingNames_rejected() {
    assertThatThrownBy(() -> Organisation.builder().id("t").period(P).kind(OrganisationKind.NHS_TRUST, P)
            .name("Old name", DateRange.of(LocalDate.of(2022, 7, 1), LocalDate.of(2023, 3, 31)))
            .name("New name", DateRange.from(LocalDate.of(2023, 3, 31))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names 'Old name' (2022-07-01..2023-03-31) and 'New name' (2023-03-31..) overlap");
  }

  /** An NHS trust that became a foundation trust stays the same organisation with a new dated kind. */
  @Test
  void organisation_kindChangesOnAStableIdentity() {
    LocalDate authorised = LocalDate.of(2005, 4, 1);
    Organisation trust = Organisation.builder().id("t").period(DateRange.from(LocalDate.of(1994, 4, 1)))
        .name("Exampleshire Hospitals NHS Trust", DateRange.of(LocalDate.of(1994, 4, 1), authorised.minusDays(1)))
        .name("Exampleshire Hospitals NHS Foundation Trust", DateRange.from(authorised))
        .kind(OrganisationKind.NHS_TRUST, DateRange.of(LocalDate.of(1994, 4, 1), authorised.minusDays(1)))
        .kind(OrganisationKind.NHS_FOUNDATION_TRUST, DateRange.from(authorised))
        .build();

    assertThat(trust.kindOn(LocalDate.of(2000, 1, 1))).contains(OrganisationKind.NHS_TRUST);
    assertThat(trust.kindOn(authorised)).contains(OrganisationKind.NHS_FOUNDATION_TRUST);
    assertThat(trust.kind()).isEqualTo(OrganisationKind.NHS_FOUNDATION_TRUST);
    assertThat(trust.name()).isEqualTo("Exampleshire Hospitals NHS Foundation Trust");
    assertThat(trust.sector()).isEqualTo(Sector.NHS);
  }

  @Test
  void organisation_partOfItself_rejected() {
    assertThatThrownBy(() -> Organisation.builder().id("t").name("T", P).kind(OrganisationKind.NHS_TRUST, P).period(P).partOf("t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("organisation 't' cannot be part of itself");
  }

  @Test
  void delegation_toItself_rejected() {
    assertThatThrownBy(() -> delegation().delegate("icb-board").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delegation 'd1' delegates from 'icb-board' to itself");
  }

  @Test
  void delegation_withoutFunctions_rejected() {
    assertThatThrownBy(() -> Delegation.builder().id("d1").delegator("a").delegate("b")
            .instrument(DelegationInstrument.SCHEME_OF_DELEGATION).onwardDelegationAllowed(false).period(P).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delegation 'd1' must name at least one function");
  }

  /**
   * Neither the statute nor the guidance gives a default for onward delegation, so a delegation
   * that does not say is recorded as not saying, not as allowed or refused.
   */
  @Test
  void delegation_withoutOnwardDelegationAnswer_isNotRecorded() {
    Delegation d = Delegation.builder().id("d1").delegator("a").delegate("b").addFunctions("f")
        .instrument(DelegationInstrument.SCHEME_OF_DELEGATION).period(P).build();
    assertThat(d.onwardDelegationAllowed()).isEmpty();
  }

  @Test
  void delegation_twoLimitsOfOneCategory_rejected() {
    assertThatThrownBy(() -> delegation().delegate("c")
            .addLimits(org.integratedcare.core.function.FinancialLimit.of(
                org.integratedcare.core.function.LimitCategory.REVENUE, new BigDecimal("10")))
            .addLimits(org.integratedcare.core.function.FinancialLimit.of(
                org.integratedcare.core.function.LimitCategory.REVENUE, new BigDecimal("20")))
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delegation 'd1' sets more than one revenue limit");
  }

  @Test
  void financialLimit_negative_rejected() {
    assertThatThrownBy(() -> org.integratedcare.core.function.FinancialLimit.of(
            org.integratedcare.core.function.LimitCategory.CAPITAL, new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("financial limit (capital): ");
  }

  @Test
  void delegation_negativeFinancialLimit_rejected() {
    assertThatThrownBy(() -> delegation().delegate("c").financialLimit(new BigDecimal("-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("financial limit: a sum of money must not be negative");
  }

  @Test
  void accountabilityLink_toItself_rejected() {
    assertThatThrownBy(() -> AccountabilityLink.builder().id("l").giver("icb").holder("icb")
            .direction(AccountabilityDirection.VERTICAL).basis(AccountabilityBasis.STATUTE).period(P).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accountability link 'l' runs from 'icb' to itself");
  }

  @Test
  void appointment_termEndingBeforeItStarts_rejected() {
    assertThatThrownBy(() -> Appointment.builder().id("a").post("p").person("x").termEnds(LocalDate.of(2022, 6, 30)).period(P).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("appointment 'a' term ends (2022-06-30) before it starts (2022-07-01)");
  }

  @Test
  void post_withoutSeats_rejected() {
    assertThatThrownBy(() -> Post.builder().id("p").body("b").title("Member").role(PostRole.MEMBER).seats(0).period(P).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("post 'p' must have at least 1 seat, was 0");
  }

  @Test
  void body_withoutOrganisation_rejected() {
    assertThatThrownBy(() -> Body.builder().id("b").name("Board").kind(BodyKind.UNITARY_BOARD).period(P).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("body 'b' must belong to at least one organisation");
  }

  @Test
  void quorum_belowOne_rejected() {
    assertThatThrownBy(() -> Quorum.of(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quorum must be at least 1 voting member, was 0");
  }

  @Test
  void attendance_substituteMustSayWhomTheyReplace() {
    assertThatThrownBy(() -> Attendance.of("x", AttendanceKind.SUBSTITUTE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a substitute must say whom they replace");
    assertThat(Attendance.builder().person("x").kind(AttendanceKind.SUBSTITUTE).substituteFor("y").build().substituteFor()).contains("y");
  }

  @Test
  void decision_twoVotesBySamePerson_rejected() {
    assertThatThrownBy(() -> Decision.builder().motion("Approve").outcome(DecisionOutcome.CARRIED)
            .addVotes(Vote.of("x", VoteChoice.FOR), Vote.of("x", VoteChoice.AGAINST)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decision on 'Approve' records more than one vote by the same person");
  }

  @Test
  void decision_recordedCountsTakePrecedenceOverIndividualVotes() {
    Decision d = Decision.builder().motion("Approve").outcome(DecisionOutcome.CARRIED).recordedFor(9).recordedAgainst(2).build();

    assertThat(d.votesFor()).isEqualTo(9);
    assertThat(d.votesAgainst()).isEqualTo(2);
    assertThat(d.abstentions()).isZero();
    assertThat(d.hasVoteRecord()).isTrue();
  }

  @Test
  void changeEvents_haveTheirShape() {
    ChangeEvent.Builder merger = ChangeEvent.builder().id("m").kind(ChangeKind.MERGER).effectiveDate(LocalDate.of(2026, 4, 1));
    assertThatThrownBy(() -> merger.addPredecessors("a", "b").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("merger 'm' must have predecessors and successors");

    assertThatThrownBy(() -> ChangeEvent.builder().id("q").kind(ChangeKind.ACQUISITION).effectiveDate(LocalDate.of(2026, 4, 1))
            .addPredecessors("a").addSuccessors("a").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly one continuing successor that is not a predecessor");

    assertThatThrownBy(() -> ChangeEvent.builder().id("e").kind(ChangeKind.ESTABLISHMENT).effectiveDate(LocalDate.of(2022, 7, 1))
            .addPredecessors("ccg").addSuccessors("icb").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("establishment 'e' must have successors and no predecessors");
  }

  @Test
  void sharedPrinciple_mustBeAnInformalPrincipleKind() {
    assertThatThrownBy(() -> SharedPrinciple.builder().id("s").name("Values").kind(MechanismKind.JOINT_COMMITTEE)
            .statement("We work together").period(P).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be joint-values-and-intent, open-information-sharing or subsidiarity, not joint-committee");
  }

  @Test
  void contractualArrangement_leadProviderMustBeAProvider() {
    assertThatThrownBy(() -> ContractualArrangement.builder().id("c").name("Lead provider").contractType(ContractType.LEAD_PROVIDER)
            .addProviders("mh-ft").leadProvider("other").period(P).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lead provider 'other' of contractual arrangement 'c' is not one of its providers");
  }

  @Test
  void providerCollaborative_leadProviderMustBeAMember() {
    assertThatThrownBy(() -> ProviderCollaborative.builder().id("pc").name("PC").type(CollaborativeType.ACUTE)
            .orientation(CollaborativeOrientation.HORIZONTAL).addMembers("a", "b").leadProvider("c").period(P).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lead provider 'c' of provider collaborative 'pc' is not a member");
  }

  @Test
  void memorandum_needsTwoParties() {
    assertThatThrownBy(() -> MemorandumOfUnderstanding.builder().id("m").name("MoU").addParties("icb").period(P).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("memorandum of understanding 'm' needs at least two parties");
  }

  @Test
  void mechanismKinds_knowWhetherTheyAreFormal() {
    assertThat(MechanismKind.JOINT_COMMITTEE.isFormal()).isTrue();
    assertThat(MechanismKind.CAUCUSING.isFormal()).isFalse();
    assertThat(MechanismKind.ofTypeName("memorandum-of-understanding")).isEqualTo(MechanismKind.MEMORANDUM_OF_UNDERSTANDING);
    assertThatThrownBy(() -> MechanismKind.ofTypeName("joint-comittee"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown mechanism kind 'joint-comittee'; expected one of memorandum-of-understanding, ");
  }

  @Test
  void area_overlapIsCertainOnlyWhenAUnitIsWhollyInOne() {
    Area surrey = Area.of("surrey");
    Area frimley = Area.builder().addPartialUnits("surrey", "hampshire").build();
    Area hampshire = Area.builder().addPartialUnits("hampshire").build();

    assertThat(surrey.overlaps(frimley)).isTrue();
    assertThat(frimley.overlaps(surrey)).isTrue();
    assertThat(frimley.overlaps(hampshire)).isFalse();
    assertThat(frimley.mayOverlap(hampshire)).isTrue();
    assertThat(Area.of("county", "city").covers(frimley)).isFalse();
  }

  private static Delegation.Builder delegation() {
    return Delegation.builder().id("d1").delegator("icb-board").delegate("x").addFunctions("f")
        .instrument(DelegationInstrument.SCHEME_OF_DELEGATION).onwardDelegationAllowed(false).period(P);
  }
}
