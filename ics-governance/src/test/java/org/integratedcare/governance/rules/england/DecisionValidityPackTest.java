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
}
