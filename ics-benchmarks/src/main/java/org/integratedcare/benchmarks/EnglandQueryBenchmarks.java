package org.integratedcare.benchmarks;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.integratedcare.core.IcsModel;
import org.integratedcare.governance.accountability.Accountability;
import org.integratedcare.governance.accountability.AccountabilityReport;
import org.integratedcare.governance.authority.AuthorityAnswer;
import org.integratedcare.governance.authority.AuthorityQuery;
import org.integratedcare.governance.authority.DecisionAuthority;
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
 * Latency of the two questions a service answers inside a web request, on the {@link EnglandScale
 * England-scale model}, over a realistic mix, as a distribution (median, p99: JMH's sample mode):
 *
 * <ul>
 *   <li>{@code decide}: a place committee on its ICB's community function (binding within its
 *       limit), a committee officer on the committee's function, an ICB's primary care committee on
 *       NHS England's delegated primary medical services, and a place committee over its limit;
 *   <li>{@code chains}: every accountability chain of a place committee, a committee officer's
 *       post and a GP practice.
 * </ul>
 *
 * Run with {@code -prof gc} for the allocation per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
public class EnglandQueryBenchmarks {
  private static final LocalDate DATE = LocalDate.of(2025, 6, 1);

  /** How many Englands the model holds. */
  @Param({"1", "10"})
  public int scale;

  private int icbs;
  private DecisionAuthority authority;
  private Accountability accountability;
  private final SplittableRandom random = new SplittableRandom(20261203);

  /** Builds the model and the indexes once, as a service would. */
  @Setup
  public void setUp() {
    IcsModel model = EnglandScale.model(scale);
    icbs = 42 * scale;
    authority = DecisionAuthority.of(model);
    accountability = Accountability.of(model);
  }

  /** One question of the mix. */
  @Benchmark
  public AuthorityAnswer decide() {
    String icb = "icb-" + random.nextInt(icbs);
    return switch (random.nextInt(4)) {
      case 0 -> authority.decide(AuthorityQuery.of(icb + "-place-1-committee", icb + "-community", DATE, icb)
          .withAmount(java.math.BigDecimal.valueOf(1_500_000)));
      case 1 -> authority.decide(AuthorityQuery.of(icb + "-finance-post-2", icb + "-acute", DATE, icb));
      case 2 -> authority.decide(AuthorityQuery.of(icb + "-primary-care", "nhse-primary-medical", DATE, "nhse"));
      default -> authority.decide(AuthorityQuery.of(icb + "-place-0-committee", icb + "-community", DATE, icb)
          .withAmount(java.math.BigDecimal.valueOf(7_000_000)));
    };
  }

  /** One walk of the mix. */
  @Benchmark
  public AccountabilityReport chains() {
    String icb = "icb-" + random.nextInt(icbs);
    return switch (random.nextInt(3)) {
      case 0 -> accountability.chains(icb + "-place-1-committee", DATE);
      case 1 -> accountability.chains(icb + "-finance-post-2", DATE);
      default -> accountability.chains(icb + "-pcn-3-practice-2", DATE);
    };
  }
}
