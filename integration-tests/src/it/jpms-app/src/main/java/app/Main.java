package app;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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

/** Asks the library the README's questions about a model file and prints the answers as JSON. */
public final class Main {

  static final LocalDate DATE = LocalDate.of(2025, 6, 1);

  /** What the library answered, and its answers in the library's own JSON. */
  public record Answers(AuthorityAnswer over, List<String> termini, RuleReport rules,
      String overJson, String withinJson, String rulesJson, String metricsJson) {}

  public static Answers ask(Path modelFile) {
    IcsModel model = ModelFiles.read(modelFile);
    AuthorityAnswer over = decide(model, "7000000");
    AuthorityAnswer within = decide(model, "1000000");
    List<String> termini = Accountability.of(model).chains("north-exampleshire-place-committee", DATE).termini();
    RuleReport rules = RuleRunner.builder().addPacks(RulePacks.discover()).build().run(model, DATE);
    MetricsReport metrics = MetricsReport.of(model, DATE);
    return new Answers(over, termini, rules,
        IcsJson.write(over), IcsJson.write(within), IcsJson.write(rules), IcsJson.write(metrics));
  }

  private static AuthorityAnswer decide(IcsModel model, String amount) {
    return DecisionAuthority.of(model).decide(
        AuthorityQuery.of("north-exampleshire-place-committee", "fn-icb-commissioning", DATE, "exampleshire-icb")
            .withAmount(new BigDecimal(amount)));
  }

  public static void main(String[] args) {
    Answers answers = ask(Path.of(args[0]));
    System.out.println(answers.overJson());
    System.out.println(answers.rulesJson());
    System.out.println(answers.metricsJson());
  }
}
