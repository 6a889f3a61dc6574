package org.integratedcare.governance.rules.england;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.ConflictType;
import org.integratedcare.core.meeting.AgendaItem;
import org.integratedcare.core.meeting.Attendance;
import org.integratedcare.core.meeting.AttendanceKind;
import org.integratedcare.core.meeting.ConflictManagement;
import org.integratedcare.core.meeting.Decision;
import org.integratedcare.core.meeting.DecisionOutcome;
import org.integratedcare.core.meeting.ItemDeclaration;
import org.integratedcare.core.meeting.Meeting;
import org.integratedcare.core.meeting.Vote;
import org.integratedcare.core.meeting.VoteChoice;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.Quorum;
import org.integratedcare.core.body.TermsOfReference;
import org.integratedcare.governance.Scenarios;
import org.integratedcare.governance.rules.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Decision validity: quorum by the appointments in force on the day, the decision rule in the
 * body's terms of reference, and conflicts of interest managed and recorded (NHS England,
 * Managing conflicts of interest in the NHS; ICB conflicts of interest policies).
 */
class DecisionValidityPackTest {
  private static final String P = "england.decisions.";
  private static final LocalDate JUNE = LocalDate.of(2025, 5, 20);

  private static Meeting.Builder boardMeeting(String... present) {
    Meeting.Builder m = Meeting.builder().id("mtg-test").body("board-icb").date(JUNE);
    for (String p : present) {
      m.addAttendance(Attendance.of(p, AttendanceKind.PRESENT));
    }
    return m;
  }

  // The board's terms of reference: six voting members, including the chair.
  @Test
  void meetingWithFiveVotingMembers_wasNotQuorate() {
    Northshire n = Northshire.sound();
    n.with(boardMeeting("p-chair", "p-ceo", "p-dof", "p-md", "p-don").build());

    assertThat(Rules.check(P + "meeting-quorate", n.model())).singleElement().satisfies(f -> {
      assertThat(f.subject().id()).isEqualTo("mtg-test");
      assertThat(f.message()).contains("5 voting member(s) present against a quorum of 6");
    });
  }

  @Test
  void apologiesAndPeopleInAttendance_doNotCountTowardsQuorum() {
    Northshire n = Northshire.sound();
    n.with(boardMeeting("p-chair", "p-ceo", "p-dof", "p-md", "p-don")
        .addAttendance(Attendance.of("p-ned-1", AttendanceKind.APOLOGIES))
        .addAttendance(Attendance.of("p-place", AttendanceKind.IN_ATTENDANCE)).build());

    assertThat(Rules.check(P + "meeting-quorate", n.model())).hasSize(1);
  }

  @Test
  void substituteForAMember_countsTowardsQuorum() {
    Northshire n = Northshire.sound();
    n.with(boardMeeting("p-chair", "p-ceo", "p-dof", "p-md", "p-don")
        .addAttendance(Attendance.builder().person("p-place").kind(AttendanceKind.SUBSTITUTE)
            .substituteFor("p-ned-1").build()).build());

    assertThat(Rules.check(P + "meeting-quorate", n.model())).isEmpty();
  }

  @Test
  void memberWhoseAppointmentEndedBeforeTheMeeting_doesNotCount() {
    Northshire n = Northshire.sound();
    n.with(Appointment.builder().from(n.get("a-post-ned-1", Appointment.class))
        .period(Northshire.SINCE.withEnd(JUNE.minusDays(1))).build());
    n.with(boardMeeting("p-chair", "p-ceo", "p-dof", "p-md", "p-don", "p-ned-1").build());

    assertThat(Rules.check(P + "meeting-quorate", n.model())).hasSize(1);
  }

  @Test
  void meetingWithoutTheChair_missesARequiredPost() {
    Northshire n = Northshire.sound();
    n.with(boardMeeting("p-ceo", "p-dof", "p-md", "p-don", "p-ned-1", "p-ned-2").build());

    assertThat(Rules.check(P + "meeting-quorate", n.model())).singleElement()
        .extracting(Finding::message).asString().contains("required post");
  }

  @Test
  void meetingAfterTheDateChecked_isNotYetJudged() {
    Northshire n = Northshire.sound();
    n.with(boardMeeting("p-chair").date(Northshire.DATE.plusDays(1)).build());

    assertThat(Rules.check(P + "meeting-quorate", n.model())).isEmpty();
  }

  @Test
  void fullBoardMeeting_wasQuorate() {
    assertThat(Rules.check(P + "meeting-quorate", Northshire.sound().model())).isEmpty();
  }

