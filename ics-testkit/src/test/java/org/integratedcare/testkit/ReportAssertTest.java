package org.integratedcare.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.integratedcare.governance.rules.AbstractRule;
import org.integratedcare.governance.rules.Basis;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.RuleContext;
import org.integratedcare.governance.rules.RulePack;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.Severity;
import org.junit.jupiter.api.Test;

/** The test kit as a rule author uses it: a rule of their own, run on the sample systems. */
class ReportAssertTest {
  private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 1);

  /** Every committee has terms of reference: the README's example rule. */
  static final class CommitteesHaveTerms extends AbstractRule {
    CommitteesHaveTerms() {
      super("acme.committees-have-terms", "Every committee has terms of reference", Severity.WARNING,
          Basis.constitution("Acme ICB standing orders, section 4"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      return context.view().bodies().stream()
          .filter(body -> body.termsOfReference().isEmpty())
          .map(body -> finding(context.subject(body.id()), body.name() + " has no terms of reference.",
              List.of(body.id())))
          .toList();
    }
  }

  private static final RulePack ACME = RulePack.of("acme", "1.0", List.of(new CommitteesHaveTerms()));

  @Test
  void exampleshire_isTheBundledExample() {
    assertThat(SampleSystems.exampleshire().name()).hasValue("Exampleshire integrated care system (illustrative)");
  }

  @Test
  void check_runsOneRuleWithoutTheRunner() {
    List<Finding> findings = Rules.check(new CommitteesHaveTerms(), SampleSystems.exampleshire(), JUNE_2025);

    assertThat(findings).extracting(f -> f.subject().id()).contains("riverton-ft-clinical-services-committee");
    assertThat(findings).allSatisfy(f -> assertThat(f.subject().path()).startsWith("bodies["));
  }

  @Test
  void reportAssert_passesOnWhatTheRulesFound() {
    RuleReport report = Rules.run(ACME, SampleSystems.exampleshire(), JUNE_2025);

    ReportAssert.assertThat(report)
        .hasFinding("acme.committees-have-terms", "riverton-ft-clinical-services-committee", Severity.WARNING)
        .hasNoFinding("acme.committees-have-terms", "icb-finance-committee")
        .hasNoFindingOf("acme.something-else")
        .hasCount(Severity.ERROR, 0)
        .hasNoRuleErrors();
  }

  @Test
  void reportAssert_failsWithTheFindingsItHas() {
    RuleReport report = Rules.run(ACME, SampleSystems.riverside(), SampleSystems.DATE);

    assertThatThrownBy(() -> ReportAssert.assertThat(report).hasFinding("acme.committees-have-terms", "nhse"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected a finding of 'acme.committees-have-terms' about 'nhse'")
        .hasMessageContaining("warning acme.committees-have-terms about finance");
    assertThatThrownBy(() -> ReportAssert.assertThat(report).hasNoFindingOf("acme.committees-have-terms"))
        .hasMessageContaining("Finance & Performance Committee has no terms of reference.");
    assertThatThrownBy(() -> ReportAssert.assertThat(report).hasCount(Severity.WARNING, 0))
        .hasMessageContaining("expected 0 findings at warning");
  }
}
