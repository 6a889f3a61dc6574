package org.integratedcare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.integratedcare.core.IcsModel;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.governance.accountability.Accountability;
import org.integratedcare.governance.accountability.AccountabilityReport;
import org.integratedcare.governance.authority.AuthorityAnswer;
import org.integratedcare.governance.authority.AuthorityQuery;
import org.integratedcare.governance.authority.DecidersAnswer;
import org.integratedcare.governance.authority.DecisionAuthority;
import org.integratedcare.governance.authority.Outcome;
import org.integratedcare.governance.rules.Basis;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.Rule;
import org.integratedcare.governance.rules.RuleContext;
import org.integratedcare.governance.rules.RulePack;
import org.integratedcare.governance.rules.RulePacks;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;
import org.integratedcare.governance.rules.Severity;
import org.integratedcare.report.DiagramFormat;
import org.integratedcare.report.Diagrams;
import org.junit.jupiter.api.Test;

/**
 * The README's tour, step by step, on the bundled example. Each block here is the code the README
 * shows; if this test fails, the README is wrong.
 */
class ReadmeTourTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "exampleshire-ics.yaml");

  /** A user's own rule, as the README shows it: every committee must have terms of reference. */
  static final class CommitteesHaveTerms implements Rule {
    @Override
    public String id() {
      return "acme.committees-have-terms";
    }

    @Override
    public String title() {
      return "Every committee has terms of reference";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public Basis basis() {
      return Basis.constitution("Acme ICB standing orders, section 4");
    }

    @Override
    public List<Finding> check(RuleContext context) {
      return context.view().bodies().stream()
          .filter(body -> body.termsOfReference().isEmpty())
          .map(body -> Finding.of(this, context.subject(body.id()),
              body.name() + " has no terms of reference.", body.id()))
          .toList();
    }
  }

  @Test
  void tour() {
    // 1. Load a model.
    IcsModel model = ModelFiles.read(EXAMPLE);
    LocalDate date = LocalDate.of(2025, 6, 1);

    // 2. Who may decide? Can the north place committee commit £7m that binds the ICB?
    AuthorityAnswer answer = DecisionAuthority.of(model).decide(
        AuthorityQuery.of("north-exampleshire-place-committee", "fn-icb-commissioning", date, "exampleshire-icb")
            .withAmount(new BigDecimal("7000000")));
    System.out.println(answer.sentence());
    // ...and who may take it at all?
    DecidersAnswer deciders = DecisionAuthority.of(model).whoMayDecide("fn-icb-commissioning", date, "exampleshire-icb");
    System.out.println(deciders.bindingDeciders());

    // 3. Who answers for it?
    AccountabilityReport chains = Accountability.of(model).chains("north-exampleshire-place-committee", date);
    System.out.println(chains.termini());

    // 4. Run the rules: the built-in England packs plus a rule of your own.
    RuleReport report = RuleRunner.builder()
        .addPacks(RulePacks.discover())
        .addPack(RulePack.of("acme", "1.0", List.of(new CommitteesHaveTerms())))
        .build()
        .run(model, date);
    System.out.println(report.count(Severity.ERROR) + " errors; " + report.findingsOf("acme.committees-have-terms").size()
        + " committees without terms of reference");

    // 5. Draw a diagram.
    String mermaid = Diagrams.delegations(model, date).render(DiagramFormat.MERMAID);

    assertThat(answer.verdictFor("exampleshire-icb").orElseThrow().outcome()).isEqualTo(Outcome.NO_AUTHORITY);
    assertThat(answer.sentence()).contains("above the £2,000,000 limit");
    assertThat(chains.termini()).contains("parliament");
    assertThat(report.count(Severity.ERROR)).isZero();
    assertThat(report.findingsOf("acme.committees-have-terms")).isNotEmpty();
    assertThat(mermaid).startsWith("flowchart");
    assertThat(deciders.bindingDeciders()).contains("exampleshire-icb", "icb-board", "north-exampleshire-place-committee");
  }
}
