package org.integratedcare.metrics.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.structure.Icb;
import org.integratedcare.core.structure.Place;

/**
 * Duplication: functions for which more than one body holds binding authority over the same
 * population. Peter Allanson (<i>Whose system is it anyway?</i>, Good Governance Institute, 2020)
 * asks that governance deliver objectives "without duplication".
 *
 * <p><b>Binding authority.</b> A body holds binding authority for a function on the date when it is
 * an exercise point of the function (see {@link Subsidiarity}: the end of a chain of delegations in
 * force other than contracts). Exercise points that are posts or organisations are not bodies and
 * are not counted.
 *
 * <p><b>Population.</b> The population a body serves is a set of area units (the units of {@link
 * org.integratedcare.core.organisation.Area}, usually local-authority ids or GSS codes):
 * <ol>
 *   <li>if the body serves a {@linkplain Body#place() place} in the model, the place's units, whole
 *       and partial;
 *   <li>otherwise, for each organisation the body belongs to: the units of the ICB's area if the
 *       organisation is an ICB with an {@link Icb} structure; otherwise the organisation's own id,
 *       standing for the population that organisation serves.
 * </ol>
 * Two bodies serve the same population when their unit sets share a unit. (A partial unit counts as
 * shared: the model cannot tell which part each serves, so this errs towards reporting.)
 *
 * <p><b>Method.</b> For each function, the binding bodies' units are indexed unit by unit; a unit
 * served by two or more of them marks those bodies as duplicating. Cost: linear in the binding
 * bodies' units; no pairwise comparison.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param functionsInForce the number of functions in force
 * @param functionsWithBindingBody those with at least one binding body
 * @param duplicated the functions with duplication, in model order
 * @param share duplicated / functionsWithBindingBody; empty if the denominator is 0
 */
public record Duplication(
    int functionsInForce,
    int functionsWithBindingBody,
    List<DuplicatedFunction> duplicated,
    OptionalDouble share) {

  /**
   * Checks and copies the value.
   *
   * @throws NullPointerException if any argument is null
   */
  public Duplication {
    duplicated = List.copyOf(duplicated);
    Objects.requireNonNull(share, "share");
  }

  /**
   * Measures duplication on the view's date.
   *
   * @param view the model on a date, not null
   * @return the measure
   */
  public static Duplication of(ModelView view) {
    Objects.requireNonNull(view, "view");
    List<StatutoryFunction> functions = view.functions();
    List<DuplicatedFunction> out = new ArrayList<>();
    int withBody = 0;
    for (StatutoryFunction f : functions) {
      List<Body> bodies = new ArrayList<>();
      for (String id : DelegationRoutes.exercisePoints(view, f)) {
        view.body(id).ifPresent(bodies::add);
      }
      if (bodies.isEmpty()) {
        continue;
      }
      withBody++;
      Map<String, Set<String>> bodiesByUnit = new LinkedHashMap<>();
      for (Body b : bodies) {
        for (String unit : units(view, b)) {
          bodiesByUnit.computeIfAbsent(unit, k -> new LinkedHashSet<>()).add(b.id());
        }
      }
      Set<String> shared = new TreeSet<>();
      Set<String> dup = new LinkedHashSet<>();
      bodiesByUnit.forEach((unit, set) -> {
        if (set.size() > 1) {
          shared.add(unit);
          dup.addAll(set);
        }
      });
      if (!dup.isEmpty()) {
        List<String> ordered = bodies.stream().map(Body::id).filter(dup::contains).toList();
        out.add(new DuplicatedFunction(f.id(), f.name(), ordered, new ArrayList<>(shared)));
      }
    }
    return new Duplication(functions.size(), withBody, out,
        withBody == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) out.size() / withBody));
  }

  /** The population units a body serves, by the rules above. */
  static Set<String> units(ModelView view, Body body) {
    Set<String> units = new LinkedHashSet<>();
    Optional<Place> place = body.place().flatMap(p -> view.model().structure(p))
        .filter(Place.class::isInstance).map(Place.class::cast);
    if (place.isPresent()) {
      units.addAll(place.get().area().units());
      units.addAll(place.get().area().partialUnits());
      return units;
    }
    for (String org : body.organisations()) {
      Optional<Icb> icb = view.model().structure(org).filter(Icb.class::isInstance).map(Icb.class::cast);
      if (icb.isPresent() && !icb.get().area().isEmpty()) {
        units.addAll(icb.get().area().units());
        units.addAll(icb.get().area().partialUnits());
      } else {
        units.add(org);
      }
    }
    return units;
  }
}
