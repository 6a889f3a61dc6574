package org.integratedcare.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.integratedcare.io.ModelFormat;
import org.integratedcare.metrics.capacity.CapacityAnalysis;
import org.integratedcare.metrics.capacity.CapacityWhatIf;
import org.integratedcare.metrics.maturity.Evidence;
import org.integratedcare.metrics.maturity.MaturityFramework;
import org.integratedcare.metrics.shift.Observation;
import org.integratedcare.metrics.shift.ShiftKind;
import org.integratedcare.metrics.shift.ShiftSeries;
import org.integratedcare.metrics.shift.ShiftTarget;
import org.junit.jupiter.api.Test;

/** The metrics inputs file: evidence, shift series and care pathways, read strictly. */
class MetricsInputsTest {
  private static final String VALID = """
      evidence:
        - {theme: shared-purpose, stage: developing, weight: 2, source: Board paper, description: Outcomes agreed}
        - {theme: system-leadership, stageFrom: developing, stageTo: maturing, weight: 1, source: Survey, description: Mixed views}
      shifts:
        - kind: acute-to-community
          name: Community share of spend
          unit: "% of spend"
          direction: increase
          observations:
            - {date: 2024-03-31, value: 30.0}
            - {date: 2025-03-31, value: 31.0}
          target: {value: 35.0, by: 2028-03-31}
        - kind: HOSPITAL_TO_COMMUNITY
          name: Acute share of spend
          unit: "% of spend"
          direction: decrease
          observations:
            - {date: 2025-03-31, value: 48.0}
      pathways:
        - name: Urgent care
          stages:
            - {id: ed, name: Emergency department, capacity: 1500}
            - {id: beds, name: Acute beds, capacity: 170}
            - {id: discharge, name: Discharge to social care, capacity: 120}
            - {id: community, name: Community services}
          transfers:
            - {from: ed, to: beds}
            - {from: beds, to: discharge, limit: 130}
            - {from: discharge, to: community}
          entries:
            - {stage: ed, demand: 150}
          exits: [community]
          whatIfs:
            - {stage: discharge, additional: 40}
      """;

  private static ModelValidationException failure(String yaml) {
    try {
      MetricsInputs.parse(yaml, ModelFormat.YAML, "inputs.yaml");
    } catch (ModelValidationException e) {
      return e;
    }
    throw new AssertionError("expected the inputs to be rejected");
  }

