package org.integratedcare.governance.reform;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.integratedcare.core.IcsModel;
import org.integratedcare.governance.diff.ModelDiff;
import org.integratedcare.governance.internal.Names;
import org.integratedcare.governance.internal.Standing;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.RulePacks;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;
import org.integratedcare.governance.rules.Suppression;

/**
 * What a reform would change in a system's arrangements on a date: the {@link ModelDiff} of the
 * model as recorded and the model with the {@link ReformScenario} applied, both read on the same
 * date, with what each change of the scenario did. Findings of a rule whose requirement the reform
 * removes are listed as cleared, with the change and its source as the reason.
 *
 * <pre>{@code
 * WhatIf w = WhatIf.of(model, scenario, LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 1));
 * w.applied().applied().forEach(c -> System.out.println(c.sentence()));
 * w.diff().authority().forEach(a -> System.out.println(a.sentence()));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WhatIf {
  private final ReformScenario scenario;
  private final ReformScenario.Applied applied;
  private final LocalDate date;
  private final ModelDiff diff;

  private WhatIf(ReformScenario scenario, ReformScenario.Applied applied, LocalDate date, ModelDiff diff) {
    this.scenario = scenario;
    this.applied = applied;
    this.date = date;
    this.diff = diff;
  }

  /**
   * What the scenario, taking effect on {@code effective}, would change on {@code date}, with the
   * findings of every rule pack on the class path.
   *
   * @param model the model as recorded, not null
   * @param scenario the reform, not null
   * @param effective the first day the reform has effect, not null
   * @param date the date both versions are read on, not null
   * @return the what-if
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link ReformScenario#apply(IcsModel, LocalDate)}
   */
  public static WhatIf of(IcsModel model, ReformScenario scenario, LocalDate effective, LocalDate date) {
    return of(model, scenario, effective, date, RuleRunner.builder().addPacks(RulePacks.discover()).build());
  }

  /**
   * As {@link #of(IcsModel, ReformScenario, LocalDate, LocalDate)}, with the findings of the given rules.
   *
   * @param model the model as recorded, not null
   * @param scenario the reform, not null
   * @param effective the first day the reform has effect, not null
   * @param date the date both versions are read on, not null
   * @param rules the rules, not null
   * @return the what-if
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link ReformScenario#apply(IcsModel, LocalDate)}
   */
  public static WhatIf of(IcsModel model, ReformScenario scenario, LocalDate effective, LocalDate date,
      RuleRunner rules) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(effective, "effective");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(rules, "rules");
    ReformScenario.Applied applied = scenario.apply(model, effective);
    RuleRunner after = rules;
    if (!applied.droppedRules().isEmpty() && !date.isBefore(effective)) {
      RuleReport found = rules.run(applied.model(), date);
      RuleRunner.Builder b = rules.toBuilder();
      for (Finding f : found.activeFindings()) {
        ReformChange c = applied.droppedRules().get(f.ruleId());
        if (c != null) {
          b.suppress(Suppression.of(f.ruleId(), f.subject().id(), c.description() + " from "
              + Names.date(effective) + ": " + c.source().document()
              + c.source().status().map(s -> " (" + Standing.words(s) + ")").orElse("")));
        }
      }
      after = b.build();
    }
    ModelDiff diff = ModelDiff.between(model, date, applied.model(), date, rules, after);
    return new WhatIf(scenario, applied, date, diff);
  }

  /** The reform. */
  public ReformScenario scenario() {
    return scenario;
  }

  /** The model with the reform applied, and what each change did. */
  public ReformScenario.Applied applied() {
    return applied;
  }

  /** The first day the reform has effect. */
  public LocalDate effective() {
    return applied.effective();
  }

  /** The date both versions are read on. */
  public LocalDate date() {
    return date;
  }

  /** The changes from the model as recorded to the model with the reform, on {@link #date()}. */
  public ModelDiff diff() {
    return diff;
  }

  @Override
  public String toString() {
    return "WhatIf[" + scenario.id() + " effective " + effective() + " on " + date + ": " + diff + "]";
  }
}
