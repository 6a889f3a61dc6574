package org.integratedcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.integratedcare.core.io.ModelFiles;
import org.integratedcare.metrics.MetricsReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ics metrics}: structural measures and maturity. */
class MetricsCommandTest {
  @TempDir
  Path dir;

  private String model;

  @BeforeEach
  void writeModel() throws Exception {
    model = Fixtures.riversideFile(dir).toString();
  }

  @Test
  void metrics_text_givesTheHeadlineOfEachMeasure() {
    Run run = Run.ics("metrics", model);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Measures of Riverside ICS on 2026-04-01\n")
        .contains("Subsidiarity", "Accountability: functions answered for clearly", "Duplication", "Mechanisms",
            "Inclusion", "Partnership network");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void metrics_json_isTheMetricsReport() {
    Run run = Run.ics("metrics", model, "--format", "json");

    assertThat(run.out()).isEqualTo(MetricsReport.builder(ModelFiles.read(Path.of(model)), Fixtures.DATE).build().toJson() + "\n");
  }

  @Test
  void metrics_maturity_addsARowPerTheme() {
    Run run = Run.ics("metrics", model, "--maturity", "--format", "markdown");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("## Measures\n").contains("| Maturity (");
  }

  @Test
  void metrics_invalidFramework_exits2WithItsProblems() throws Exception {
    Path framework = Runs.write(dir, "framework.json", "{\"id\": \"x\", \"colour\": 1}");

    Runs.assertBadInput(Run.ics("metrics", model, "--framework", framework.toString()),
        "maturity framework", "framework.json", "colour");
  }

  @Test
  void metrics_missingFramework_exits2() {
    Runs.assertBadInput(Run.ics("metrics", model, "--framework", dir.resolve("none.json").toString()),
        "cannot read maturity framework", "no such file");
  }
}
