package org.integratedcare.core.structure;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.integratedcare.core.Source;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.internal.Checks;
import org.integratedcare.core.organisation.Area;
import org.integratedcare.core.time.DateRange;

/**
 * A place-based partnership: usually a local-authority footprint of 250,000 to 500,000 people,
 * non-statutory, its governance agreed by the partners (NHS England and NHS Improvement with the
 * Local Government Association, <i>Thriving places</i>, 2021; The King's Fund, <i>Place-based
 * partnerships explained</i>, https://www.kingsfund.org.uk/publications/place-based-partnerships-explained).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Place implements Structure {
  Place() {}

  @Override
  public abstract String id();

  /** The place's name. */
  public abstract String name();

  /** The id of the ICB organisation the place belongs to. */
  public abstract String icb();

  /** The place's footprint and population. */
  public abstract Area area();

  /** The id of the place partnership {@link Body} (committee, joint committee or forum), if any. */
  public abstract Optional<String> partnershipBody();

  @Override
  public abstract DateRange period();

  @Override
  public abstract List<Source> sources();

  @Override
  public StructureKind structureKind() {
    return StructureKind.PLACE;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Place}; id, name, icb, area and period are required. */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("place id", id());
    Checks.text("place name", name());
    Checks.id("icb", icb());
    partnershipBody().ifPresent(b -> Checks.id("partnershipBody", b));
  }
}