  // The board's decision rule: simple majority unless its terms of reference say otherwise.
  @Test
  void motionCarriedOnATiedVote_breaksTheDecisionRule() {
    Northshire n = Northshire.sound();
    n.with(boardMeeting("p-chair", "p-ceo", "p-dof", "p-md", "p-don", "p-ned-1")
        .addItems(AgendaItem.builder().number("3").title("Estates strategy")
            .decision(Decision.builder().motion("Approve the estates strategy")
                .outcome(DecisionOutcome.CARRIED).recordedFor(3).recordedAgainst(3).build()).build())
        .build());

    assertThat(Rules.check(P + "decision-rule-met", n.model())).singleElement().satisfies(f -> {
      assertThat(f.subject().id()).isEqualTo("mtg-test");
      assertThat(f.subject().path()).matches("meetings\\[\\d+]\\.items\\[0]");
      assertThat(f.message()).contains("3 for, 3 against");
    });
  }

  @Test
  void motionCarriedByMajority_meetsTheDecisionRule() {
    assertThat(Rules.check(P + "decision-rule-met", Northshire.sound().model())).isEmpty();
  }

  // Conflicts of interest: a member with a declared interest does not vote unless the record says how it was managed.
  @Test
  void conflictedMemberWhoVotedWithNoRecordOfManagement_isAnError() {
    Northshire n = Northshire.sound();
    n.with(itemMeeting(ItemDeclaration.builder().person("p-pm-trusts").conflict(ConflictType.ACTUAL).build()));

    assertThat(Rules.check(P + "conflicted-member-voted", n.model())).singleElement()
        .satisfies(f -> {
          assertThat(f.evidence()).containsExactly("mtg-test", "p-pm-trusts");
          assertThat(f.message()).contains("does not say how the conflict was managed");
        });
  }

  @Test
  void memberRecordedAsWithdrawnWhoVoted_isAnError() {
    Northshire n = Northshire.sound();
    n.with(itemMeeting(ItemDeclaration.builder().person("p-pm-trusts").conflict(ConflictType.POTENTIAL)
        .management(ConflictManagement.WITHDREW).build()));

    assertThat(Rules.check(P + "conflicted-member-voted", n.model())).singleElement()
        .extracting(Finding::message).asString().contains("withdrew");
  }

  @Test
  void memberWhoStayedWithTheChairsAgreement_mayVote() {
    Northshire n = Northshire.sound();
    n.with(itemMeeting(ItemDeclaration.builder().person("p-pm-trusts").conflict(ConflictType.PERCEIVED)
        .management(ConflictManagement.STAYED_WITH_CHAIR_AGREEMENT).build()));

    assertThat(Rules.check(P + "conflicted-member-voted", n.model())).isEmpty();
  }

  @Test
  void conflictedMemberWhoWithdrewAndDidNotVote_isSound() {
    assertThat(Rules.check(P + "conflicted-member-voted", Northshire.sound().model())).isEmpty();
  }

  private static Meeting itemMeeting(ItemDeclaration declaration) {
    return boardMeeting("p-chair", "p-ceo", "p-dof", "p-md", "p-don", "p-pm-trusts")
        .addItems(AgendaItem.builder().number("5").title("Community contract extension")
            .addDeclarations(declaration)
            .decision(Decision.builder().motion("Extend the community services contract")
                .outcome(DecisionOutcome.CARRIED)
                .addAllVotes(List.of(Vote.of("p-chair", VoteChoice.FOR), Vote.of("p-ceo", VoteChoice.FOR),
                    Vote.of("p-pm-trusts", VoteChoice.FOR)))
                .build())
            .build())
        .build();
  }

  // Authority: a committee binds the ICB only for what the board has delegated to it (the ICB's scheme of
  // reservation and delegation).
  @Test
  void placeCommitteeDecidingOnAFunctionNotDelegatedToIt_isOutsideItsAuthority() {
    Northshire n = Northshire.sound();
    n.with(Meeting.builder().id("mtg-place").body("body-place").date(JUNE)
        .addAttendance(Attendance.of("p-place", AttendanceKind.PRESENT))
        .addItems(AgendaItem.builder().number("2").title("Hospital contract")
            .decision(Decision.builder().motion("Award the hospital contract").function("fn-commissioning")
                .addBinds("icb-n").outcome(DecisionOutcome.CARRIED).build())
            .build())
        .build());

    assertThat(Rules.check(P + "decision-within-authority", n.model())).singleElement().satisfies(f -> {
      assertThat(f.subject().id()).isEqualTo("mtg-place");
      assertThat(f.evidence()).startsWith("mtg-place", "body-place", "fn-commissioning", "icb-n");
    });
  }

  @Test
  void placeCommitteeDecidingOnItsDelegatedFunction_isWithinAuthority() {
    Northshire n = Northshire.sound();
    n.with(Meeting.builder().id("mtg-place").body("body-place").date(JUNE)
        .addAttendance(Attendance.of("p-place", AttendanceKind.PRESENT))
        .addItems(AgendaItem.builder().number("2").title("Community nursing")
            .decision(Decision.builder().motion("Extend community nursing hours").function("fn-community")
                .addBinds("icb-n").outcome(DecisionOutcome.CARRIED).build())
            .build())
        .build());

    assertThat(Rules.check(P + "decision-within-authority", n.model())).isEmpty();
  }

