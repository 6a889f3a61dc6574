package org.integratedcare.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.integratedcare.io.tree.Node;
import java.nio.file.Path;
import org.integratedcare.core.IcsModel;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.metrics.MetricsReport;
import org.integratedcare.core.structure.Level;
import org.integratedcare.core.organisation.Sector;
import org.integratedcare.metrics.capacity.CarePathway;
import org.integratedcare.metrics.maturity.Evidence;
import org.integratedcare.metrics.maturity.MaturityFramework;
import org.integratedcare.metrics.shift.Observation;
import org.integratedcare.metrics.shift.ShiftKind;
import org.integratedcare.metrics.shift.ShiftSeries;
import org.integratedcare.metrics.shift.ShiftTarget;
import org.junit.jupiter.api.Test;

/** The metrics report as JSON: the shape the command line prints and services return. */
class MetricsReportJsonTest {
  private static final IcsModel EXAMPLE = ModelFiles.read(Path.of("../examples/exampleshire-ics.yaml"));
  private static final LocalDate ON = LocalDate.of(2026, 6, 1);

  private static MetricsReport report() {
    CarePathway pathway = CarePathway.builder("Urgent and emergency care")
        .stage("ed", "Emergency department", 100).stage("beds", "Acute beds", 60)
        .stage("discharge", "Discharge to social care", 40)
        .transfer("ed", "beds").transfer("beds", "discharge").entry("ed").exit("discharge").build();
    return MetricsReport.builder(EXAMPLE, ON)
        .maturity(MaturityFramework.kingsFundProgressThemes(),
            List.of(Evidence.of("system-leadership", "maturing", 2, "Board development review", "Shared leadership roles")))
        .shift(ShiftSeries.of(ShiftKind.ACUTE_TO_COMMUNITY, "Community share of spend", "%",
                ShiftSeries.Direction.INCREASE,
                List.of(Observation.of(LocalDate.of(2024, 3, 31), 20), Observation.of(LocalDate.of(2025, 3, 31), 21)))
            .withTarget(ShiftTarget.of(25, LocalDate.of(2028, 3, 31))))
        .pathway(pathway)
        .whatIf(pathway, "discharge", 30)
        .build();
  }

  @Test
  void json_writesEveryPart_withHyphenatedEnumsIsoDatesAndNullsForAbsentValues() {
    MetricsReport report = report();
    Node json = IcsJson.toTree(report);

    assertThat(json.get("date").asString()).isEqualTo("2026-06-01");
    assertThat(at(json, "/structure/model").asString()).isEqualTo(report.structure().model().orElseThrow());
    assertThat(at(json, "/structure/subsidiarity/share").doubleValue())
        .isEqualTo(report.structure().subsidiarity().share().getAsDouble());
    assertThat(at(json, "/structure/subsidiarity/pointsByLevel").propertyNames())
        .allSatisfy(name -> assertThat(name).matches("[a-z]+(-[a-z]+)*"))
        .hasSize(report.structure().subsidiarity().pointsByLevel().size());
    assertThat(at(json, "/structure/inclusion/forumsWithVotingSeat/local-government").intValue())
        .isEqualTo(report.structure().inclusion().forumsWithVotingSeat().get(Sector.LOCAL_GOVERNMENT));
    assertThat(at(json, "/structure/network/brokers").size())
        .isEqualTo(report.structure().network().brokers().size());
    // system leadership: the model's caucus (emerging to developing) and the user's review (maturing, weight 2)
    assertThat(at(json, "/maturity/themes/1/theme").asString()).isEqualTo("system-leadership");
    assertThat(at(json, "/maturity/themes/1/highest").asString()).isEqualTo("maturing");
    assertThat(at(json, "/maturity/frameworkStatus").asString()).contains("UNCONFIRMED");
    assertThat(at(json, "/shifts/0/status").asString()).isEqualTo("off-track");
    assertThat(at(json, "/shifts/0/kind").asString()).isEqualTo("acute-to-community");
    assertThat(at(json, "/capacity/0/maxThroughput").longValue()).isEqualTo(40);
    assertThat(at(json, "/capacity/0/bottleneck/0/subject").asString()).isEqualTo("discharge");
    assertThat(at(json, "/whatIfs/0/outcome").asString()).isEqualTo("throughput-rises");
    assertThat(at(json, "/whatIfs/0/gain").longValue()).isEqualTo(20);
  }

  @Test
  void reportWithoutOptionalParts_hasNullMaturityAndEmptyLists() {
    Node json = IcsJson.toTree(MetricsReport.of(EXAMPLE, ON));

    assertThat(json.get("maturity").isNull()).isTrue();
    assertThat(json.get("shifts").isEmpty()).isTrue();
    assertThat(json.get("whatIfs").isEmpty()).isTrue();
  }

  /** The node at a JSON pointer such as {@code /structure/model}; missing if there is none. */
  private static Node at(Node root, String pointer) {
    Node n = root;
    for (String step : pointer.substring(1).split("/")) {
      n = n.isArray() ? n.path(Integer.parseInt(step)) : n.path(step);
    }
    return n;
  }
}
