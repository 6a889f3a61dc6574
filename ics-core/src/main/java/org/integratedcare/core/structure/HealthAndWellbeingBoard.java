package org.integratedcare.core.structure;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.Source;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.internal.Checks;
import org.integratedcare.core.time.DateRange;

/**
 * A health and wellbeing board: a committee of an upper-tier local authority (HSCA 2012 s.194,
 * https://www.legislation.gov.uk/ukpga/2012/7/section/194).
 *
 * <p>Its statutory members (at least one councillor, the directors of adult social services,
 * children's services and public health, a local Healthwatch representative, and a representative
 * of each relevant ICB) are appointments to posts of its {@linkplain #body() body}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class HealthAndWellbeingBoard implements Structure {
  HealthAndWellbeingBoard() {}

  @Override
  public abstract String id();

  /** The board's name. */
  public abstract String name();

  /** The id of the upper-tier or unitary local authority whose committee it is. */
  public abstract String localAuthority();

  /** The ids of the ICBs relevant to the authority's area, each of which must be represented. */
  public abstract Set<String> relevantIcbs();

  /** The id of the committee {@link Body} through which it meets, if recorded. */
  public abstract Optional<String> body();

  @Override
  public abstract DateRange period();

  @Override
  public abstract List<Source> sources();

  @Override
  public StructureKind structureKind() {
    return StructureKind.HEALTH_AND_WELLBEING_BOARD;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HealthAndWellbeingBoard}; id, name, localAuthority and period are required. */
  public static final class Builder extends ImmutableHealthAndWellbeingBoard.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("health and wellbeing board id", id());
    Checks.text("health and wellbeing board name", name());
    Checks.id("localAuthority", localAuthority());
    Checks.ids("relevant ICB", relevantIcbs());
    body().ifPresent(b -> Checks.id("body", b));
  }
}
