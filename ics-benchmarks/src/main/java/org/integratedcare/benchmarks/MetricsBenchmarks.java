package org.integratedcare.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.integratedcare.core.IcsModel;
import org.integratedcare.metrics.structure.PartnershipNetwork;
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

/** Cost of the structural measures on synthetic national models, and of the network measure alone. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MetricsBenchmarks {
  private static final LocalDate DATE = LocalDate.of(2025, 6, 1);

  /** How many synthetic systems the model holds. */
  @Param({"42", "420"})
  public int systems;

  private IcsModel model;

  /** Builds the model once. */
  @Setup
  public void setUp() {
    model = SyntheticSystems.model(systems);
  }

  /** All six structural measures. */
  @Benchmark
  public StructuralMeasures structuralMeasures() {
    return StructuralMeasures.of(model, DATE);
  }

  /** The partnership network with Brandes betweenness: O(V·E) over organisations and forums. */
  @Benchmark
  public PartnershipNetwork partnershipNetwork() {
    return PartnershipNetwork.of(model.on(DATE));
  }
}
