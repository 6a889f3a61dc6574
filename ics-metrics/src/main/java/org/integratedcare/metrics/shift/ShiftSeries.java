package org.integratedcare.metrics.shift;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A series a user supplies for one shift: its kind, a name, the unit, which direction is the
 * shift, the observations and an optional target.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind which shift the series measures, not null
 * @param name the series' name, such as "Outcome-based share of payments"; not blank
 * @param unit the unit, such as "% of payments"; not blank
 * @param direction whether the shift means the value rising or falling, not null
 * @param observations the observations, at least one, in strictly increasing date order
 * @param target the target, if any
 */
public record ShiftSeries(
    ShiftKind kind,
    String name,
    String unit,
    Direction direction,
    List<Observation> observations,
    Optional<ShiftTarget> target) {

  /** Which way the value moves when the shift happens. */
  public enum Direction {
    /** The shift raises the value (for example the outcome-based share of payments). */
    INCREASE,
    /** The shift lowers the value (for example the acute share of spend). */
    DECREASE
  }

  /**
   * Checks and copies the series, reporting every problem at once.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the name or unit is blank, there are no observations, or
   *     the dates are not strictly increasing; the message names each offending observation
   */
  public ShiftSeries {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(target, "target");
    observations = List.copyOf(observations);
    List<String> problems = new ArrayList<>();
    if (name.isBlank()) {
      problems.add("name: must not be blank");
    }
    if (unit.isBlank()) {
      problems.add("unit: must not be blank");
    }
    if (observations.isEmpty()) {
      problems.add("observations: at least one observation is needed");
    }
    for (int i = 1; i < observations.size(); i++) {
      if (!observations.get(i).date().isAfter(observations.get(i - 1).date())) {
        problems.add("observations[" + i + "].date: " + observations.get(i).date()
            + " is not after the previous observation's date " + observations.get(i - 1).date());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "shift series '" + name + "' is not valid:\n  " + String.join("\n  ", problems));
    }
  }

  /**
   * A series without a target.
   *
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static ShiftSeries of(ShiftKind kind, String name, String unit, Direction direction,
      List<Observation> observations) {
    return new ShiftSeries(kind, name, unit, direction, observations, Optional.empty());
  }

  /** A copy of this series with the given target. */
  public ShiftSeries withTarget(ShiftTarget target) {
    return new ShiftSeries(kind, name, unit, direction, observations, Optional.of(target));
  }
}
