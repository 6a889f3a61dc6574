package app;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.io.ModelFiles;
import org.integratedcare.governance.Accountability;
import org.integratedcare.governance.AuthorityAnswer;
import org.integratedcare.governance.AuthorityQuery;
import org.integratedcare.governance.DecisionAuthority;
import org.integratedcare.governance.rules.RulePacks;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;
import org.integratedcare.metrics.MetricsReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ConsumerApplicationTest {

  static final LocalDate DATE = LocalDate.of(2025, 6, 1);

  @Autowired JsonMapper mapper;

  IcsModel model = ModelFiles.read(Path.of(System.getProperty("ics.example")));

  AuthorityAnswer decide(String amount) {
    return DecisionAuthority.of(model).decide(
        AuthorityQuery.of("north-exampleshire-place-committee", "fn-icb-commissioning", DATE, "exampleshire-icb")
            .withAmount(new BigDecimal(amount)));
  }

  @Test
  void answersWhoMayDecideThroughTheAppsMapper() {
    AuthorityAnswer over = decide("7000000");
    assertThat(over.bindsAll()).isFalse();
    assertThat(over.sentence()).contains("above the £2,000,000 limit of the delegation 'del-board-north-place'");
    assertThat(decide("1000000").bindsAll()).isTrue();

    String json = mapper.writeValueAsString(over);
    assertThat(json).contains("\"outcome\"");
    assertThat(mapper.readTree(json).findValuesAsString("outcome")).containsExactly("NO_AUTHORITY");
  }

  @Test
  void answersWhoAnswersForIt() {
    assertThat(Accountability.of(model).chains("north-exampleshire-place-committee", DATE).termini())
        .contains("parliament", "exampleshire-communities");
  }

  @Test
  void runsTheRulesAndTheMetrics() {
    RuleReport rules = RuleRunner.builder().addPacks(RulePacks.discover()).build().run(model, DATE);
    assertThat(rules.rulesRun()).isGreaterThan(0);
    assertThat(rules.findings()).isNotEmpty();
    assertThat(rules.hasErrors()).isFalse();
    assertThat(mapper.readTree(rules.toJson()).get("rulesRun").asInt()).isEqualTo(rules.rulesRun());

    MetricsReport metrics = MetricsReport.of(model, DATE);
    assertThat(mapper.readTree(metrics.toJson()).get("date").asString()).isEqualTo("2025-06-01");
  }
}
