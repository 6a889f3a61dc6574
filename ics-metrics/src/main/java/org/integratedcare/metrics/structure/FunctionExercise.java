package org.integratedcare.metrics.structure;

import java.util.List;
import java.util.Objects;

/**
 * Where one function is exercised on the date, for {@link Subsidiarity}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param function the function's id
 * @param name the function's name
 * @param holder the id of the organisation holding it by law
 * @param points its exercise points
 */
public record FunctionExercise(String function, String name, String holder, List<ExercisePoint> points) {
  /**
   * Checks and copies the value.
   *
   * @throws NullPointerException if any argument is null
   */
  public FunctionExercise {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(holder, "holder");
    points = List.copyOf(points);
  }

  /** Whether at least one exercise point has a known level. */
  public boolean hasKnownLevel() {
    return points.stream().anyMatch(p -> p.level().isPresent());
  }

  /** Whether at least one exercise point is at place or neighbourhood level. */
  public boolean isExercisedLocally() {
    return points.stream().anyMatch(ExercisePoint::isLocal);
  }

  /** Whether every exercise point is at place or neighbourhood level. */
  public boolean isWhollyLocal() {
    return !points.isEmpty() && points.stream().allMatch(ExercisePoint::isLocal);
  }
}
