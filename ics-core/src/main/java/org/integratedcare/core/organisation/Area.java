package org.integratedcare.core.organisation;

import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.internal.Checks;

/**
 * A geographic footprint: the units it covers wholly, the units it covers in part, and its
 * population.
 *
 * <p>Units are identifiers of whatever granularity the user chooses, consistently within one
 * model: usually the ids of local-authority organisations in the model, or GSS codes. Two areas
 * {@linkplain #overlaps(Area) overlap} when a unit is wholly in one and wholly or partly in the
 * other; when a unit is only partly in both (as when an ICB boundary splits a county), the model
 * cannot tell, and {@link #mayOverlap(Area)} says so.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Area {
  Area() {}

  /** The units wholly inside the area. */
  public abstract Set<String> units();

  /** The units partly inside the area. */
  public abstract Set<String> partialUnits();

  /** The resident or registered population, if known. */
  public abstract OptionalLong population();

  /** Whether the area covers no unit at all. */
  public boolean isEmpty() {
    return units().isEmpty() && partialUnits().isEmpty();
  }

  /**
   * Whether the two areas certainly share ground: some unit is wholly in one and wholly or partly
   * in the other.
   */
  public boolean overlaps(Area other) {
    for (String u : units()) {
      if (other.units().contains(u) || other.partialUnits().contains(u)) {
        return true;
      }
    }
    for (String u : other.units()) {
      if (partialUnits().contains(u)) {
        return true;
      }
    }
    return false;
  }

  /** Whether some unit is partly in both areas, so that they may or may not share ground. */
  public boolean mayOverlap(Area other) {
    return partialUnits().stream().anyMatch(other.partialUnits()::contains);
  }

  /** Whether every unit of {@code other} is wholly or partly inside this area. */
  public boolean covers(Area other) {
    for (String u : other.units()) {
      if (!units().contains(u)) {
        return false;
      }
    }
    for (String u : other.partialUnits()) {
      if (!units().contains(u) && !partialUnits().contains(u)) {
        return false;
      }
    }
    return true;
  }

  /**
   * An area of whole units.
   *
   * @param units the units wholly covered
   * @return the area, with no population recorded
   */
  public static Area of(String... units) {
    return builder().addUnits(units).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Area}. */
  public static final class Builder extends ImmutableArea.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    units().forEach(u -> Checks.text("area unit", u));
    partialUnits().forEach(u -> Checks.text("area unit", u));
    for (String u : units()) {
      Checks.that(!partialUnits().contains(u), "area unit '" + u + "' cannot be both whole and partial");
    }
    population().ifPresent(p -> Checks.that(p >= 0, "population must not be negative: " + p));
  }
}