  @Test
  void parse_readsEvidenceShiftsAndPathwaysAsTheJavaApiBuildsThem() {
    MetricsInputs inputs = MetricsInputs.parse(VALID, ModelFormat.YAML, "inputs.yaml");

    assertThat(inputs.evidence()).containsExactly(
        Evidence.of("shared-purpose", "developing", 2, "Board paper", "Outcomes agreed"),
        Evidence.ofRange("system-leadership", "developing", "maturing", 1, "Survey", "Mixed views"));
    assertThat(inputs.shifts()).containsExactly(
        ShiftSeries.of(ShiftKind.ACUTE_TO_COMMUNITY, "Community share of spend", "% of spend",
                ShiftSeries.Direction.INCREASE,
                List.of(Observation.of(LocalDate.of(2024, 3, 31), 30.0), Observation.of(LocalDate.of(2025, 3, 31), 31.0)))
            .withTarget(ShiftTarget.of(35.0, LocalDate.of(2028, 3, 31))),
        ShiftSeries.of(ShiftKind.HOSPITAL_TO_COMMUNITY, "Acute share of spend", "% of spend",
            ShiftSeries.Direction.DECREASE, List.of(Observation.of(LocalDate.of(2025, 3, 31), 48.0))));
    assertThat(inputs.pathways()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("Urgent care");
      assertThat(p.stage("community").capacity()).isEmpty();
      assertThat(p.transfers().get(1).limit()).isEqualTo(OptionalLong.of(130));
      assertThat(p.entries()).containsEntry("ed", OptionalLong.of(150));
      assertThat(p.exits()).containsExactly("community");
      assertThat(CapacityAnalysis.of(p).maxThroughput()).isEqualTo(OptionalLong.of(120));
    });
    assertThat(inputs.whatIfs()).singleElement().satisfies(w -> {
      assertThat(w.pathway()).isSameAs(inputs.pathways().get(0));
      assertThat(w.stage()).isEqualTo("discharge");
      assertThat(w.additional()).isEqualTo(40);
      assertThat(CapacityAnalysis.whatIf(w.pathway(), w.stage(), w.additional()).outcome())
          .isEqualTo(CapacityWhatIf.Outcome.THROUGHPUT_RISES);
    });
  }

  @Test
  void parse_json_readsTheSameShape() {
    String json = """
        {"evidence": [{"theme": "shared-purpose", "stage": "developing", "weight": 1.5,
                       "source": "Board paper", "description": "Outcomes agreed"}]}
        """;

    assertThat(MetricsInputs.parse(json, ModelFormat.JSON, "inputs.json").evidence())
        .containsExactly(Evidence.of("shared-purpose", "developing", 1.5, "Board paper", "Outcomes agreed"));
  }

  @Test
  void parse_emptyDocument_isEmptyInputs() {
    assertThat(MetricsInputs.parse("", ModelFormat.YAML, "inputs.yaml").isEmpty()).isTrue();
    assertThat(MetricsInputs.parse("{}", ModelFormat.JSON, "inputs.json").isEmpty()).isTrue();
  }

  @Test
  void parse_theExampleFile_readsEveryPart() throws IOException {
    String text = Files.readString(Path.of("..", "examples", "exampleshire-metrics-inputs.yaml"));

    MetricsInputs inputs = MetricsInputs.parse(text, ModelFormat.YAML, "exampleshire-metrics-inputs.yaml");

    assertThat(inputs.evidence()).hasSize(3);
    assertThat(inputs.shifts()).extracting(ShiftSeries::kind).containsExactly(ShiftKind.ACTIVITY_TO_OUTCOMES,
        ShiftKind.DEMAND_TO_NEED, ShiftKind.ACUTE_TO_COMMUNITY, ShiftKind.HOSPITAL_TO_COMMUNITY,
        ShiftKind.ANALOGUE_TO_DIGITAL, ShiftKind.SICKNESS_TO_PREVENTION);
    assertThat(inputs.pathways()).hasSize(1);
    assertThat(inputs.whatIfs()).hasSize(2);
    inputs.checkEvidence(MaturityFramework.kingsFundProgressThemes());
  }

  @Test
  void unknownField_isReportedAtItsPath() {
    ModelValidationException e = failure("""
        shifts:
          - kind: other
            name: X
            unit: "%"
            direction: increase
            colour: red
            observations: [{date: 2025-03-31, value: 1}]
        pathway: []
        """);

    assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder("shifts[0].colour", "pathway");
    assertThat(e.getMessage()).contains("inputs.yaml", "unknown field");
  }

  @Test
  void wrongType_isReportedAtItsPath() {
    ModelValidationException e = failure("""
        evidence:
          - {theme: shared-purpose, stage: developing, weight: heavy, source: S, description: D}
        pathways:
          - name: P
            stages: [{id: a, name: A, capacity: 1.5}]
            entries: [{stage: a}]
            exits: a
        """);

    assertThat(e.problems()).extracting(Problem::path, Problem::message).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("evidence[0].weight", "expected a number"),
        org.assertj.core.groups.Tuple.tuple("pathways[0].stages[0].capacity", "expected a whole number of people per period"),
        org.assertj.core.groups.Tuple.tuple("pathways[0].exits", "expected a list of stage ids"));
  }

  @Test
  void unknownEnumName_isReportedWithTheNamesAllowed() {
    ModelValidationException e = failure("""
        shifts:
          - kind: left-to-right
            name: X
            unit: "%"
            direction: sideways
            observations: [{date: 2025-03-31, value: 1}]
        """);

    assertThat(e.problems()).extracting(Problem::path).containsExactly("shifts[0].kind", "shifts[0].direction");
    assertThat(e.problems().get(0).message()).contains("unknown kind 'left-to-right'", "acute-to-community");
    assertThat(e.problems().get(1).message()).contains("unknown direction 'sideways'", "increase, decrease");
  }

  @Test
  void badDate_isReportedAtItsPath() {
    ModelValidationException e = failure("""
        shifts:
          - kind: other
            name: X
            unit: "%"
            direction: increase
            observations: [{date: 2025-03-31, value: 1}]
          - kind: other
            name: Y
            unit: "%"
            direction: increase
            observations: [{date: 31/03/2025, value: 1}]
            target: {value: 2, by: 2030-02-30}
        """);

    assertThat(e.problems()).extracting(Problem::path, Problem::message).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("shifts[1].observations[0].date", "'31/03/2025' is not a date; write it as YYYY-MM-DD"),
        org.assertj.core.groups.Tuple.tuple("shifts[1].target.by", "'2030-02-30' is not a date; write it as YYYY-MM-DD"));
  }

  @Test
  void missingRequiredFields_areEachReported() {
    ModelValidationException e = failure("""
        evidence:
          - {theme: shared-purpose, weight: 1, source: S}
        shifts:
          - {kind: other, unit: "%", direction: increase}
        pathways:
          - {name: P, stages: [{id: a}]}
        """);

    assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
        "evidence[0].stage", "evidence[0].description",
        "shifts[0].name", "shifts[0].observations",
        "pathways[0].entries", "pathways[0].exits", "pathways[0].stages[0].name");
    assertThat(e.problems()).extracting(Problem::message).allMatch(m -> m.startsWith("missing"));
  }

  @Test
  void valuesTheMetricsTypesReject_areReportedAtTheRecordsPath() {
    ModelValidationException e = failure("""
        evidence:
          - {theme: shared-purpose, stage: developing, weight: 0, source: S, description: D}
        shifts:
          - kind: other
            name: X
            unit: "%"
            direction: increase
            observations: [{date: 2025-03-31, value: 1}, {date: 2024-03-31, value: 2}]
        pathways:
          - name: P
            stages: [{id: a, name: A, capacity: 5}, {id: b, name: B}]
            transfers: [{from: a, to: c}, {from: b, to: b}]
            entries: [{stage: a}]
            exits: [b]
          - name: Q
            stages: [{id: a, name: A, capacity: 5}]
            entries: [{stage: a}]
            exits: [a]
            whatIfs: [{stage: z, additional: 3}]
        """);

    assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
        "evidence[0]", "shifts[0].observations[1].date", "pathways[0].transfers[1]", "pathways[1].whatIfs[0].stage");
    assertThat(e.getMessage()).contains("weight must be finite and positive", "is not after the previous",
        "to itself", "has no stage 'z'");
  }

  @Test
  void unknownStageInATransfer_isReportedAtTheTransfersPath() {
    ModelValidationException e = failure("""
        pathways:
          - name: P
            stages: [{id: a, name: A, capacity: 5}]
            transfers: [{from: a, to: c}]
            entries: [{stage: a}]
            exits: [a]
        """);

    assertThat(e.problems()).extracting(Problem::path, Problem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("pathways[0].transfers[0].to", "no stage 'c'"));
  }

  @Test
  void invalidYaml_isOneProblemWithItsLine() {
    ModelValidationException e = failure("evidence: [\n  {theme: x\n");

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).startsWith("the file is not valid YAML");
      assertThat(p.line()).isPresent();
    });
  }

  @Test
  void checkEvidence_reportsThemesAndStagesTheFrameworkLacks() {
    MetricsInputs inputs = MetricsInputs.parse("""
        evidence:
          - {theme: happiness, stage: developing, weight: 1, source: S, description: D}
          - {theme: shared-purpose, stageFrom: maturing, stageTo: emerging, weight: 1, source: S, description: D}
          - {theme: shared-purpose, stage: perfect, weight: 1, source: S, description: D}
        """, ModelFormat.YAML, "inputs.yaml");

    assertThatThrownBy(() -> inputs.checkEvidence(MaturityFramework.kingsFundProgressThemes()))
        .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.problems())
            .extracting(Problem::path)
            .containsExactlyInAnyOrder("evidence[0].theme", "evidence[1].stageTo", "evidence[2].stage"))
        .hasMessageContaining("no theme 'happiness'")
        .hasMessageContaining("no stage 'perfect'");
  }
}
