package org.integratedcare.governance.rules.england;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.ConflictType;
import org.integratedcare.core.body.Person;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.body.TermsOfReference;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.meeting.AgendaItem;
import org.integratedcare.core.meeting.Attendance;
import org.integratedcare.core.meeting.AttendanceKind;
import org.integratedcare.core.meeting.Decision;
import org.integratedcare.core.meeting.DecisionOutcome;
import org.integratedcare.core.meeting.ItemDeclaration;
import org.integratedcare.core.meeting.Meeting;
import org.integratedcare.core.meeting.Vote;
import org.integratedcare.core.meeting.VoteChoice;
import org.integratedcare.core.structure.Icp;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.RulePacks;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;
import org.integratedcare.governance.rules.Severity;
import org.integratedcare.governance.rules.Suppression;
import org.junit.jupiter.api.Test;

/**
 * A system with seven faults, checked on 1 October 2024 with every discovered pack: the report
 * has exactly one finding per fault, with the rule a governance lawyer would name.
 */
class EastshireScenarioTest {
  private static final LocalDate DATE = LocalDate.of(2024, 10, 1);

  private static IcsModel eastshire() {
    return eastshire(true);
  }

  private static IcsModel eastshire(boolean declaredComplete) {
    Northshire n = Northshire.sound();
    if (!declaredComplete) {
      n.recordedInPart();
    }
    // 1. NHS Act 2006 Sch 1B: no partner member nominated by the local authorities.
    n.without("a-post-pm-la");
    // 2. Sch 1B para 7(2): the chief executive is employed by the acute trust, not the ICB.
    n.with(Person.builder().id("p-ceo").name("Sam Chief").employment("trust-acute", Northshire.SINCE).build());
    // 3. LGPIHA 2007 s.116ZA(2): Southby Council has appointed no member of the ICP.
    n.without("a-post-icp-south");
    // 4. S.I. 2022/642 reg 2: NHS England delegates its performance assessment of ICBs (s.14Z59).
    n.function("fn-assess", "Annual performance assessment of ICBs", "nhse", "NHS Act 2006 s.14Z59");
    n.with(Delegation.builder().id("dlg-assess").delegator("nhse").delegate("icb-n")
        .addFunctions("fn-assess").instrument(DelegationInstrument.S65Z5_DELEGATION)
        .onwardDelegationAllowed(false).period(Northshire.SINCE).build());
    // 5. S.I. 2024/1205 (from 16 December 2024): the trusts' partner member chairs an NHS trust.
    n.body("board-trust-mh", "Board of Northshire Mental Health NHS Trust", BodyKind.UNITARY_BOARD,
        null, null, TermsOfReference.builder().addProgrammes("Trust business").build(), "trust-mh");
    n.member("board-trust-mh", "post-trust-chair", PostRole.CHAIR, "p-pm-trusts", "Jo Trusts", a -> a);
    // 6. (The statement of joint values is withdrawn, but the ICP and its integrated care strategy
    //    remain: evidence of joint values and intent, so good practice is still met.)
    n.without("mech-values");
    // 7. Conflicts of interest: the trusts' partner member voted on a contract for the trusts,
    //    and the minutes do not say how the conflict was managed.
    n.with(Meeting.builder().id("mtg-board-sept").body("board-icb").date(LocalDate.of(2024, 9, 12))
        .addAttendance(Attendance.of("p-chair", AttendanceKind.PRESENT),
            Attendance.of("p-ceo", AttendanceKind.PRESENT), Attendance.of("p-pm-trusts", AttendanceKind.PRESENT),
            Attendance.of("p-pm-pms", AttendanceKind.VIRTUAL), Attendance.of("p-dof", AttendanceKind.PRESENT),
            Attendance.of("p-md", AttendanceKind.PRESENT), Attendance.of("p-ned-1", AttendanceKind.PRESENT))
        .addItems(AgendaItem.builder().number("4").title("Mental health services contract")
            .addDeclarations(ItemDeclaration.builder().person("p-pm-trusts").conflict(ConflictType.ACTUAL)
                .description("Chief executive of a bidding trust").build())
            .decision(Decision.builder().motion("Award the mental health services contract")
                .function("fn-commissioning").addBinds("icb-n").outcome(DecisionOutcome.CARRIED)
                .addVotes(Vote.of("p-chair", VoteChoice.FOR), Vote.of("p-ceo", VoteChoice.FOR),
                    Vote.of("p-pm-trusts", VoteChoice.FOR), Vote.of("p-pm-pms", VoteChoice.FOR),
                    Vote.of("p-dof", VoteChoice.FOR), Vote.of("p-md", VoteChoice.AGAINST),
                    Vote.of("p-ned-1", VoteChoice.FOR))
                .build())
            .build())
        .build());
    return n.model();
  }

