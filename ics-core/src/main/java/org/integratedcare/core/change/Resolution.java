package org.integratedcare.core.change;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who holds a party's functions (or one function of it) on a date, found by {@link Successors}:
 * each holder with the change events followed to reach it, and each party met on the way that had
 * ended with nothing succeeding it.
 *
 * <p>The party asked about is its own holder when it is in force and no change event in effect
 * moved the function away from it; then {@link #holders()} maps it to an empty list of steps. When
 * the party's functions passed through mergers, abolitions with successors or transfers, each
 * holder on the date is listed with the steps that lead to it. A party that ended (by a change
 * event that names no successor for the function, or by the end of its own period) with nothing
 * succeeding it is listed in {@link #ended()}: the answer is then a gap, naming that party and its
 * last day.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param party the id asked about
 * @param function the id of the function asked about, if one was
 * @param date the date asked about
 * @param holders each holder on the date, with the steps from {@code party} to it, in the order met
 * @param ended each party met that had ended with no successor for the function
 */
public record Resolution(String party, Optional<String> function, LocalDate date,
    Map<String, List<Step>> holders, List<Ended> ended) {

  /**
   * A resolution.
   *
   * @throws NullPointerException if an argument is null
   */
  public Resolution {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(date, "date");
    holders = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(holders));
    ended = List.copyOf(ended);
  }

  /**
   * One change event followed: from its effective date {@code to} holds what {@code from} held.
   *
   * @param event the change event, not null
   * @param from the predecessor's id, not null
   * @param to the successor's id, not null
   */
  public record Step(ChangeEvent event, String from, String to) {
    /**
     * A step.
     *
     * @throws NullPointerException if an argument is null
     */
    public Step {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * A party that had ended on the date with nothing succeeding it (for the function asked about).
   *
   * @param party the ended party's id, not null
   * @param lastDay its last day in existence (for the function asked about), not null
   * @param event the change event that ended it or moved its functions elsewhere, if one did; empty
   *     when its own recorded period ended
   * @param steps the steps from the party asked about to the ended party, not null
   */
  public record Ended(String party, LocalDate lastDay, Optional<ChangeEvent> event, List<Step> steps) {
    /**
     * An ended party.
     *
     * @throws NullPointerException if an argument is null
     */
    public Ended {
      Objects.requireNonNull(party, "party");
      Objects.requireNonNull(lastDay, "lastDay");
      Objects.requireNonNull(event, "event");
      steps = List.copyOf(steps);
    }
  }

  /** Whether nobody holds the function on the date: every line ended with nothing succeeding it. */
  public boolean isGap() {
    return holders.isEmpty();
  }

  /** Whether the party asked about is itself the only holder, reached without following any event. */
  public boolean isUnchanged() {
    return holders.size() == 1 && holders.containsKey(party) && ended.isEmpty();
  }
}
