package org.integratedcare.core.structure;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.integratedcare.core.Source;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.internal.Checks;
import org.integratedcare.core.organisation.Area;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.time.DateRange;

/**
 * The statutory arrangements of an integrated care board: its area, NHS England region and board.
 *
 * <p>The ICB itself is an {@link Organisation} of kind {@link
 * OrganisationKind#INTEGRATED_CARE_BOARD}; this structure describes it and shares its id. ICB areas
 * may not overlap and together cover England (NHS Act 2006 Part 2 Chapter A3,
 * https://www.legislation.gov.uk/ukpga/2006/41/part/2/chapter/A3). The board is the unitary board
 * of Schedule 1B.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Icb implements Structure {
  Icb() {}

  /** The id of the ICB organisation, which is also this structure's id. */
  @Override
  public abstract String id();

  /** The ICB's area. */
  public abstract Area area();

  /** The id of the NHS England region organisation the ICB belongs to, if recorded. */
  public abstract Optional<String> region();

  /** The id of the ICB's unitary board (a {@link Body}), if recorded. */
  public abstract Optional<String> board();

  @Override
  public abstract DateRange period();

  @Override
  public abstract List<Source> sources();

  @Override
  public StructureKind structureKind() {
    return StructureKind.INTEGRATED_CARE_BOARD;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Icb}; id, area and period are required. */
  public static final class Builder extends ImmutableIcb.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("ICB id", id());
    region().ifPresent(r -> Checks.id("region", r));
    board().ifPresent(b -> Checks.id("board", b));
  }
}
