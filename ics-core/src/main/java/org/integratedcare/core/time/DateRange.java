package org.integratedcare.core.time;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days on which something is in force: a first day and an optional last day, both inclusive.
 *
 * <p>An open period ({@linkplain #end() no last day}) has not been ended. The last day is
 * inclusive because that is how abolitions are recorded: the 42 integrated care boards of 2022 were
 * in force up to and including 31 March 2026, and their successors from 1 April 2026. Use {@link
 * #endingBefore(LocalDate)} when a source gives the first day of the next state instead.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DateRange {
  private final LocalDate start;
  private final LocalDate end;

  private DateRange(LocalDate start, LocalDate end) {
    this.start = Objects.requireNonNull(start, "start");
    this.end = end;
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException(
          "period ends (" + end + ") before it starts (" + start + ")");
    }
  }

  /**
   * A period from {@code start} with no end.
   *
   * @param start the first day in force, not null
   * @return the open period
   * @throws NullPointerException if {@code start} is null
   */
  public static DateRange from(LocalDate start) {
    return new DateRange(start, null);
  }

  /**
   * A period from {@code start} to {@code end}, both inclusive.
   *
   * @param start the first day in force, not null
   * @param end the last day in force, or null for an open period
   * @return the period
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   * @throws NullPointerException if {@code start} is null
   */
  public static DateRange of(LocalDate start, @Nullable LocalDate end) {
    return new DateRange(start, end);
  }

  /**
   * Parses {@code start} and an optional {@code end} as ISO dates ({@code 2022-07-01}).
   *
   * @param start the first day, not null
   * @param end the last day, or null for an open period
   * @return the period
   * @throws java.time.format.DateTimeParseException if either text is not an ISO date
   * @throws IllegalArgumentException if the end is before the start
   */
  public static DateRange parse(String start, @Nullable String end) {
    return new DateRange(LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
  }

  /** The first day in force. */
  public LocalDate start() {
    return start;
  }

  /** The last day in force, or empty for an open period. */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /** Whether the period has no last day. */
  public boolean isOpen() {
    return end == null;
  }

  /**
   * Whether {@code date} falls within this period (both ends inclusive).
   *
   * @param date the date, not null
   * @return true if in force on that date
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start) && (end == null || !date.isAfter(end));
  }

  /**
   * Whether this period and {@code other} share at least one day.
   *
   * @param other the other period, not null
   * @return true if they overlap
   */
  public boolean overlaps(DateRange other) {
    Objects.requireNonNull(other, "other");
    boolean otherStartsAfterThisEnds = end != null && other.start.isAfter(end);
    boolean thisStartsAfterOtherEnds = other.end != null && start.isAfter(other.end);
    return !otherStartsAfterThisEnds && !thisStartsAfterOtherEnds;
  }

  /**
   * Whether every day of {@code other} is within this period.
   *
   * @param other the other period, not null
   * @return true if this period covers the other
   */
  public boolean encloses(DateRange other) {
    Objects.requireNonNull(other, "other");
    if (other.start.isBefore(start)) {
      return false;
    }
    if (end == null) {
      return true;
    }
    return other.end != null && !other.end.isAfter(end);
  }

  /**
   * A copy of this period whose last day is the day before {@code nextStart}.
   *
   * @param nextStart the first day of whatever follows, not null
   * @return the ended period
   * @throws IllegalArgumentException if that day is before this period's start
   */
  public DateRange endingBefore(LocalDate nextStart) {
    return new DateRange(start, nextStart.minusDays(1));
  }

  /**
   * A copy of this period with the given last day.
   *
   * @param newEnd the last day, or null to make the period open
   * @return the period
   * @throws IllegalArgumentException if {@code newEnd} is before the start
   */
  public DateRange withEnd(@Nullable LocalDate newEnd) {
    return new DateRange(start, newEnd);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateRange p && start.equals(p.start) && Objects.equals(end, p.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /** The period as {@code 2022-07-01..2026-03-31}, or {@code 2022-07-01..} when open. */
  @Override
  public String toString() {
    return start + ".." + (end == null ? "" : end.toString());
  }
}
