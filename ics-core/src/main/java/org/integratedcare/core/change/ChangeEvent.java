package org.integratedcare.core.change;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.integratedcare.core.Identified;
import org.integratedcare.core.Source;
import org.integratedcare.core.internal.Checks;

/**
 * A change to organisations on an effective date: establishment, abolition, merger, acquisition
 * or boundary change, with predecessors and successors.
 *
 * <p>From the effective date a successor holds its predecessors' functions (the succession model of
 * the NHS England Organisation Data Service,
 * https://www.odsdatasearchandexport.nhs.uk/referenceDataCatalogue/ODS-Data-Model_571324843.html).
 * Shape rules: an establishment has successors and no
 * predecessors; an abolition has predecessors and no successors; a merger and an acquisition have
 * both, and an acquisition has one continuing successor; a boundary change names the organisations
 * whose areas change as successors.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ChangeEvent implements Identified {
  ChangeEvent() {}

  @Override
  public abstract String id();

  /** What the change does. */
  public abstract ChangeKind kind();

  /** The first day on which the change has effect. */
  public abstract LocalDate effectiveDate();

  /** The ids of the organisations before the change. */
  public abstract List<String> predecessors();

  /** The ids of the organisations after the change. */
  public abstract List<String> successors();

  /** A description in words, if recorded. */
  public abstract Optional<String> description();

  @Override
  public abstract List<Source> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChangeEvent}; id, kind and effectiveDate are required. */
  public static final class Builder extends ImmutableChangeEvent.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("change event id", id());
    predecessors().forEach(p -> Checks.id("predecessor", p));
    successors().forEach(s -> Checks.id("successor", s));
    String what = kind().typeName() + " '" + id() + "'";
    switch (kind()) {
      case ESTABLISHMENT -> Checks.that(predecessors().isEmpty() && !successors().isEmpty(),
          what + " must have successors and no predecessors");
      case ABOLITION -> Checks.that(!predecessors().isEmpty() && successors().isEmpty(),
          what + " must have predecessors and no successors");
      case MERGER -> Checks.that(!predecessors().isEmpty() && !successors().isEmpty(),
          what + " must have predecessors and successors");
      case ACQUISITION -> Checks.that(!predecessors().isEmpty() && successors().size() == 1
              && !predecessors().contains(successors().get(0)),
          what + " must have predecessors and exactly one continuing successor that is not a predecessor");
      case BOUNDARY_CHANGE -> Checks.that(!successors().isEmpty(),
          what + " must name the organisations whose areas change as successors");
    }
    description().ifPresent(d -> Checks.text("description", d));
  }
}
