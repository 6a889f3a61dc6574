package org.integratedcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every command runs on the bundled example, as a newcomer's first commands would. */
class ExampleTest {
  private static final String EXAMPLE = Path.of("..", "examples", "exampleshire-ics.yaml").toString();

  @Test
  void bundledExampleIsThere() {
    assertThat(Files.isRegularFile(Path.of(EXAMPLE))).isTrue();
  }

  @Test
  void check_runsOnTheExample_andItsExitCodeMatchesItsErrors() {
    Run run = Run.ics("check", EXAMPLE);

    assertThat(run.err()).isEmpty();
    boolean errors = !run.out().contains("\n0 errors,");
    assertThat(run.exitCode()).isEqualTo(errors ? 1 : 0);
    assertThat(run.out()).startsWith("Exampleshire");
  }

  @Test
  void everyOtherCommand_runsOnTheExample() {
    for (String[] args : new String[][] {
        {"metrics", EXAMPLE},
        {"metrics", EXAMPLE, "--maturity", "--format", "json"},
        {"metrics", EXAMPLE, "--inputs", Path.of("..", "examples", "exampleshire-metrics-inputs.yaml").toString()},
        {"diagram", "structure", EXAMPLE},
        {"diagram", "delegations", EXAMPLE, "--format", "dot"},
        {"diagram", "chain", EXAMPLE, "--subject", "exampleshire-icb"},
        {"chain", EXAMPLE, "exampleshire-icb"},
        {"decide", EXAMPLE, "--function", "fn-icb-commissioning", "--for", "exampleshire-icb"},
        {"check", EXAMPLE, "--format", "markdown"},
        {"check", EXAMPLE, "--format", "json"}}) {
      Run run = Run.ics(args);

      assertThat(run.err()).as(String.join(" ", args)).isEmpty();
      assertThat(run.exitCode()).as(String.join(" ", args)).isIn(0, 1);
      assertThat(run.out()).as(String.join(" ", args)).isNotBlank();
    }
  }
}
