package org.integratedcare.governance.rules;

import java.util.List;

/**
 * One governance rule: a pure function from a model as of a date to findings.
 *
 * <p>A rule has a stable {@linkplain #id() id} (lower-case words separated by dots and hyphens,
 * such as {@code england.statutory.icb-board-partner-members}) that reports, suppressions and
 * severity overrides refer to, so it must not change between versions. Its {@linkplain #basis()
 * basis} says what it rests on.
 *
 * <p>A rule must not throw for a bad arrangement: a bad arrangement is what findings are for. It
 * must not keep state between calls, read the wall clock or write to standard output; the same
 * context must give the same findings. If a rule does throw, the {@link RuleRunner} reports a
 * {@link RuleError} for it and runs the others. Implementations should be immutable and
 * thread-safe, and should index what they need once and cost time linear in what they touch.
 *
 * <p>To add rules of your own, implement this interface, group your rules in a {@link RulePack},
 * and either pass the pack to {@link RuleRunner.Builder#addPack(RulePack)} or declare it as a
 * service so {@link RulePacks#discover()} finds it (see {@link RulePack}).
 */
public interface Rule {

  /** The stable id; lower-case letters and digits in words joined by dots and hyphens. */
  String id();

  /** A short title, such as "ICB board has partner members of each kind". */
  String title();

  /** The severity of the rule's findings unless the runner is told otherwise. */
  Severity defaultSeverity();

  /** What the rule rests on. */
  Basis basis();

  /**
   * Checks the model as of the context's date.
   *
   * @param context the model, the date and the view of what is in force, not null
   * @return the findings, possibly empty, never null; make them with {@link Finding#of(Rule,
   *     Subject, String, java.util.Collection)} so they carry this rule's id
   */
  List<Finding> check(RuleContext context);
}
