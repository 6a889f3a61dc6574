package org.integratedcare.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.integratedcare.core.Source;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.organisation.Organisation;

/**
 * One organisation succeeding another through a change event: which, when, whether it took the
 * whole of the predecessor's area or part of it, and why (the event's description and sources).
 *
 * <p>A predecessor that is a predecessor in more than one change event taking effect on the same
 * day was split between their successors, so each of those successions is {@linkplain
 * #wholeArea() partial}; the event's description says how the area was split.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param predecessor the organisation before the change
 * @param successor the organisation after it
 * @param event the change event
 * @param wholeArea whether the successor took all of the predecessor's area
 */
public record Succession(Organisation predecessor, Organisation successor, ChangeEvent event,
    boolean wholeArea) {

  /**
   * A succession.
   *
   * @throws NullPointerException if an argument is null
   */
  public Succession {
    Objects.requireNonNull(predecessor, "predecessor");
    Objects.requireNonNull(successor, "successor");
    Objects.requireNonNull(event, "event");
  }

  /** The first day on which the successor holds the predecessor's functions. */
  public LocalDate effectiveDate() {
    return event.effectiveDate();
  }

  /** The sources of the change event, each with the status its source supports. */
  public List<Source> sources() {
    return event.sources();
  }

  /**
   * The succession in a sentence a company secretary could read aloud, such as "From 2026-04-01
   * NHS Essex Integrated Care Board succeeded part of NHS Hertfordshire and West Essex Integrated
   * Care Board (merger): ...".
   */
  public String reason() {
    String predecessorName = predecessor.nameOn(event.effectiveDate().minusDays(1))
        .orElse(predecessor.name());
    String successorName = successor.nameOn(event.effectiveDate()).orElse(successor.name());
    return "From " + event.effectiveDate() + " " + successorName + " succeeded "
        + (wholeArea ? "" : "part of ") + predecessorName + " (" + event.kind().typeName() + ")"
        + event.description().map(d -> ": " + d).orElse(".");
  }

  @Override
  public String toString() {
    return predecessor.id() + " -> " + successor.id() + " on " + event.effectiveDate()
        + (wholeArea ? "" : " (part)");
  }
}
