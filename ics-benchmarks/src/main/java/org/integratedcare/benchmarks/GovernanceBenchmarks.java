package org.integratedcare.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.integratedcare.core.IcsModel;
import org.integratedcare.governance.accountability.Accountability;
import org.integratedcare.governance.accountability.AccountabilityReport;
import org.integratedcare.governance.authority.AuthorityQuery;
import org.integratedcare.governance.authority.DecisionAuthority;
import org.integratedcare.governance.authority.Verdict;
import org.integratedcare.governance.rules.RulePacks;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;
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
 * Cost of the governance questions on synthetic national models: one decision-authority query,
 * one accountability walk, and a whole run of the built-in rule packs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GovernanceBenchmarks {
  private static final LocalDate DATE = LocalDate.of(2025, 6, 1);

  /** How many synthetic systems the model holds. */
  @Param({"42", "420"})
  public int systems;

  private IcsModel model;
  private DecisionAuthority authority;
  private Accountability accountability;
  private RuleRunner runner;
  private int probe;

  /** Builds the model and the indexes once, as a service would. */
  @Setup
  public void setUp() {
    model = SyntheticSystems.model(systems);
    authority = DecisionAuthority.of(model);
    accountability = Accountability.of(model);
    runner = RuleRunner.builder().addPacks(RulePacks.discover()).build();
  }

  /** May a place committee take a decision on its ICB's function that binds the ICB? */
  @Benchmark
  public Verdict decide() {
    probe = (probe + 1) % systems;
    String icb = "icb-" + probe;
    return authority.decide(AuthorityQuery.of(icb + "-place-2-committee", icb + "-fn", DATE, icb)).verdicts().get(0);
  }

  /** Every accountability chain from a place committee up to Parliament. */
  @Benchmark
  public AccountabilityReport chains() {
    probe = (probe + 1) % systems;
    return accountability.chains("icb-" + probe + "-place-2-committee", DATE);
  }

  /** Indexing a model for authority queries. */
  @Benchmark
  public DecisionAuthority indexAuthority() {
    return DecisionAuthority.of(model);
  }

  /** All built-in England rule packs over the whole model. */
  @Benchmark
  public RuleReport runAllRules() {
    return runner.run(model, DATE);
  }
}
