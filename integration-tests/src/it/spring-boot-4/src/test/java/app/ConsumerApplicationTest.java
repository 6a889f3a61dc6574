package app;

import static org.assertj.core.api.Assertions.assertThat;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The library in a Spring Boot 4 app: its answers go out through the app's own Jackson 3 mapper. */
@SpringBootTest
class ConsumerApplicationTest {

  static final LocalDate DATE = LocalDate.of(2025, 6, 1);

  @Autowired JsonMapper mapper;

  // the bundled example, passed in by the build as -Dics.example
  IcsModel model = ModelFiles.read(Path.of(System.getProperty("ics.example")));

  AuthorityAnswer decide(String amount) {
    return DecisionAuthority.of(model).decide(
        AuthorityQuery.of("north-exampleshire-place-committee", "fn-icb-commissioning", DATE, "exampleshire-icb")
            .withAmount(new BigDecimal(amount)));
  }

  /** The app's mapper writes what the library's own JSON writer writes. */
  JsonNode writeThroughTheApp(Object answer) {
    JsonNode written = mapper.readTree(mapper.writeValueAsString(answer));
    assertThat(written).isEqualTo(mapper.readTree(IcsJson.write(answer)));
    return written;
  }

  @Test
  void answersWhoMayDecide() {
    AuthorityAnswer over = decide("7000000");
    assertThat(over.sentence()).contains("above the £2,000,000 limit of the delegation 'del-board-north-place'");
    assertThat(writeThroughTheApp(over).findValuesAsString("outcome")).containsExactly("no-authority");
    assertThat(writeThroughTheApp(decide("1000000")).findValuesAsString("outcome")).containsExactly("binding");
  }

  @Test
  void runsOnTheBootVersionAskedFor() {
    // -Dspring-boot.version, from invoker.properties
    String asked = System.getProperty("spring-boot.version");
    if (asked != null) {
      assertThat(SpringBootVersion.getVersion()).isEqualTo(asked);
    }
    System.out.println("Spring Boot " + SpringBootVersion.getVersion() + ", Jackson " + tools.jackson.databind.cfg.PackageVersion.VERSION);
  }

  @Test
  void theAppsMapperHasTheModule() {
    assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof org.integratedcare.jackson3.IcsJacksonModule);
  }

  @Test
  void answersWhoMayDecideAmongAll() {
    assertThat(writeThroughTheApp(DecisionAuthority.of(model)
        .whoMayDecide("fn-icb-commissioning", DATE, "exampleshire-icb")).get("binding")).isNotEmpty();
  }

  @Test
  void answersWhoAnswersForIt() {
    var chains = Accountability.of(model).chains("north-exampleshire-place-committee", DATE);
    assertThat(chains.termini()).contains("parliament", "exampleshire-communities");
    assertThat(writeThroughTheApp(chains).get("subject").asString()).isEqualTo("north-exampleshire-place-committee");
  }

  @Test
  void runsTheRulesAndTheMetrics() {
    RuleReport rules = RuleRunner.builder().addPacks(RulePacks.discover()).build().run(model, DATE);
    assertThat(rules.findings()).isNotEmpty();
    assertThat(rules.hasErrors()).isFalse();
    assertThat(writeThroughTheApp(rules).get("rulesRun").asInt()).isEqualTo(rules.rulesRun());

    MetricsReport metrics = MetricsReport.of(model, DATE);
    assertThat(writeThroughTheApp(metrics).get("date").asString()).isEqualTo("2025-06-01");
  }

  @Test
  void roundTripsTheModelThroughTheAppsMapper() {
    assertThat(mapper.readValue(mapper.writeValueAsString(model), IcsModel.class)).isEqualTo(model);
  }
}
