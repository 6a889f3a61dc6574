package org.integratedcare.metrics.shift;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A shift indicator on a date: level, trend, distance to target and whether the series is on
 * track.
 *
 * <p><b>Definitions.</b> Only observations dated on or before {@code asOf} are used.
 * <ul>
 *   <li><b>Level</b>: the latest observation's value.
 *   <li><b>Trend</b>: the ordinary least-squares slope of value against time, time measured in
 *       years of 365.2425 days; needs at least two observations.
 *   <li><b>Distance to target</b>: how far the level still has to move in the shift's direction:
 *       {@code target − level} for a rising shift, {@code level − target} for a falling one.
 *       Positive means still to go; zero or negative means met.
 *   <li><b>Projection</b>: the level moved on at the trend from the latest observation's date to
 *       the target date: {@code level + trend × years(latest date, target date)}.
 *   <li><b>Status</b>: {@link Status#MET} if the level already meets the target; otherwise
 *       {@link Status#OFF_TRACK} if the target date is before the indicator's date; otherwise
 *       {@link Status#ON_TRACK} if the projection meets the target and the target date is not
 *       before the latest observation, {@link Status#OFF_TRACK} if not; {@link
 *       Status#INSUFFICIENT_DATA} when a target is unmet and there are fewer than two
 *       observations to give a trend; {@link Status#NO_TARGET} and {@link Status#NO_DATA} as
 *       named.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind the shift
 * @param name the series' name
 * @param unit the series' unit
 * @param asOf the date of the indicator
 * @param observationsUsed how many observations were on or before {@code asOf}
 * @param level the latest value; empty if none
 * @param levelDate the latest observation's date; empty if none
 * @param trendPerYear the least-squares slope per year; empty with fewer than two observations
 * @param target the target, if any
 * @param distanceToTarget still to go in the shift's direction; empty without a target or level
 * @param projectedAtTargetDate the projection at the target date; empty without a target or trend
 * @param status the status
 * @param explanation the indicator in words
 */
public record ShiftIndicator(
    ShiftKind kind,
    String name,
    String unit,
    LocalDate asOf,
    int observationsUsed,
    OptionalDouble level,
    Optional<LocalDate> levelDate,
    OptionalDouble trendPerYear,
    Optional<ShiftTarget> target,
    OptionalDouble distanceToTarget,
    OptionalDouble projectedAtTargetDate,
    Status status,
    String explanation) {

  /** Days in a mean Gregorian year, the unit of the trend. */
  public static final double DAYS_PER_YEAR = 365.2425;

  /** Whether the series is on track for its target. */
  public enum Status {
    /** The latest level already meets the target. */
    MET,
    /** At the current trend the level reaches the target by its date. */
    ON_TRACK,
    /** At the current trend the level does not reach the target by its date. */
    OFF_TRACK,
    /** A target is set and unmet, but there are fewer than two observations to give a trend. */
    INSUFFICIENT_DATA,
    /** No target is set. */
    NO_TARGET,
    /** No observation is on or before the date. */
    NO_DATA
  }

  /**
   * Checks the indicator.
   *
   * @throws NullPointerException if any reference argument is null
   */
  public ShiftIndicator {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(levelDate, "levelDate");
    Objects.requireNonNull(trendPerYear, "trendPerYear");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(distanceToTarget, "distanceToTarget");
    Objects.requireNonNull(projectedAtTargetDate, "projectedAtTargetDate");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * Evaluates a series on a date.
   *
   * @param series the series, not null
   * @param asOf the date, not null
   * @return the indicator
   */
  public static ShiftIndicator evaluate(ShiftSeries series, LocalDate asOf) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(asOf, "asOf");
    List<Observation> used = series.observations().stream().filter(o -> !o.date().isAfter(asOf)).toList();
    Optional<ShiftTarget> target = series.target();
    if (used.isEmpty()) {
      return new ShiftIndicator(series.kind(), series.name(), series.unit(), asOf, 0, OptionalDouble.empty(),
          Optional.empty(), OptionalDouble.empty(), target, OptionalDouble.empty(), OptionalDouble.empty(),
          Status.NO_DATA, "'" + series.name() + "' has no observation on or before " + asOf + ".");
    }
    Observation latest = used.get(used.size() - 1);
    double level = latest.value();
    OptionalDouble trend = used.size() >= 2 ? OptionalDouble.of(slopePerYear(used)) : OptionalDouble.empty();
    String head = "'" + series.name() + "' is " + fmt(level) + " " + series.unit() + " on " + latest.date()
        + (trend.isPresent() ? ", trend " + signed(trend.getAsDouble()) + " per year" : "");
    if (target.isEmpty()) {
      return new ShiftIndicator(series.kind(), series.name(), series.unit(), asOf, used.size(), OptionalDouble.of(level),
          Optional.of(latest.date()), trend, target, OptionalDouble.empty(), OptionalDouble.empty(),
          Status.NO_TARGET, head + "; no target is set.");
    }
    ShiftTarget t = target.get();
    double sign = series.direction() == ShiftSeries.Direction.INCREASE ? 1 : -1;
    double distance = sign * (t.value() - level);
    OptionalDouble projected = OptionalDouble.empty();
    Status status;
    String tail;
    if (distance <= 0) {
      status = Status.MET;
      tail = "; the target of " + fmt(t.value()) + " by " + t.by() + " is met.";
    } else if (t.by().isBefore(asOf)) {
      status = Status.OFF_TRACK;
      tail = "; " + fmt(distance) + " short of " + fmt(t.value()) + ", and the target date " + t.by()
          + " has passed: off track.";
    } else if (trend.isEmpty()) {
      status = Status.INSUFFICIENT_DATA;
      tail = "; " + fmt(distance) + " to go to reach " + fmt(t.value()) + " by " + t.by()
          + ", and one observation gives no trend.";
    } else {
      double years = ChronoUnit.DAYS.between(latest.date(), t.by()) / DAYS_PER_YEAR;
      double p = level + trend.getAsDouble() * years;
      projected = OptionalDouble.of(p);
      boolean reaches = years >= 0 && sign * (t.value() - p) <= 0;
      status = reaches ? Status.ON_TRACK : Status.OFF_TRACK;
      tail = "; " + fmt(distance) + " to go to reach " + fmt(t.value()) + " by " + t.by()
          + (years < 0 ? "; the target date has passed: off track."
              : "; at the current trend it would be " + fmt(p) + " then: " + (reaches ? "on track." : "off track."));
    }
    return new ShiftIndicator(series.kind(), series.name(), series.unit(), asOf, used.size(), OptionalDouble.of(level),
        Optional.of(latest.date()), trend, target, OptionalDouble.of(distance), projected, status, head + tail);
  }

  /** The least-squares slope of value against time in years; needs at least two distinct dates. */
  static double slopePerYear(List<Observation> observations) {
    LocalDate origin = observations.get(0).date();
    int n = observations.size();
    double meanX = 0;
    double meanY = 0;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = ChronoUnit.DAYS.between(origin, observations.get(i).date()) / DAYS_PER_YEAR;
      meanX += x[i];
      meanY += observations.get(i).value();
    }
    meanX /= n;
    meanY /= n;
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - meanX;
      sxy += dx * (observations.get(i).value() - meanY);
      sxx += dx * dx;
    }
    return sxy / sxx;
  }

  private static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, "%.4g", v);
  }

  private static String signed(double v) {
    return (v >= 0 ? "+" : "") + fmt(v);
  }
}
