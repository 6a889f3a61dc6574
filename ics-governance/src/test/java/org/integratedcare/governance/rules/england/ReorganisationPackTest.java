package org.integratedcare.governance.rules.england;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.governance.Scenarios;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;
import org.integratedcare.governance.rules.Severity;
import org.junit.jupiter.api.Test;

/** What a reorganisation leaves behind when records are not re-papered. */
class ReorganisationPackTest {

  private static RuleReport run(IcsModel model, LocalDate date) {
    return RuleRunner.builder().addPack(new ReorganisationPack()).build().run(model, date);
  }

  @Test
  void soundSystem_hasNothingLeftBehind() {
    assertThat(run(Northshire.sound().model(), Northshire.DATE).findings()).isEmpty();
  }

  /** The scenario reorganisation-leftovers.yaml. */
  @org.junit.jupiter.api.Nested
  class MergerLeftovers {
    private final IcsModel model = Scenarios.load("reorganisation-leftovers.yaml");

    private RuleReport run(LocalDate date) {
      return ReorganisationPackTest.run(model, date);
    }

  @Test
  void beforeTheMerger_nothingIsLeftBehind() {
    assertThat(run(LocalDate.of(2026, 3, 31)).findings()).isEmpty();
  }

  @Test
  void afterTheMerger_eachArrangementOfThePredecessorsIsReported_withTheSuccessor() {
    RuleReport report = run(LocalDate.of(2026, 6, 1));

    assertThat(report.findings()).extracting(Finding::severity, Finding::ruleId, f -> f.subject().id())
        .containsExactlyInAnyOrder(
            tuple(Severity.WARNING, "england.reorganisation.delegation-party-ended", "old-a-to-council"),
            tuple(Severity.WARNING, "england.reorganisation.mechanism-party-ended", "mou-old-a-council"),
            tuple(Severity.WARNING, "england.reorganisation.body-of-ended-organisation", "old-ab-joint"),
            tuple(Severity.WARNING, "england.reorganisation.body-of-ended-organisation", "old-ab-joint"),
            tuple(Severity.WARNING, "england.reorganisation.post-held-on-ended-body", "a-quality-chair"));
    assertThat(report.findingsOf("england.reorganisation.delegation-party-ended")).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("Delegation old-a-to-council is recorded in force on"
            + " 2026-06-01, but NHS Old A ICB (old-a) ceased to exist after 31 March 2026; its functions passed"
            + " to NHS New ICB (new) (merger merger-2026, effective 2026-04-01): it has no effect as recorded."
            + " End it, or make it again in the name of the body that now holds the functions (re-making a"
            + " delegation is that body's decision)."));
  }
  }
}
