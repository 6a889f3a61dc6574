package org.integratedcare.metrics.structure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.structure.Level;

/**
 * Subsidiarity: the share of functions exercised at place or neighbourhood rather than at system
 * level or above (NHS England's interim ICB guidance asks that decisions sit as close to
 * communities as possible: NHS England and NHS Improvement, <i>Interim guidance on the functions and
 * governance of the ICB</i>, August 2021).
 *
 * <p><b>Definition.</b> For each function in force on the date:
 * <ol>
 *   <li>Its <b>exercise points</b> are the delegates of its delegations in force (other than
 *       contracts, which pass delivery, not the function) that do not delegate it onward in force.
 *       If it has no such delegation, its only exercise point is its holder. So a function the ICB
 *       board delegates to a committee, which delegates it to three place committees, is exercised
 *       at the three place committees.
 *   <li>The <b>level</b> of an exercise point is, for a post, its body's level; for a body, its
 *       recorded {@link org.integratedcare.core.body.Body#level() level}, else place if it serves a
 *       {@link org.integratedcare.core.body.Body#place() place}, else its parent body's level; for an
 *       organisation, the level its kind fixes: NHS England and the Secretary of State national,
 *       an NHS England region regional, an ICB system (an ICB's area is the system: The King's
 *       Fund, <i>Integrated care systems explained</i>), a primary care network neighbourhood;
 *       otherwise unknown.
 *   <li>A function is <b>exercised locally</b> if at least one exercise point is at place or
 *       neighbourhood level, and <b>wholly local</b> if all are.
 * </ol>
 * The <b>share</b> is the number of functions exercised locally divided by the number with at
 * least one exercise point of known level; functions whose level is unknown are counted
 * separately and left out of the share rather than guessed.
 *
 * <p>Cost: one pass over the functions in force, each touching only its own delegations.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param functionsInForce the number of functions in force
 * @param functionsWithKnownLevel those with at least one exercise point of known level
 * @param exercisedLocally those with at least one local exercise point
 * @param whollyLocal those whose every exercise point is local
 * @param share exercisedLocally / functionsWithKnownLevel; empty if the denominator is 0
 * @param pointsByLevel the number of exercise points at each level (all levels listed)
 * @param functions each function's exercise points, in model order
 */
public record Subsidiarity(
    int functionsInForce,
    int functionsWithKnownLevel,
    int exercisedLocally,
    int whollyLocal,
    OptionalDouble share,
    Map<Level, Integer> pointsByLevel,
    List<FunctionExercise> functions) {

  /**
   * Checks and copies the value.
   *
   * @throws NullPointerException if any reference argument is null
   */
  public Subsidiarity {
    Objects.requireNonNull(share, "share");
    pointsByLevel = java.util.Collections.unmodifiableMap(new EnumMap<>(pointsByLevel));
    functions = List.copyOf(functions);
  }

  /**
   * The level at which a body, post or organisation works, by rule 2 of the definition above.
   *
   * @param view the model on a date, not null
   * @param id the id of a body, post or organisation, not null
   * @return the level, or empty if the model neither records nor implies one (or no record has the id)
   */
  public static java.util.Optional<Level> levelOf(ModelView view, String id) {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(id, "id");
    return DelegationRoutes.levelOf(view, id);
  }

  /**
   * Measures subsidiarity on the view's date.
   *
   * @param view the model on a date, not null
   * @return the measure
   */
  public static Subsidiarity of(ModelView view) {
    Objects.requireNonNull(view, "view");
    Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
    for (Level l : Level.values()) {
      byLevel.put(l, 0);
    }
    List<FunctionExercise> out = new ArrayList<>();
    int known = 0;
    int local = 0;
    int wholly = 0;
    List<StatutoryFunction> functions = view.functions();
    for (StatutoryFunction f : functions) {
      List<ExercisePoint> points = new ArrayList<>();
      for (String id : DelegationRoutes.exercisePoints(view, f)) {
        ExercisePoint p = new ExercisePoint(id, DelegationRoutes.nameOf(view, id), DelegationRoutes.levelOf(view, id));
        p.level().ifPresent(l -> byLevel.merge(l, 1, Integer::sum));
        points.add(p);
      }
      FunctionExercise fe = new FunctionExercise(f.id(), f.name(), f.holder(), points);
      out.add(fe);
      if (fe.hasKnownLevel()) {
        known++;
      }
      if (fe.isExercisedLocally()) {
        local++;
      }
      if (fe.isWhollyLocal()) {
        wholly++;
      }
    }
    return new Subsidiarity(functions.size(), known, local, wholly,
        known == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) local / known), byLevel, out);
  }
}
