package org.integratedcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The top-level command: usage, version, and mistakes in the command itself. */
class IcsCommandTest {

  @Test
  void help_listsEveryCommandAndTheExitCodes() {
    Run run = Run.ics("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("check", "decide", "chain", "metrics", "diagram", "Exit codes:",
        "ics check examples/exampleshire-ics.yaml");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void version_printsTheBuildVersion() {
    Run run = Run.ics("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("ics ");
  }

  @Test
  void version_ofASubcommand_isTheSame() {
    assertThat(Run.ics("check", "--version").out()).isEqualTo(Run.ics("--version").out()).startsWith("ics ");
  }

  @Test
  void noCommand_printsUsageOnStandardErrorAndExits2() {
    Run run = Run.ics();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("ics: which command?").contains("Usage: ics");
  }

  @Test
  void unknownCommand_exits2WithASuggestion() {
    Run run = Run.ics("chek", "model.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unmatched argument", "chek", "check");
    Runs.assertNoStackTrace(run);
  }

  @Test
  void helpCommand_showsTheHelpOfASubcommand() {
    Run run = Run.ics("help", "check");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--fail-on", "--suppressions", "--format");
  }
}
