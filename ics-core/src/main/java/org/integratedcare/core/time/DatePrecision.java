package org.integratedcare.core.time;

import java.util.Locale;

/**
 * How precisely a source gives a date: the day, only the month, or only the year.
 *
 * <p>Public documents often say "formed in 2017" or "from May 2023". A period recorded at that
 * precision keeps it, and answers print the date as the source gave it. For the question "in force
 * on this day?" a start known only to the month or year is read as the first day of that month or
 * year and an end as the last day; {@link DateRange#isUncertainOn(java.time.LocalDate)} says when a
 * day falls within such a window, where the true answer cannot be told from the record.
 */
public enum DatePrecision {
  /** A whole date, such as 2023-05-04. */
  DAY,
  /** A month of a year, such as 2023-05 (May 2023). */
  MONTH,
  /** A year, such as 2017. */
  YEAR;

  /** The name used in files and JSON, such as {@code "month"}. */
  public String typeName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
