package org.integratedcare.governance.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.integratedcare.core.IcsModel;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.RulePacks;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;
import org.integratedcare.governance.rules.Severity;
import org.junit.jupiter.api.Test;

/**
 * The governance report of the bundled example (examples/exampleshire-ics.yaml), reviewed finding
 * by finding. Each expected finding says why it is right.
 */
class ExampleshireReportTest {
  private static final IcsModel MODEL = ModelFiles.read(Path.of("..", "examples", "exampleshire-ics.yaml"));

  private static RuleReport check(LocalDate date) {
    return RuleRunner.builder().addPacks(RulePacks.discover()).build().run(MODEL, date);
  }

  private static List<String> found(RuleReport report) {
    return report.findings().stream().map(f -> f.severity() + " " + f.ruleId() + " " + f.subject().id()).toList();
  }

  @Test
  void june2025_noErrorsNoWarnings_sixPointsForAReviewer() {
    RuleReport report = check(LocalDate.of(2025, 6, 1));

    assertThat(report.ruleErrors()).isEmpty();
    assertThat(found(report)).containsExactlyInAnyOrder(
        // Good practice (West, PA Consulting: governance should "have something significant to govern"):
        // the file records no terms of reference for these three trust bodies, so nothing shows
        // what they govern. A gap in the record, not a fault: the documents may simply not be in
        // the file.
        "GAP england.good-practice.body-has-scope riverton-ft-clinical-services-committee",
        "GAP england.good-practice.body-has-scope county-hospitals-clinical-services-committee",
        "GAP england.good-practice.body-has-scope riverton-ft-council-of-governors",
        // Good practice (Allanson, GGI: "without duplication"): the board delegates commissioning
        // both to its finance committee, system-wide, and to each place committee for its place.
        // Both bind the ICB; their financial limits may divide the scope, so a person should check.
        "INFO england.good-practice.no-duplicated-binding-authority fn-icb-commissioning",
        "INFO england.good-practice.no-duplicated-binding-authority fn-icb-commissioning",
        "INFO england.good-practice.no-duplicated-binding-authority fn-icb-commissioning");
  }

  @Test
  void september2022_theVacantDirectorOfPublicHealthIsAStatutoryBreach() {
    RuleReport report = check(LocalDate.of(2022, 9, 1));

    // HSCA 2012 s.194(2): a director of public health sits on each health and wellbeing board.
    // Riverton's post was vacant until the shared director started on 1 January 2023.
    assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(Finding::ruleId, f -> f.subject().id())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("england.statutory.hwb-statutory-members", "riverton-hwb-board"));
    // Taylor (NHS Confederation) and Allanson (GGI): lateral accountability began only with the s.75 agreement of
    // April 2023.
    assertThat(found(report)).contains("WARNING england.good-practice.lateral-and-bottom-up-accountability exampleshire-icb");
    // NHS England guidance (Working together at scale, August 2021): trusts providing acute or mental health services are
    // expected in a collaborative; the community trust joined none until 2023, so information only.
    assertThat(found(report)).contains("INFO england.guidance.trust-in-provider-collaborative westvale-community-trust");
    assertThat(check(LocalDate.of(2023, 1, 1)).count(Severity.ERROR)).isZero();
  }

  @Test
  void june2025_boardPostsAndPartnerNominationsReadRightInLaw() {
    RuleReport report = check(LocalDate.of(2025, 6, 1));

    // NHS Act 2006 Sch 1B paras 3, 7(1) and 8: the chief executive is appointed by the ICB with NHS England's approval;
    // the example's partner members are nominated by its trusts and
    // foundation trusts, its general practices and its two councils with social-care functions, and nobody holds
    // two seats on the board, so none of these rules has anything to say; the June 2025 test above lists every
    // finding, and this one names the rules that were read and found nothing.
    assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain(
        "england.statutory.icb-board-posts-held-together", "england.statutory.icb-partner-member-nomination",
        "england.statutory.icb-board-ordinary-members", "england.statutory.icb-chief-executive-appointment",
        "england.guidance.icb-board-non-executive-not-executive");
    assertThat(MODEL.appointments()).filteredOn(a -> a.post().startsWith("post-icb-partner"))
        .hasSize(3).allSatisfy(a -> assertThat(a.nominatedBy()).isNotEmpty());
  }
}
