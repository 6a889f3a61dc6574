package org.integratedcare.metrics.shift;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a series on a date, such as the share of spend on community services in the year
 * ending 31 March 2026.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the date the value refers to, not null
 * @param value the value; finite
 */
public record Observation(LocalDate date, double value) {
  /**
   * Checks the observation.
   *
   * @throws NullPointerException if the date is null
   * @throws IllegalArgumentException if the value is not finite
   */
  public Observation {
    Objects.requireNonNull(date, "date");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("observation on " + date + " must be a finite number, was " + value);
    }
  }

  /** An observation. */
  public static Observation of(LocalDate date, double value) {
    return new Observation(date, value);
  }
}
