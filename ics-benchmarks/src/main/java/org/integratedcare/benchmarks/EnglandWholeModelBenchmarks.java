package org.integratedcare.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Identified;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.meeting.Meeting;
import org.integratedcare.governance.authority.DecisionAuthority;
import org.integratedcare.governance.rules.RulePacks;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;
import org.integratedcare.metrics.structure.StructuralMeasures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Work over the whole {@link EnglandScale England-scale model}, against a floor: one linear pass
 * that resolves every reference of every record (what any whole-model check must at least do),
 * then every built-in rule pack, the structural measures, and indexing for authority questions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
public class EnglandWholeModelBenchmarks {
  private static final LocalDate DATE = LocalDate.of(2025, 6, 1);

  /** How many Englands the model holds. */
  @Param({"1", "10"})
  public int scale;

  private IcsModel model;
  private RuleRunner runner;

  /** Builds the model once. */
  @Setup
  public void setUp() {
    model = EnglandScale.model(scale);
    runner = RuleRunner.builder().addPacks(RulePacks.discover()).build();
  }

  /** Floor: one pass resolving every reference by id. */
  @Benchmark
  public int referencePassFloor() {
    int found = 0;
    for (Body b : model.bodies()) {
      found += resolve(b.organisations()) + (b.parent().isPresent() ? resolve(List.of(b.parent().get())) : 0);
    }
    for (Post p : model.posts()) {
      found += resolve(List.of(p.body()));
    }
    for (Appointment a : model.appointments()) {
      found += resolve(List.of(a.post(), a.person()));
    }
    for (StatutoryFunction f : model.functions()) {
      found += resolve(List.of(f.holder()));
    }
    for (Delegation d : model.delegations()) {
      found += resolve(List.of(d.delegator(), d.delegate())) + resolve(d.functions());
    }
    for (AccountabilityLink l : model.accountabilityLinks()) {
      found += resolve(List.of(l.giver(), l.holder()));
    }
    for (Meeting m : model.meetings()) {
      found += resolve(List.of(m.body()));
    }
    return found;
  }

  private int resolve(java.util.Collection<String> ids) {
    int n = 0;
    for (String id : ids) {
      java.util.Optional<Identified> r = model.find(id);
      if (r.isPresent() && (!(r.get() instanceof org.integratedcare.core.ModelElement e) || e.inForceOn(DATE))) {
        n++;
      }
    }
    return n;
  }

  /** Every built-in England rule pack. */
  @Benchmark
  public RuleReport allRules() {
    return runner.run(model, DATE);
  }

  /** The six structural measures, partnership network included. */
  @Benchmark
  public StructuralMeasures structuralMeasures() {
    return StructuralMeasures.of(model, DATE);
  }

  /** Indexing the model for authority questions. */
  @Benchmark
  public DecisionAuthority authorityIndex() {
    return DecisionAuthority.of(model);
  }
}
