package app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.governance.accountability.Accountability;
import org.integratedcare.governance.authority.AuthorityAnswer;
import org.integratedcare.governance.authority.AuthorityQuery;
import org.integratedcare.governance.authority.DecisionAuthority;
import org.integratedcare.governance.rules.RulePacks;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.json.IcsJson;
import org.integratedcare.metrics.MetricsReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;

/** The library in a Spring Boot 3 app: its answers go out through the app's own Jackson 2 mapper. */
@SpringBootTest
class ConsumerApplicationTest {

  static final LocalDate DATE = LocalDate.of(2025, 6, 1);

  @Autowired ObjectMapper mapper;

  // the bundled example, passed in by the build as -Dics.example
  IcsModel model = ModelFiles.read(Path.of(System.getProperty("ics.example")));

  AuthorityAnswer decide(String amount) {
    return DecisionAuthority.of(model).decide(
        AuthorityQuery.of("north-exampleshire-place-committee", "fn-icb-commissioning", DATE, "exampleshire-icb")
            .withAmount(new BigDecimal(amount)));
  }

  /** The app's mapper writes what the library's own JSON writer writes. */
  JsonNode writeThroughTheApp(Object answer) throws Exception {
    JsonNode written = mapper.readTree(mapper.writeValueAsString(answer));
    assertThat(written).isEqualTo(mapper.readTree(IcsJson.write(answer)));
    return written;
  }

  @Test
  void answersWhoMayDecide() throws Exception {
    AuthorityAnswer over = decide("7000000");
    assertThat(over.sentence()).contains("above the £2,000,000 limit of the delegation 'del-board-north-place'");
    assertThat(writeThroughTheApp(over).findValuesAsText("outcome")).containsExactly("no-authority");
    assertThat(writeThroughTheApp(decide("1000000")).findValuesAsText("outcome")).containsExactly("binding");
  }

  @Test
  void runsOnTheBootVersionAskedFor() {
    // -Dspring-boot.version, from invoker.properties
    String asked = System.getProperty("spring-boot.version");
    if (asked != null) {
      assertThat(SpringBootVersion.getVersion()).isEqualTo(asked);
    }
    System.out.println("Spring Boot " + SpringBootVersion.getVersion() + ", Jackson " + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
  }

  @Test
  void theAppsMapperHasTheModule() {
    assertThat(mapper.getRegisteredModuleIds()).contains(org.integratedcare.jackson2.IcsJacksonModule.class.getName());
  }

  @Test
  void answersWhoMayDecideAmongAll() throws Exception {
    assertThat(writeThroughTheApp(DecisionAuthority.of(model)
        .whoMayDecide("fn-icb-commissioning", DATE, "exampleshire-icb")).get("binding")).isNotEmpty();
  }

  @Test
  void answersWhoAnswersForIt() throws Exception {
    var chains = Accountability.of(model).chains("north-exampleshire-place-committee", DATE);
    assertThat(chains.termini()).contains("parliament", "exampleshire-communities");
    assertThat(writeThroughTheApp(chains).get("subject").asText()).isEqualTo("north-exampleshire-place-committee");
  }

  @Test
  void runsTheRulesAndTheMetrics() throws Exception {
    RuleReport rules = RuleRunner.builder().addPacks(RulePacks.discover()).build().run(model, DATE);
    assertThat(rules.findings()).isNotEmpty();
    assertThat(rules.hasErrors()).isFalse();
    assertThat(writeThroughTheApp(rules).get("rulesRun").asInt()).isEqualTo(rules.rulesRun());

    MetricsReport metrics = MetricsReport.of(model, DATE);
    assertThat(writeThroughTheApp(metrics).get("date").asText()).isEqualTo("2025-06-01");
  }

  @Test
  void roundTripsTheModelThroughTheAppsMapper() throws Exception {
    assertThat(mapper.readValue(mapper.writeValueAsString(model), IcsModel.class)).isEqualTo(model);
  }
}
