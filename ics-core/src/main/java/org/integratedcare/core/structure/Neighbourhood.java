package org.integratedcare.core.structure;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.Source;
import org.integratedcare.core.internal.Checks;
import org.integratedcare.core.time.DateRange;

/**
 * A neighbourhood: typically 30,000 to 50,000 people, the scale of a primary care network (National
 * Care Forum's overview of integrated care systems,
 * https://www.nationalcareforum.org.uk/integrated-care-systems/ics-explained/overview-of-integrated-care-systems-and-relevant-guidance/),
 * and the footprint of the Neighbourhood Health Service of the 10 Year Health Plan.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Neighbourhood implements Structure {
  Neighbourhood() {}

  @Override
  public abstract String id();

  /** The neighbourhood's name. */
  public abstract String name();

  /** The id of the {@link Place} the neighbourhood lies in. */
  public abstract String place();

  /** The ids of the primary care network organisations serving it. */
  public abstract Set<String> primaryCareNetworks();

  /** The population, if known. */
  public abstract OptionalLong population();

  @Override
  public abstract DateRange period();

  @Override
  public abstract List<Source> sources();

  @Override
  public StructureKind structureKind() {
    return StructureKind.NEIGHBOURHOOD;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Neighbourhood}; id, name, place and period are required. */
  public static final class Builder extends ImmutableNeighbourhood.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("neighbourhood id", id());
    Checks.text("neighbourhood name", name());
    Checks.id("place", place());
    Checks.ids("primary care network", primaryCareNetworks());
    population().ifPresent(p -> Checks.that(p >= 0, "population must not be negative: " + p));
  }
}