  @Test
  void eachFaultGivesOneFinding_fromTheRuleThatNamesIt() {
    RuleReport report = RuleRunner.builder().addPacks(RulePacks.discover()).build().run(eastshire(), DATE);

    assertThat(report.ruleErrors()).isEmpty();
    assertThat(report.findings()).extracting(Finding::severity, Finding::ruleId, f -> f.subject().id())
        .containsExactly(
            tuple(Severity.ERROR, "england.decisions.conflicted-member-voted", "mtg-board-sept"),
            tuple(Severity.ERROR, "england.statutory.icb-board-partner-members", "board-icb"),
            tuple(Severity.ERROR, "england.statutory.icb-chief-executive-employed", "a-post-ceo"),
            tuple(Severity.ERROR, "england.statutory.icp-statutory-members", "body-icp"),
            tuple(Severity.ERROR, "england.statutory.nhs-england-non-delegable-functions", "dlg-assess"),
            tuple(Severity.WARNING, "england.statutory.trust-partner-member-chairs-trust", "a-post-pm-trusts"));
    assertThat(report.counts()).containsEntry(Severity.ERROR, 5).containsEntry(Severity.WARNING, 1)
        .containsEntry(Severity.GAP, 0);
  }

  /**
   * The same facts without the declaration that they are complete: what the record shows to
   * breach the law stays an error (a chief executive employed by a trust, a delegation the
   * regulations forbid, a conflicted vote), while a seat or member that is simply not recorded
   * becomes a gap: the partner member's seat is recorded with nobody in it, and no member appointed
   * by Southby Council is recorded, so the record cannot tell whether they are vacant.
   */
  @Test
  void sameFactsRecordedInPart_gapsWhereTheRecordIsSilent_errorsWhereItShowsABreach() {
    RuleReport report = RuleRunner.builder().addPacks(RulePacks.discover()).build()
        .run(eastshire(false), DATE);

    assertThat(report.findings()).extracting(Finding::severity, Finding::ruleId, f -> f.subject().id())
        .containsExactly(
            tuple(Severity.ERROR, "england.decisions.conflicted-member-voted", "mtg-board-sept"),
            tuple(Severity.ERROR, "england.statutory.icb-chief-executive-employed", "a-post-ceo"),
            tuple(Severity.ERROR, "england.statutory.nhs-england-non-delegable-functions", "dlg-assess"),
            tuple(Severity.WARNING, "england.statutory.trust-partner-member-chairs-trust", "a-post-pm-trusts"),
            tuple(Severity.GAP, "england.statutory.icb-board-partner-members", "board-icb"),
            tuple(Severity.GAP, "england.statutory.icp-statutory-members", "body-icp"));
    assertThat(report.findingsOf("england.statutory.icb-board-partner-members")).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("Cannot tell whether the board of ICB"
            + " NHS Northshire Integrated Care Board (icb-n) has a partner member nominated by local authorities on 2024-10-01:"
            + " the holder of the partner member's seat of the board is not recorded: record the"
            + " appointment, or declare the body's appointments complete if the seat is vacant."));
    assertThat(report.counts()).containsEntry(Severity.ERROR, 3).containsEntry(Severity.GAP, 2);
  }

  @Test
  void sameSystemAfter16December2024_noLongerWarnsAboutTheTrustChair() {
    RuleReport report = RuleRunner.builder().addPacks(RulePacks.discover()).build()
        .run(eastshire(), LocalDate.of(2024, 12, 16));

    assertThat(report.findingsOf("england.statutory.trust-partner-member-chairs-trust")).isEmpty();
    assertThat(report.count(Severity.ERROR)).isEqualTo(5);
  }

  @Test
  void acceptedFault_isSuppressedWithItsJustification_andTheReportSaysSo() {
    RuleReport report = RuleRunner.builder().addPacks(RulePacks.discover())
        .suppress(Suppression.of("england.statutory.trust-partner-member-chairs-trust", "a-post-pm-trusts",
            "Partnership compact drafted; the regulations that cover trust chairs are in force from 16 December 2024"))
        .build().run(eastshire(), DATE);

    assertThat(report.count(Severity.WARNING)).isZero();
    assertThat(report.suppressedFindings()).singleElement()
        .satisfies(f -> assertThat(f.suppression().orElseThrow().justification()).startsWith("Partnership compact drafted"));
  }

  @Test
  void report_isTheSameOnEveryRun() {
    RuleRunner runner = RuleRunner.builder().addPacks(RulePacks.discover()).build();

    RuleReport first = runner.run(eastshire(), DATE);
    RuleReport second = runner.run(eastshire(), DATE);
    assertThat(first.findings()).isEqualTo(second.findings());
    assertThat(first.suppressedFindings()).isEqualTo(second.suppressedFindings());
  }
}
