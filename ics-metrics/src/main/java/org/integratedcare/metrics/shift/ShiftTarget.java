package org.integratedcare.metrics.shift;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A target for a series: the value to reach by a date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the value to reach; finite
 * @param by the date by which to reach it, not null
 */
public record ShiftTarget(double value, LocalDate by) {
  /**
   * Checks the target.
   *
   * @throws NullPointerException if the date is null
   * @throws IllegalArgumentException if the value is not finite
   */
  public ShiftTarget {
    Objects.requireNonNull(by, "by");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("target must be a finite number, was " + value);
    }
  }

  /** A target. */
  public static ShiftTarget of(double value, LocalDate by) {
    return new ShiftTarget(value, by);
  }
}
