package org.integratedcare.metrics.capacity;

import java.util.Objects;

/**
 * One element of a pathway's binding bottleneck (a minimum cut): a stage's capacity, a transfer's
 * limit or the demand arriving at an entry stage.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what limits flow
 * @param subject the stage id, or {@code "from -> to"} for a transfer
 * @param capacity the limit, in people per period
 */
public record Constraint(Kind kind, String subject, long capacity) {
  /** What limits flow. */
  public enum Kind {
    /** A stage's capacity. */
    STAGE,
    /** A transfer's own limit. */
    TRANSFER,
    /** The demand arriving at an entry stage: the pathway could take more than arrives. */
    DEMAND
  }

  /**
   * Checks the constraint.
   *
   * @throws NullPointerException if {@code kind} or {@code subject} is null
   */
  public Constraint {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
  }
}
