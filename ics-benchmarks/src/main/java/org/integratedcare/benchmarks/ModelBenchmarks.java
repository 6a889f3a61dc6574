package org.integratedcare.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Identified;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.function.Delegation;
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
 * Cost of building (integrity check and indexing) a model and of its indexed lookups, at 42 systems
 * (England 2022-26) and 420 (ten times that, to show how the cost grows).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ModelBenchmarks {
  /** How many synthetic systems the model holds. */
  @Param({"42", "420"})
  public int systems;

  private IcsModel.Builder builder;
  private IcsModel model;
  private int probe;

  /** Prepares the records and one built model. */
  @Setup
  public void setUp() {
    builder = SyntheticSystems.builder(systems);
    model = builder.build();
  }

  /** Integrity check and indexing of the whole model. */
  @Benchmark
  public IcsModel build() {
    return builder.build();
  }

  /** One lookup by id. */
  @Benchmark
  public Identified findById() {
    probe = (probe + 1) % systems;
    return model.find("icb-" + probe + "-board").orElseThrow();
  }

  /** The delegations in force from one board on a date, through the as-of view. */
  @Benchmark
  public List<Delegation> delegationsFromBoardOnDate() {
    probe = (probe + 1) % systems;
    ModelView view = model.on(LocalDate.of(2025, 6, 1));
    return view.delegationsFrom("icb-" + probe + "-board");
  }
}
