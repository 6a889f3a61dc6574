package org.integratedcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@code ics reference}: England's ICBs over time (the 2026 merger sources; ODS region codes). */
class ReferenceCommandTest {

  @Test
  void icbs_onTheLastDayOfThe2022Boards_lists42() {
    Run run = Run.ics("reference", "icbs", "--date", "2026-03-31");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("42 integrated care boards in force in England on 2026-03-31:\n")
        .contains("QNQ   NHS Frimley Integrated Care Board");
  }

  @Test
  void icbs_afterTheMergersOfApril2026_lists36AndFlagsReportedOnes() {
    Run run = Run.ics("reference", "icbs", "--date", "2026-04-01");

    assertThat(run.out()).startsWith("36 integrated care boards in force in England on 2026-04-01:\n")
        .doesNotContain("NHS Frimley Integrated Care Board")
        .contains("NHS Thames Valley Integrated Care Board", "(reported)");
  }

  @Test
  void icbs_dateDefaultsToTodayByTheClock() {
    Clock in2023 = Clock.fixed(Instant.parse("2023-01-01T00:00:00Z"), ZoneOffset.UTC);

    assertThat(Run.ics(in2023, "reference", "icbs").out()).startsWith("42 integrated care boards in force in England on 2023-01-01");
  }

  @Test
  void icbs_beforeTheBoardsExisted_listsNone() {
    Run run = Run.ics("reference", "icbs", "--date", "2022-06-30");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("0 integrated care boards in force in England on 2022-06-30.\n");
  }

  @Test
  void successors_ofASplitBoard_listsEachPartWithItsSources() {
    // NHS Frimley ICB was split between three successors on 1 April 2026 (NHS ODS, ICB Mergers Phase 1 change summary).
    Run run = Run.ics("reference", "successors", "QNQ");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("NHS Frimley Integrated Care Board (QNQ):\n")
        .contains("From 2026-04-01 NHS Thames Valley Integrated Care Board succeeded part of NHS Frimley",
            "Sources: ");
  }

  @Test
  void successors_unknownCode_exits2() {
    Runs.assertBadInput(Run.ics("reference", "successors", "XYZ"), "'XYZ' is neither the ODS code nor the reference id of an ICB");
  }

  @Test
  void successors_mistypedId_suggestsTheNearest() {
    Runs.assertBadInput(Run.ics("reference", "successors", "icb-frimly"), "did you mean 'icb-frimley'");
  }

  @Test
  void reference_withoutSubcommand_exits2() {
    Run run = Run.ics("reference");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("ics: reference needs a subcommand: icbs or successors.");
  }
}
