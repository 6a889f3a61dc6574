package org.integratedcare.core.time;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
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
 * <p>Either end may be known only to the month or the year ({@link DatePrecision}): "from May 2023"
 * is {@code DateRange.parse("2023-05", null)}. Such a period is in force, for every question, from
 * the first day of that month or year to the last day of its end's month or year; it keeps the
 * precision, prints the ends as given ({@link #describeStart()}), and says on which days the
 * answer is uncertain ({@link #isUncertainOn(LocalDate)}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DateRange {
  private final LocalDate start;
  private final LocalDate end;
  private final DatePrecision startPrecision;
  private final DatePrecision endPrecision;

  private DateRange(LocalDate start, LocalDate end) {
    this(start, DatePrecision.DAY, end, DatePrecision.DAY);
  }

  private DateRange(LocalDate start, DatePrecision startPrecision, @Nullable LocalDate end,
      DatePrecision endPrecision) {
    this.start = Objects.requireNonNull(start, "start");
    this.end = end;
    this.startPrecision = Objects.requireNonNull(startPrecision, "startPrecision");
    this.endPrecision = end == null ? DatePrecision.DAY : Objects.requireNonNull(endPrecision, "endPrecision");
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
   * Parses {@code start} and an optional {@code end}, each an ISO date ({@code 2022-07-01}), a
   * month ({@code 2023-05}) or a year ({@code 2017}). A month or year start is in force from its
   * first day; a month or year end up to its last day.
   *
   * @param start the first day, month or year, not null
   * @param end the last day, month or year, or null for an open period
   * @return the period, keeping the precision of each end
   * @throws java.time.format.DateTimeParseException if either text is not a date, month or year
   *     in those forms
   * @throws IllegalArgumentException if the end is before the start
   */
  public static DateRange parse(String start, @Nullable String end) {
    DatePrecision sp = precisionOf(start);
    if (end == null) {
      return new DateRange(firstDay(start, sp), sp, null, DatePrecision.DAY);
    }
    DatePrecision ep = precisionOf(end);
    return new DateRange(firstDay(start, sp), sp, lastDay(end, ep), ep);
  }

  /**
   * The precision of a date written as {@code 2022-07-01}, {@code 2023-05} or {@code 2017}.
   *
   * @param text the date, not null
   * @return its precision
   * @throws DateTimeParseException if the text is in none of those forms
   */
  public static DatePrecision precisionOf(String text) {
    Objects.requireNonNull(text, "text");
    switch (text.length()) {
      case 10:
        return DatePrecision.DAY;
      case 7:
        return DatePrecision.MONTH;
      case 4:
        return DatePrecision.YEAR;
      default:
        throw new DateTimeParseException("not a date, month or year: " + text, text, 0);
    }
  }

  /**
   * The first day of a date, month or year written as {@code 2022-07-01}, {@code 2023-05} or
   * {@code 2017}.
   *
   * @param text the date, not null
   * @return the day itself, or the first day of the month or year
   * @throws DateTimeParseException if the text is in none of those forms
   */
  public static LocalDate firstDayOf(String text) {
    return firstDay(text, precisionOf(text));
  }

  /**
   * The last day of a date, month or year written as {@code 2022-07-01}, {@code 2023-05} or
   * {@code 2017}.
   *
   * @param text the date, not null
   * @return the day itself, or the last day of the month or year
   * @throws DateTimeParseException if the text is in none of those forms
   */
  public static LocalDate lastDayOf(String text) {
    return lastDay(text, precisionOf(text));
  }

  private static LocalDate firstDay(String text, DatePrecision p) {
    switch (p) {
      case YEAR:
        return LocalDate.of(year(text), 1, 1);
      case MONTH:
        return YearMonth.parse(text).atDay(1);
      default:
        return LocalDate.parse(text);
    }
  }

  private static LocalDate lastDay(String text, DatePrecision p) {
    switch (p) {
      case YEAR:
        return LocalDate.of(year(text), 12, 31);
      case MONTH:
        return YearMonth.parse(text).atEndOfMonth();
      default:
        return LocalDate.parse(text);
    }
  }

  private static int year(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        throw new DateTimeParseException("not a year: " + text, text, i);
      }
    }
    return Integer.parseInt(text);
  }

  /**
   * A copy of this period whose ends are known only to the given precisions; the start becomes
   * the first day of its month or year and the end the last day of its.
   *
   * @param startPrecision how precisely the start is known, not null
   * @param endPrecision how precisely the end is known (ignored for an open period), not null
   * @return the period
   */
  public DateRange withPrecision(DatePrecision startPrecision, DatePrecision endPrecision) {
    LocalDate s = firstDay(format(start, startPrecision), startPrecision);
    LocalDate e = end == null ? null : lastDay(format(end, endPrecision), endPrecision);
    return new DateRange(s, startPrecision, e, endPrecision);
  }

  /** The first day in force (the first day of its month or year if known only to that). */
  public LocalDate start() {
    return start;
  }

  /** The last day in force, or empty for an open period. */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /** How precisely the start is known. */
  public DatePrecision startPrecision() {
    return startPrecision;
  }

  /** How precisely the end is known; {@link DatePrecision#DAY} for an open period. */
  public DatePrecision endPrecision() {
    return endPrecision;
  }

  /** Whether either end is known only to the month or year. */
  public boolean isPartial() {
    return startPrecision != DatePrecision.DAY || endPrecision != DatePrecision.DAY;
  }

  /**
   * Whether the record cannot tell if the period is in force on {@code date}: the date falls in
   * the month or year of an end known only to that precision (other than its first day for a start
   * or its last day for an end, which are read as in force).
   *
   * @param date the date, not null
   * @return true if the answer for that date rests on reading a partial date as whole
   */
  public boolean isUncertainOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (startPrecision != DatePrecision.DAY && date.isAfter(start)
        && !date.isAfter(lastDay(format(start, startPrecision), startPrecision))) {
      return true;
    }
    return end != null && endPrecision != DatePrecision.DAY && date.isBefore(end)
        && !date.isBefore(firstDay(format(end, endPrecision), endPrecision));
  }

  /** The start as the source gave it: {@code 2023-05-04}, {@code 2023-05} or {@code 2017}. */
  public String startText() {
    return format(start, startPrecision);
  }

  /** The end as the source gave it, or empty for an open period. */
  public Optional<String> endText() {
    return end == null ? Optional.empty() : Optional.of(format(end, endPrecision));
  }

  /**
   * The start in words, at its precision: "4 May 2023", "May 2023" or "2017".
   *
   * @return the start as a reader would say it
   */
  public String describeStart() {
    return describe(start, startPrecision);
  }

  /**
   * The end in words, at its precision, or empty for an open period.
   *
   * @return the end as a reader would say it
   */
  public Optional<String> describeEnd() {
    return end == null ? Optional.empty() : Optional.of(describe(end, endPrecision));
  }

  /**
   * The period in words: "from May 2023", "from 1 July 2022 to 31 March 2026".
   *
   * @return the period as a reader would say it
   */
  public String describe() {
    return "from " + describeStart() + describeEnd().map(e -> " to " + e).orElse("");
  }

  private static String format(LocalDate date, DatePrecision p) {
    switch (p) {
      case YEAR:
        return String.format(Locale.ROOT, "%04d", date.getYear());
      case MONTH:
        return YearMonth.from(date).toString();
      default:
        return date.toString();
    }
  }

  private static String describe(LocalDate date, DatePrecision p) {
    String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
    switch (p) {
      case YEAR:
        return Integer.toString(date.getYear());
      case MONTH:
        return month + " " + date.getYear();
      default:
        return date.getDayOfMonth() + " " + month + " " + date.getYear();
    }
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
    return new DateRange(start, startPrecision, nextStart.minusDays(1), DatePrecision.DAY);
  }

  /**
   * A copy of this period with the given last day.
   *
   * @param newEnd the last day, or null to make the period open
   * @return the period
   * @throws IllegalArgumentException if {@code newEnd} is before the start
   */
  public DateRange withEnd(@Nullable LocalDate newEnd) {
    return new DateRange(start, startPrecision, newEnd, DatePrecision.DAY);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateRange p && start.equals(p.start) && Objects.equals(end, p.end)
        && startPrecision == p.startPrecision && endPrecision == p.endPrecision;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, startPrecision, endPrecision);
  }

  /**
   * The period as {@code 2022-07-01..2026-03-31}, or {@code 2022-07-01..} when open; ends known
   * only to the month or year as given ({@code 2023-05..}).
   */
  @Override
  public String toString() {
    return startText() + ".." + endText().orElse("");
  }
}
