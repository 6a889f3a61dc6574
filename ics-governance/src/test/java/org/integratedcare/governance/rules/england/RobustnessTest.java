package org.integratedcare.governance.rules.england;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.organisation.Area;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.Icb;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;
import org.junit.jupiter.api.Test;

/** Built-in rules never fail, whatever is missing from a valid model: faults are findings. */
class RobustnessTest {
  private static final RuleRunner RUNNER = RuleRunner.builder().addPacks(Rules.BUILT_IN).build();

  @Test
  void emptyModel_givesNoFindingsAndNoRuleErrors() {
    RuleReport report = RUNNER.run(IcsModel.empty(), Northshire.DATE);

    assertThat(report.ruleErrors()).isEmpty();
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void icbWithNothingElseRecorded_isReportedWithoutRuleErrors() {
    IcsModel model = IcsModel.builder()
        .add(Organisation.of("icb-x", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS X ICB", Northshire.SINCE))
        .add(Icb.builder().id("icb-x").area(Area.of("E10000001")).period(Northshire.SINCE).build())
        .build();

    RuleReport report = RUNNER.run(model, Northshire.DATE);

    assertThat(report.ruleErrors()).isEmpty();
    assertThat(report.findings()).extracting(f -> f.ruleId()).contains(
        "england.statutory.icb-board-chair-and-chief-executive",
        "england.good-practice.joint-values-and-intent", "england.good-practice.vcse-voice");
  }

  @Test
  void northshireWithRecordsRemovedAtRandom_neverMakesARuleFail() {
    Random random = new Random(6L);
    int checked = 0;
    for (int round = 0; round < 60; round++) {
      Northshire n = Northshire.sound();
      List<String> keys = new ArrayList<>(n.keys());
      List<String> removed = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        String key = keys.remove(random.nextInt(keys.size()));
        removed.add(key);
      }
      n.without(removed.toArray(String[]::new));
      IcsModel model;
      try {
        model = n.model();
      } catch (ModelValidationException e) {
        continue; // removing a referenced record breaks integrity; such a model cannot be built
      }
      for (LocalDate date : List.of(Northshire.DATE, LocalDate.of(2024, 1, 1), LocalDate.of(2022, 6, 30))) {
        assertThat(RUNNER.run(model, date).ruleErrors()).as("without %s on %s", removed, date).isEmpty();
      }
      checked++;
    }
    assertThat(checked).isPositive();
  }
}
