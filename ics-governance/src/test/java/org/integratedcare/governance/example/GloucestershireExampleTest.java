package org.integratedcare.governance.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.RulePacks;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;
import org.integratedcare.governance.rules.Severity;
import org.integratedcare.governance.rules.england.RecordCompleteness;
import org.integratedcare.io.ModelFiles;
import org.junit.jupiter.api.Test;

/**
 * The real example (examples/gloucestershire-ics.yaml), written from One Gloucestershire's public
 * documents with what they do not say left unknown: nothing it does not record reads as a breach,
 * and what it does not record is reported as a gap with what to collect next.
 */
class GloucestershireExampleTest {
  private static final IcsModel MODEL = ModelFiles.read(Path.of("..", "examples", "gloucestershire-ics.yaml"));
  private static final LocalDate DATE = LocalDate.of(2026, 12, 1);

  @Test
  void noErrorComesFromUnrecordedData_everyGapSaysWhatToRecord() {
    RuleReport report = RuleRunner.builder().addPacks(RulePacks.discover()).build().run(MODEL, DATE);

    assertThat(report.ruleErrors()).isEmpty();
    assertThat(report.count(Severity.ERROR)).isZero();
    assertThat(report.count(Severity.GAP)).isPositive();
    assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.GAP).extracting(Finding::message)
        .allSatisfy(m -> assertThat(m).containsPattern("record|declare"));
    assertThat(report.findingsOf("england.statutory.icb-board-chair-and-chief-executive"))
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.GAP));
  }

  @Test
  void everyRecordCitesWhereItCameFrom() {
    assertThat(MODEL.organisations()).allSatisfy(o -> assertThat(o.sources()).isNotEmpty());
    assertThat(MODEL.bodies()).allSatisfy(b -> assertThat(b.sources()).isNotEmpty());
    assertThat(MODEL.delegations()).allSatisfy(d -> assertThat(d.sources()).isNotEmpty());
  }

  @Test
  void completeness_namesTheBoardSeatsToCollectFirst() {
    RecordCompleteness measure = RecordCompleteness.of(MODEL, DATE);

    assertThat(measure.areas().get(0).missing()).first().asString()
        .contains("NHS Gloucestershire Integrated Care Board").contains("chair");
  }
}
