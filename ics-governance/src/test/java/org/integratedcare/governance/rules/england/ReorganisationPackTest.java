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

  // An abolition that names a successor for the function delegated: the finding names the successor
  // the abolition routes that function to (Health Bill 2026, a Bill: NHS England's functions pass to
  // the Secretary of State and ICBs).
  @Test
  void delegationOfAnAbolishedBody_namesTheSuccessorTheAbolitionRoutesItsFunctionsTo() {
    LocalDate abolition = LocalDate.of(2027, 4, 1);
    IcsModel model = IcsModel.builder()
        .add(org.integratedcare.core.organisation.Organisation.of("nhse",
            org.integratedcare.core.organisation.OrganisationKind.NHS_ENGLAND, "NHS England",
            org.integratedcare.core.time.DateRange.of(LocalDate.of(2022, 7, 1), abolition.minusDays(1))))
        .add(Scenarios.org("sos", org.integratedcare.core.organisation.OrganisationKind.SECRETARY_OF_STATE,
            "Secretary of State"))
        .add(Scenarios.org("icb", org.integratedcare.core.organisation.OrganisationKind.INTEGRATED_CARE_BOARD,
            "NHS Northshire ICB"))
        .add(Scenarios.function("pms", "Primary medical services", "nhse"))
        .add(Scenarios.delegation("d-pms", "nhse", "icb",
            org.integratedcare.core.function.DelegationInstrument.S65Z5_DELEGATION, "pms").build())
        .add(org.integratedcare.core.change.ChangeEvent.builder().id("nhse-abolished")
            .kind(org.integratedcare.core.change.ChangeKind.ABOLITION).effectiveDate(abolition)
            .addPredecessors("nhse").addSuccessors("sos", "icb")
            .addTransfers(org.integratedcare.core.change.FunctionTransfer.of("nhse", "icb", java.util.List.of("pms")))
            .addTransfers(org.integratedcare.core.change.FunctionTransfer.ofAll("nhse", "sos")).build())
        .build();

    RuleReport report = run(model, abolition.plusMonths(2));

    assertThat(report.findingsOf("england.reorganisation.delegation-party-ended")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("NHS England (nhse) ceased to exist after 31 March 2027;"
            + " its functions passed to NHS Northshire ICB (icb) and Secretary of State (sos) (abolition"
            + " nhse-abolished, effective 2027-04-01)"));
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
