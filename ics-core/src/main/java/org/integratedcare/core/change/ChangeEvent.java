package org.integratedcare.core.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.Identified;
import org.integratedcare.core.Source;
import org.integratedcare.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A change to organisations on an effective date: establishment, abolition, merger, acquisition,
 * boundary change or transfer of functions, with predecessors and successors, and where recorded
 * which functions pass to whom, which area units move, by what means, and whether arrangements
 * made under the functions carry over.
 *
 * <p>From the effective date a successor holds its predecessors' functions (the succession model of
 * the NHS England Organisation Data Service,
 * https://www.odsdatasearchandexport.nhs.uk/referenceDataCatalogue/ODS-Data-Model_571324843.html),
 * as {@link #recipients(String, String)} sets out. Shape rules, checked when the event is built:
 *
 * <ul>
 *   <li>an establishment has successors and nothing else;
 *   <li>an abolition has predecessors; it may name successors that take over their functions;
 *   <li>a merger and an acquisition have both, and an acquisition has one continuing successor
 *       that is not a predecessor;
 *   <li>a transfer of functions has predecessors (the transferors, which continue), successors
 *       (the transferees) and at least one transfer;
 *   <li>a boundary change names the organisations whose areas change as successors, and only it
 *       may list {@linkplain #areas() area moves}, each between organisations it names;
 *   <li>every {@linkplain #transfers() transfer} runs from a predecessor to a successor; a boundary
 *       change and an establishment have none;
 *   <li>{@link #transferredBy()} and {@link #arrangementsCarryOver()} are recorded only on an event
 *       that passes functions on (an abolition with successors, a merger, an acquisition or a
 *       transfer of functions).
 * </ul>
 *
 * <p>The legal basis is the event's {@linkplain #sources() sources}, each with its status (an Act
 * in force, a Bill, a report).
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

  /** The ids of the organisations before the change (for a transfer of functions, the transferors). */
  public abstract List<String> predecessors();

  /** The ids of the organisations after the change (for a transfer of functions, the transferees). */
  public abstract List<String> successors();

  /**
   * Which functions pass from which predecessor to which successor; empty when the event does not
   * route functions one by one (then every successor takes every function of the predecessors that
   * end, as in a merger).
   */
  public abstract List<FunctionTransfer> transfers();

  /** The area units a boundary change moves; empty if not recorded or not a boundary change. */
  public abstract List<AreaMove> areas();

  /** Whether the functions pass by statute or by a transfer scheme, if recorded. */
  public abstract Optional<TransferMeans> transferredBy();

  /**
   * Whether the instrument carries over to the successors the arrangements (delegations,
   * committees, contracts) the predecessors made under the functions that pass: true if it says
   * they carry over, false if it says they do not, empty if it does not say (then a person must
   * decide, and {@code Migration} lists the decision rather than assume).
   */
  public abstract Optional<Boolean> arrangementsCarryOver();

  /** A description in words, if recorded. */
  public abstract Optional<String> description();

  @Override
  public abstract List<Source> sources();

  /**
   * Whether {@code organisationId} ceases to exist on the effective date: it is a predecessor of
   * an abolition, merger or acquisition and not also a successor. The transferors of a transfer of
   * functions continue.
   *
   * @param organisationId an organisation's id
   * @return true if the event ends it
   */
  public boolean ends(String organisationId) {
    return (kind() == ChangeKind.ABOLITION || kind() == ChangeKind.MERGER
        || kind() == ChangeKind.ACQUISITION)
        && predecessors().contains(organisationId) && !successors().contains(organisationId);
  }

  /**
   * The organisations that hold from the effective date a function {@code organisationId} held
   * before it, by this event.
   *
   * <ul>
   *   <li>With {@linkplain #transfers() transfers} recorded, the transferees of the transfers from
   *       {@code organisationId} that cover the function. In a merger or acquisition a function no
   *       transfer routes passes to every successor, as without transfers; in an abolition or a
   *       transfer of functions it does not pass.
   *   <li>Without transfers, every successor other than itself if the event {@linkplain
   *       #ends(String) ends} the organisation; otherwise none.
   *   <li>With no function named ({@code functionId} null): if the event ends the organisation,
   *       every organisation that takes any of its functions; otherwise the transferees of the
   *       transfers of all its functions.
   * </ul>
   *
   * @param organisationId an organisation's id
   * @param functionId the id of the statutory function asked about, or null for the organisation
   *     as a whole
   * @return the recipients' ids, in the order recorded; empty if nothing passes
   */
  public List<String> recipients(String organisationId, @Nullable String functionId) {
    if (!predecessors().contains(organisationId)) {
      return List.of();
    }
    boolean ends = ends(organisationId);
    if (transfers().isEmpty()) {
      if (!ends) {
        return List.of();
      }
      List<String> out = new ArrayList<>(successors());
      out.remove(organisationId);
      return List.copyOf(out);
    }
    Set<String> out = new LinkedHashSet<>();
    boolean routed = false;
    for (FunctionTransfer t : transfers()) {
      if (!t.from().equals(organisationId)) {
        continue;
      }
      if (functionId == null ? (ends || t.allFunctions()) : t.covers(functionId)) {
        out.add(t.to());
        routed = true;
      }
    }
    if (!routed && ends && (kind() == ChangeKind.MERGER || kind() == ChangeKind.ACQUISITION)) {
      out.addAll(successors());
      out.remove(organisationId);
    }
    return List.copyOf(out);
  }

  /** Whether this kind of event, as recorded, passes functions from one organisation to another. */
  public boolean passesFunctions() {
    return switch (kind()) {
      case MERGER, ACQUISITION, TRANSFER_OF_FUNCTIONS -> true;
      case ABOLITION -> !successors().isEmpty();
      case ESTABLISHMENT, BOUNDARY_CHANGE -> false;
    };
  }

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
      case ABOLITION -> Checks.that(!predecessors().isEmpty(), what + " must have predecessors");
      case MERGER -> Checks.that(!predecessors().isEmpty() && !successors().isEmpty(),
          what + " must have predecessors and successors");
      case ACQUISITION -> Checks.that(!predecessors().isEmpty() && successors().size() == 1
              && !predecessors().contains(successors().get(0)),
          what + " must have predecessors and exactly one continuing successor that is not a predecessor");
      case BOUNDARY_CHANGE -> Checks.that(!successors().isEmpty(),
          what + " must name the organisations whose areas change as successors");
      case TRANSFER_OF_FUNCTIONS -> Checks.that(!predecessors().isEmpty() && !successors().isEmpty()
              && !transfers().isEmpty(),
          what + " must name the transferors as predecessors, the transferees as successors,"
              + " and which functions pass in transfers");
    }
    if (kind() == ChangeKind.ESTABLISHMENT || kind() == ChangeKind.BOUNDARY_CHANGE) {
      Checks.that(transfers().isEmpty(), what + " cannot transfer functions; record a "
          + ChangeKind.TRANSFER_OF_FUNCTIONS.typeName() + " event");
    }
    for (FunctionTransfer t : transfers()) {
      Checks.that(predecessors().contains(t.from()), what + " transfers functions from '" + t.from()
          + "', which is not one of its predecessors");
      Checks.that(successors().contains(t.to()), what + " transfers functions to '" + t.to()
          + "', which is not one of its successors");
    }
    Checks.that(areas().isEmpty() || kind() == ChangeKind.BOUNDARY_CHANGE,
        what + " cannot move area units; only a boundary change can");
    Set<String> named = new HashSet<>(predecessors());
    named.addAll(successors());
    for (AreaMove a : areas()) {
      Checks.that(named.contains(a.from()) && named.contains(a.to()), what + " moves area unit '"
          + a.unit() + "' between organisations it does not name: list both as successors");
    }
    if (!passesFunctions()) {
      Checks.that(transferredBy().isEmpty() && arrangementsCarryOver().isEmpty(), what
          + " passes no functions on, so it cannot record how they pass or whether arrangements carry over");
    }
    description().ifPresent(d -> Checks.text("description", d));
  }
}
