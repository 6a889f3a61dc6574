package org.integratedcare.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A value that holds for a period: an organisation's name, kind or code, a person's employment.
 *
 * <p>An identity keeps its id while its dated attributes change: an organisation renamed, or given
 * a new role, stays the same organisation (as ODS records names and roles by date).
 *
 * <p>This class is immutable and thread-safe if the value is.
 *
 * @param <T> the type of the value
 */
public final class Dated<T> {
  private final T value;
  private final DateRange period;

  private Dated(T value, DateRange period) {
    this.value = Objects.requireNonNull(value, "value");
    this.period = Objects.requireNonNull(period, "period");
  }

  /**
   * A value holding for a period.
   *
   * @param value the value, not null
   * @param period when it holds, not null
   * @param <T> the value's type
   * @return the dated value
   * @throws NullPointerException if either argument is null
   */
  public static <T> Dated<T> of(T value, DateRange period) {
    return new Dated<>(value, period);
  }

  /** The value. */
  public T value() {
    return value;
  }

  /** When the value holds. */
  public DateRange period() {
    return period;
  }

  /** Whether the value holds on {@code date}. */
  public boolean holdsOn(LocalDate date) {
    return period.contains(date);
  }

  /**
   * The value that holds on {@code date} in a list of dated values whose periods do not overlap.
   *
   * @param values the dated values, not null
   * @param date the date, not null
   * @param <T> the value type
   * @return the value holding on that date, or empty if none does
   */
  public static <T> Optional<T> on(List<Dated<T>> values, LocalDate date) {
    for (Dated<T> d : values) {
      if (d.holdsOn(date)) {
        return Optional.of(d.value);
      }
    }
    return Optional.empty();
  }

  /**
   * The value with the latest start in a list of dated values.
   *
   * @param values the dated values, not null
   * @param <T> the value type
   * @return the latest value, or empty if the list is empty
   */
  public static <T> Optional<T> latest(List<Dated<T>> values) {
    Dated<T> latest = null;
    for (Dated<T> d : values) {
      // the first of equal starts wins, as Stream.max does
      if (latest == null || d.period.start().isAfter(latest.period.start())) {
        latest = d;
      }
    }
    return latest == null ? Optional.empty() : Optional.of(latest.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dated<?> d && value.equals(d.value) && period.equals(d.period);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, period);
  }

  /** The value and its period, as {@code QHG@2022-07-01..}. */
  @Override
  public String toString() {
    return value + "@" + period;
  }
}
