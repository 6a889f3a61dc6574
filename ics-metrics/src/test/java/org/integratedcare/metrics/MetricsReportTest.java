package org.integratedcare.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.integratedcare.metrics.capacity.CarePathway;
import org.integratedcare.metrics.maturity.Evidence;
import org.integratedcare.metrics.maturity.MaturityFramework;
import org.integratedcare.metrics.shift.Observation;
import org.integratedcare.metrics.shift.ShiftKind;
import org.integratedcare.metrics.shift.ShiftSeries;
import org.integratedcare.metrics.shift.ShiftTarget;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report the command line prints, as JSON. */
class MetricsReportTest {

  private static MetricsReport report() {
    CarePathway pathway = CarePathway.builder("Urgent and emergency care")
        .stage("ed", "Emergency department", 100).stage("beds", "Acute beds", 60)
        .stage("discharge", "Discharge to social care", 40)
        .transfer("ed", "beds").transfer("beds", "discharge").entry("ed").exit("discharge").build();
    return MetricsReport.builder(ExampleshireModel.build(), Records.ON)
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
  void toJson_writesEveryPart_withHyphenatedEnumsIsoDatesAndNullsForAbsentValues() {
    JsonNode json = JsonMapper.shared().readTree(report().toJson());

    assertThat(json.get("date").asString()).isEqualTo("2026-06-01");
    assertThat(json.at("/structure/model").asString()).isEqualTo("Exampleshire ICS");
    assertThat(json.at("/structure/subsidiarity/share").doubleValue()).isEqualTo(0.6);
    assertThat(json.at("/structure/inclusion/forumsWithVotingSeat/local-government").intValue()).isPositive();
    assertThat(json.at("/structure/accountability/functions/0/status").asString()).isEqualTo("clear");
    assertThat(json.at("/structure/network/brokers/1").asString()).isEqualTo("icb");
    // system leadership: the model's caucus (emerging to developing, weight 1) and the user's review
    // (maturing, weight 2) give membership 1/6, 1/6, 2/3, 0 and centroid 1.5: a tie rates the lower stage
    assertThat(json.at("/maturity/themes/1/centroid").doubleValue()).isEqualTo(1.5);
    assertThat(json.at("/maturity/themes/1/stage").asString()).isEqualTo("developing");
    assertThat(json.at("/maturity/themes/1/highest").asString()).isEqualTo("maturing");
    assertThat(json.at("/maturity/frameworkStatus").asString()).contains("UNCONFIRMED");
    assertThat(json.at("/maturity/themes/2/stage").isNull()).isTrue();
    assertThat(json.at("/shifts/0/status").asString()).isEqualTo("off-track");
    assertThat(json.at("/shifts/0/kind").asString()).isEqualTo("acute-to-community");
    assertThat(json.at("/capacity/0/maxThroughput").longValue()).isEqualTo(40);
    assertThat(json.at("/capacity/0/bottleneck/0/subject").asString()).isEqualTo("discharge");
    assertThat(json.at("/whatIfs/0/outcome").asString()).isEqualTo("throughput-rises");
    assertThat(json.at("/whatIfs/0/gain").longValue()).isEqualTo(20);
  }

  @Test
  void reportWithoutOptionalParts_hasNullMaturityAndEmptyLists() {
    JsonNode json = JsonMapper.shared().readTree(
        MetricsReport.of(ExampleshireModel.build(), Records.ON).toJson());

    assertThat(json.get("maturity").isNull()).isTrue();
    assertThat(json.get("shifts").isEmpty()).isTrue();
    assertThat(json.get("whatIfs").isEmpty()).isTrue();
  }
}
