package org.integratedcare.cli;

import org.integratedcare.testkit.SampleSystems;
import org.integratedcare.json.IcsJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.io.ModelFormat;
import org.integratedcare.json.MetricsInputs;
import org.integratedcare.metrics.MetricsReport;
import org.integratedcare.metrics.maturity.MaturityFramework;
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
    model = SampleSystems.riversideFile(dir).toString();
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

    assertThat(run.out()).isEqualTo(IcsJson.write(MetricsReport.builder(ModelFiles.read(Path.of(model)), SampleSystems.DATE).build()));
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

  private static final String EXAMPLE = Path.of("..", "examples", "exampleshire-ics.yaml").toString();
  private static final String EXAMPLE_INPUTS = Path.of("..", "examples", "exampleshire-metrics-inputs.yaml").toString();

  @Test
  void metrics_exampleInputs_addsMaturityEvidenceShiftsCapacityAndWhatIfs() {
    Run run = Run.ics("metrics", EXAMPLE, "--inputs", EXAMPLE_INPUTS, "--date", "2026-04-01");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Maturity (", "Shifts on 2026-04-01", "Outcome-based share of payments (activity to outcomes)",
            "Prevention share of spend (sickness to prevention): insufficient data", "Capacity\n",
            "bottleneck is stage 'social-care-discharge' (120)", "Capacity what-ifs",
            "+40 at social-care-discharge: throughput rises", "+30 at acute-beds: not a bottleneck");
  }

  @Test
  void metrics_exampleInputs_json_isTheReportBuiltFromTheSameInputs() throws Exception {
    Run run = Run.ics("metrics", EXAMPLE, "--inputs", EXAMPLE_INPUTS, "--date", "2026-04-01", "--format", "json");

    MetricsInputs inputs = MetricsInputs.parse(Files.readString(Path.of(EXAMPLE_INPUTS)), ModelFormat.YAML, "x");
    MetricsReport.Builder expected = MetricsReport.builder(ModelFiles.read(Path.of(EXAMPLE)), LocalDate.of(2026, 4, 1))
        .maturity(MaturityFramework.kingsFundProgressThemes(), inputs.evidence());
    inputs.shifts().forEach(expected::shift);
    inputs.pathways().forEach(expected::pathway);
    inputs.whatIfs().forEach(w -> expected.whatIf(w.pathway(), w.stage(), w.additional()));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(IcsJson.write(expected.build()));
    assertThat(run.out()).contains("\"whatIfs\"", "\"throughput-rises\"", "\"acute-to-community\"");
  }

  @Test
  void metrics_exampleInputs_markdown_listsShiftsAndCapacity() {
    Run run = Run.ics("metrics", EXAMPLE, "--inputs", EXAMPLE_INPUTS, "--date", "2026-04-01", "--format", "markdown");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("## Shifts on 2026-04-01", "## Capacity\n", "## Capacity what-ifs");
  }

  @Test
  void metrics_badInputsFile_exits2WithEveryProblemAndItsPath() throws Exception {
    Path bad = Runs.write(dir, "inputs.yaml", """
        shifts:
          - kind: left-to-right
            name: X
            unit: "%"
            direction: increase
            observations: [{date: 31/03/2025, value: 1}]
        """);

    Runs.assertBadInput(Run.ics("metrics", model, "--inputs", bad.toString()),
        "metrics inputs file", "inputs.yaml", "shifts[0].kind", "left-to-right", "shifts[0].observations[0].date");
  }

  @Test
  void metrics_inputsEvidenceOutsideTheFramework_exits2() throws Exception {
    Path bad = Runs.write(dir, "inputs.yaml", """
        evidence:
          - {theme: happiness, stage: developing, weight: 1, source: S, description: D}
        """);

    Runs.assertBadInput(Run.ics("metrics", model, "--inputs", bad.toString()),
        "inputs.yaml", "evidence[0].theme", "no theme 'happiness'");
  }

  @Test
  void metrics_missingInputsFile_exits2() {
    Runs.assertBadInput(Run.ics("metrics", model, "--inputs", dir.resolve("none.yaml").toString()),
        "cannot read metrics inputs file", "no such file");
  }
}
