package org.integratedcare.core.structure;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.Source;
import org.integratedcare.core.internal.Checks;
import org.integratedcare.core.time.DateRange;

/**
 * An integrated care system: not a legal person but the partnership formed around one ICB and its
 * ICP, with its places and provider collaboratives (The King's Fund, <i>Integrated care systems
 * explained</i>, https://www.kingsfund.org.uk/publications/integrated-care-systems-explained).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class IntegratedCareSystem implements Structure {
  IntegratedCareSystem() {}

  @Override
  public abstract String id();

  /** The system's name. */
  public abstract String name();

  /** The id of the ICB organisation. */
  public abstract String icb();

  /** The id of the {@link Icp}, if recorded. */
  public abstract Optional<String> icp();

  /** The ids of the system's {@linkplain Place places}. */
  public abstract Set<String> places();

  /** The ids of the system's {@linkplain ProviderCollaborative provider collaboratives}. */
  public abstract Set<String> providerCollaboratives();

  @Override
  public abstract DateRange period();

  @Override
  public abstract List<Source> sources();

  @Override
  public StructureKind structureKind() {
    return StructureKind.INTEGRATED_CARE_SYSTEM;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IntegratedCareSystem}; id, name, icb and period are required. */
  public static final class Builder extends ImmutableIntegratedCareSystem.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("integrated care system id", id());
    Checks.text("integrated care system name", name());
    Checks.id("icb", icb());
    icp().ifPresent(i -> Checks.id("icp", i));
    Checks.ids("place", places());
    Checks.ids("provider collaborative", providerCollaboratives());
  }
}
