package org.integratedcare.metrics.capacity;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * How much of a stage's capacity a maximum flow uses.
 *
 * <p>A maximum flow is not unique; the loads are those of the flow the algorithm found, so only
 * the stages in the {@linkplain CapacityAnalysis#bottleneck() bottleneck} are certain to be full
 * in every maximum flow.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stage the stage id
 * @param flow people per period passing through the stage
 * @param capacity the stage's capacity; empty if unlimited
 * @param utilisation flow divided by capacity; empty if unlimited or the capacity is zero
 */
public record StageLoad(String stage, long flow, OptionalLong capacity, OptionalDouble utilisation) {
  /**
   * Checks the load.
   *
   * @throws NullPointerException if any argument is null
   */
  public StageLoad {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(utilisation, "utilisation");
  }
}
