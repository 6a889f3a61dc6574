package org.integratedcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code ics whatif}: the Health Bill 2026 as introduced, applied to the bundled example. */
class WhatifCommandTest {
  private static final String EXAMPLE = Path.of("..", "examples", "exampleshire-ics.yaml").toString();

  @Test
  void healthBill_onTheExample_saysEachChangeWithItsStatus_andWhoMayDecideAfter() {
    Run run = Run.ics("whatif", EXAMPLE, "--scenario", "health-bill-2026", "--date", "2027-04-01");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("What if: Health Bill 2026 as introduced, taking effect on 2027-04-01, read on 2027-04-01\n")
        .contains("NHS England abolished: 2 functions to NHS Exampleshire Integrated Care Board; 1 function to "
            + "Secretary of State for Health and Social Care")
        .contains("Healthwatch Exampleshire abolished; Healthwatch Riverton abolished")
        .contains("Who may decide on Annual performance assessment of each ICB: binding NHS England -> "
            + "Secretary of State for Health and Social Care.");
  }

  @Test
  void effectiveAfterTheDate_changesNoAnswer() {
    Run run = Run.ics("whatif", EXAMPLE, "--scenario", "health-bill-2026", "--date", "2027-03-31",
        "--effective", "2027-04-01");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain("Who may decide:").doesNotContain("Findings:");
  }

  @Test
  void markdown_opensWithTheReformsChanges() {
    Run run = Run.ics("whatif", EXAMPLE, "--scenario", "health-bill-2026", "--date", "2027-04-01", "--format",
        "markdown");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("# What if: Health Bill 2026 as introduced\n\n")
        .contains("## The reform's changes\n\n- NHS England abolished", "## Who may decide");
  }

  @Test
  void unknownScenario_exits2NamingTheBundledOnes() {
    Runs.assertBadInput(Run.ics("whatif", EXAMPLE, "--scenario", "health-bill", "--date", "2027-04-01"),
        "--scenario: no bundled reform scenario 'health-bill'; the bundled scenarios are: health-bill-2026");
  }

  @Test
  void missingScenario_exits2() {
    Runs.assertBadInput(Run.ics("whatif", EXAMPLE), "--scenario");
  }
}
