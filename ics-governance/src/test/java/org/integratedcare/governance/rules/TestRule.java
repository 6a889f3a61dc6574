package org.integratedcare.governance.rules;

import java.util.List;
import java.util.function.BiFunction;

/** A rule made from a function, for testing the engine. */
final class TestRule implements Rule {
  private final String id;
  private final Severity severity;
  private final BiFunction<Rule, RuleContext, List<Finding>> body;

  TestRule(String id, Severity severity, BiFunction<Rule, RuleContext, List<Finding>> body) {
    this.id = id;
    this.severity = severity;
    this.body = body;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return "Test rule " + id;
  }

  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  @Override
  public Basis basis() {
    return Basis.constitution("Test constitution, para 1");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    return body.apply(this, context);
  }

  /** A rule with one finding per organisation whose id starts with the prefix. */
  static TestRule perOrganisation(String id, Severity severity, String prefix) {
    return new TestRule(id, severity, (rule, ctx) -> ctx.view().organisations().stream()
        .filter(o -> o.id().startsWith(prefix))
        .map(o -> Finding.of(rule, ctx.subject(o.id()), "Organisation " + o.name() + " is flagged.", o.id()))
        .toList());
  }
}
