package org.integratedcare.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.integratedcare.core.IcsModel;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.Rule;
import org.integratedcare.governance.rules.RuleContext;
import org.integratedcare.governance.rules.RulePack;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;

/**
 * Runs rules in tests: one rule straight on a model, or a pack through the {@link RuleRunner} as a
 * service would run it.
 *
 * <pre>{@code
 * List<Finding> findings = Rules.check(new CommitteesHaveTerms(), SampleSystems.riverside(), SampleSystems.DATE);
 * RuleReport report = Rules.run(myPack, SampleSystems.exampleshire(), LocalDate.of(2025, 6, 1));
 * ReportAssert.assertThat(report).hasFinding("acme.committees-have-terms", "icb-finance-committee");
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class Rules {
  private Rules() {}

  /**
   * Checks one rule against a model as of a date, as the runner would, but without catching what
   * the rule throws: a failing rule fails the test.
   *
   * @param rule the rule, not null
   * @param model the model, not null
   * @param date the date, not null
   * @return the rule's findings, in the order it gave them
   * @throws NullPointerException if an argument is null
   */
  public static List<Finding> check(Rule rule, IcsModel model, LocalDate date) {
    Objects.requireNonNull(rule, "rule");
    return List.copyOf(rule.check(RuleContext.of(model, date)));
  }

  /**
   * Runs one pack through the rule runner: findings sorted, counted and checked as in a real run,
   * and a rule that throws reported as a rule error rather than thrown.
   *
   * @param pack the pack, not null
   * @param model the model, not null
   * @param date the date, not null
   * @return the report
   * @throws NullPointerException if an argument is null
   */
  public static RuleReport run(RulePack pack, IcsModel model, LocalDate date) {
    return RuleRunner.builder().addPack(Objects.requireNonNull(pack, "pack")).build().run(model, date);
  }
}