  @Test
  void boardDecisionOnItsOwnFunction_isWithinAuthority() {
    assertThat(Rules.check(P + "decision-within-authority", Northshire.sound().model())).isEmpty();
  }

  // ------------------------------------------------------------- withdrawals and registered interests

  @Nested
  class WithdrawnMemberQuorum {
    private final IcsModel model = Scenarios.load("withdrawn-member-quorum.yaml");

    @Test
    void standingOrdersSayWithdrawnMembersDoNotCount_isAnError_recordedAsCount_isNothing_notRecorded_isAGap() {
      List<Finding> findings = Rules.check(P + "item-quorate-after-withdrawals", model, Scenarios.TODAY);

      assertThat(findings).extracting(f -> f.subject().path(), Finding::severity).containsExactlyInAnyOrder(
          org.assertj.core.groups.Tuple.tuple("meetings[0].items[0]", Severity.ERROR),
          org.assertj.core.groups.Tuple.tuple("meetings[2].items[0]", Severity.GAP));
      assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).singleElement().satisfies(f -> {
        assertThat(f.message()).contains("Cara Cole (p3) withdrew", "2 voting member(s) present against a quorum of 3",
            "standing orders say members who withdraw do not count");
        assertThat(f.evidence()).containsExactly("mtg-a", "cttee-a", "p3");
      });
      assertThat(findings).filteredOn(f -> f.severity() == Severity.GAP).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("withdrawnMembersCount"));
    }

    @Test
    void everyMeetingWasQuorateAsAWhole() {
      assertThat(Rules.check(P + "meeting-quorate", model, Scenarios.TODAY)).isEmpty();
      assertThat(Rules.check(P + "conflicted-member-voted", model, Scenarios.TODAY)).isEmpty();
      assertThat(Rules.check(P + "registered-interest-voted", model, Scenarios.TODAY)).isEmpty();
    }
  }

  @Nested
  class RegisteredInterestVoted {
    private final IcsModel model = Scenarios.load("registered-interest-voted.yaml");

    @Test
    void undeclaredRegisteredInterest_withAVote_isAnError_withCountsOnly_isAGap() {
      List<Finding> findings = Rules.check(P + "registered-interest-voted", model, Scenarios.TODAY);

      assertThat(findings).extracting(f -> f.subject().path(), Finding::severity).containsExactly(
          org.assertj.core.groups.Tuple.tuple("meetings[0].items[0]", Severity.ERROR),
          org.assertj.core.groups.Tuple.tuple("meetings[0].items[1]", Severity.GAP));
      // the register gives the interest's type, not whether it is an actual, potential or perceived conflict
      assertThat(findings.get(0).message()).contains("Ann Archer (p1) has an interest on the register about "
          + "Westmoor Community Trust (trust) (non-financial-professional; Non-executive director of Westmoor "
          + "Community Trust", "voted for", "no declaration on the item");
      assertThat(findings.get(0).evidence()).containsExactly("mtg-cc", "p1", "trust");
      assertThat(findings.get(1).message()).contains("Ann Archer (p1)", "do not record individual votes");
    }

    @Test
    void declaredAndManaged_isNotReportedByEitherConflictRule() {
      assertThat(Rules.check(P + "conflicted-member-voted", model, Scenarios.TODAY)).isEmpty();
      assertThat(Rules.check(P + "item-quorate-after-withdrawals", model, Scenarios.TODAY)).isEmpty();
    }
  }

  @Test
  void registeredInterestDeclaredOnTheDayWithoutManagement_andVoting_isLeftToConflictedMemberVoted() {
    IcsModel model = Scenarios.load("registered-interest-voted.yaml").toBuilder()
        .add(Meeting.builder().id("mtg-2").body("cc").date(LocalDate.of(2025, 7, 1))
            .addAttendance(Attendance.of("p1", AttendanceKind.PRESENT))
            .addItems(AgendaItem.builder().number("2").title("Contract variation")
                .addDeclarations(ItemDeclaration.builder().person("p1").conflict(ConflictType.ACTUAL).build())
                .decision(Decision.builder().motion("To vary the contract").addBenefits("trust")
                    .addVotes(Vote.of("p1", VoteChoice.FOR)).outcome(DecisionOutcome.CARRIED).build()).build())
            .build())
        .build();

    assertThat(Rules.check(P + "registered-interest-voted", model, Scenarios.TODAY))
        .noneMatch(f -> f.subject().id().equals("mtg-2"));
    assertThat(Rules.check(P + "conflicted-member-voted", model, Scenarios.TODAY))
        .anyMatch(f -> f.subject().id().equals("mtg-2"));
  }

  @Test
  void withdrawalThatLeavesTheMeetingQuorate_isNotReported_evenIfNotRecordedWhetherWithdrawnMembersCount() {
    Northshire n = Northshire.sound();
    // the sound fixture's board: quorum of six, everyone present; one member withdraws
    n.with(boardMeeting("p-chair", "p-ceo", "p-dof", "p-md", "p-don", "p-ned-1", "p-ned-2", "p-pm-trusts")
        .addItems(AgendaItem.builder().number("9").title("Award")
            .addDeclarations(ItemDeclaration.builder().person("p-pm-trusts").conflict(ConflictType.ACTUAL)
                .management(ConflictManagement.WITHDREW).build())
            .decision(Decision.builder().motion("To award").outcome(DecisionOutcome.CARRIED).build()).build())
        .build());

    assertThat(Rules.check(P + "item-quorate-after-withdrawals", n.model())).isEmpty();
  }

  @Test
  void quorumRecordsWhetherWithdrawnMembersCount_andHasNoDefault() {
    assertThat(Quorum.of(3).withdrawnMembersCount()).isEmpty();
    assertThat(Quorum.builder().minimumVotingMembers(3).withdrawnMembersCount(false).build().withdrawnMembersCount())
        .contains(false);
    assertThat(TermsOfReference.builder().quorum(Quorum.of(2)).build().quorum()).isPresent();
  }

  // The number of seats decides who votes and who counts towards a quorum.
  @Test
  void twoHoldersOfOneSeat_isABreachWhenAppointmentsAreComplete_andAGapOtherwise() {
    java.util.function.Function<Northshire, IcsModel> withSecondChair = n -> n
        .with(org.integratedcare.core.body.Person.builder().id("p-chair-2").name("Second Chair").build())
        .with(org.integratedcare.core.body.Appointment.builder().id("a-post-chair-2").post("post-chair")
            .person("p-chair-2").period(Northshire.SINCE).build())
        .model();

    assertThat(Rules.check("england.decisions.seats-within-their-number", withSecondChair.apply(Northshire.sound())))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.message()).contains("has 1 seat but 2 people are recorded as holding it");
        });
    assertThat(Rules.check("england.decisions.seats-within-their-number",
        withSecondChair.apply(Northshire.sound().recordedInPart())))
        .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.GAP));
    assertThat(Rules.check("england.decisions.seats-within-their-number", Northshire.sound().model())).isEmpty();
  }

  /**
   * Who presided at an ICB board meeting: the chair, an acting chair or the deputy chair (NHS
   * England, Guidance on integrated care board constitutions and governance; the Government's
   * answer to the written question Integrated Care Boards: Leadership).
   */
  @Nested
  class PresidingAtBoardMeetings {
    private final IcsModel model = Scenarios.load("acting-and-interim-chairs.yaml");
    private final List<Finding> findings = Rules.check(P + "meeting-presided-by-chair-or-deputy", model, Scenarios.TODAY);

    @Test
    void anotherMemberPresiding_whileTheChairAndDeputyWerePresent_isAWarning() {
      assertThat(findings).filteredOn(f -> f.subject().id().equals("n-2025-06")).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).contains("Dan Dale (dan) presided", "neither the chair (Ann Archer (ann))",
            "nor the deputy chair (Cara Cole (cara))", "Present at the meeting: Ann Archer (ann) (chair), "
                + "Cara Cole (cara) (deputy chair)", "Check the minutes");
        assertThat(f.evidence()).startsWith("n-2025-06", "north-board", "dan");
        assertThat(f.basis().citation()).contains("would not become the chair", "normally but not always");
      });
    }

    @Test
    void chairAway_decisionTaken_whoPresidedNotRecorded_isAGap() {
      assertThat(findings).filteredOn(f -> f.subject().id().equals("n-2025-06-extra")).singleElement()
          .satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.GAP);
            assertThat(f.message()).contains("Ann Archer (ann), sent apologies", "decisions were taken",
                "Cara Cole (cara) that day", "chairedBy");
          });
    }

    @Test
    void chairAndDeputyNotRecorded_inTheOpenWorld_isAGap() {
      assertThat(findings).filteredOn(f -> f.subject().id().equals("e-2025-07")).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.GAP);
        assertThat(f.message()).contains("Kit King (kit) presided", "chair and deputy chair on that date are not recorded");
      });
    }

    @Test
    void chairDeputyOrActingChairPresiding_bothAway_orNothingDecided_isNotReported() {
      assertThat(findings).extracting(f -> f.subject().id())
          .containsExactlyInAnyOrder("n-2025-06", "n-2025-06-extra", "e-2025-07");
    }
  }
}
