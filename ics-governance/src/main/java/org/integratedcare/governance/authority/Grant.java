package org.integratedcare.governance.authority;

import java.util.Objects;
import java.util.Optional;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.governance.internal.Require;

/**
 * One step of the path of grants by which a body comes to exercise a function: the holder's
 * function by law, a succession, a unitary board acting for its organisation, or a delegation.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind what the step is, not null
 * @param from the id of the function (first step), predecessor, organisation or delegator the step
 *     runs from, not null
 * @param to the id of the holder, successor, board or delegate the step runs to, not null
 * @param delegation the id of the delegation, for a {@link GrantKind#DELEGATION} step; not null
 * @param changeEvent the id of the change event, for a {@link GrantKind#SUCCESSION} step; not null
 * @param instrument the instrument, for a delegation step; not null
 * @param clause the clause of the instrument, if the delegation cites one; not null
 * @param basis the legal basis of the function, for the first step, if recorded; not null
 * @param validFor when the step holds: the function's, delegation's or board's period, or from a
 *     succession's effective date; not null
 * @param sentence the step in plain English, not blank
 */
public record Grant(
    GrantKind kind,
    String from,
    String to,
    Optional<String> delegation,
    Optional<String> changeEvent,
    Optional<DelegationInstrument> instrument,
    Optional<String> clause,
    Optional<String> basis,
    DateRange validFor,
    String sentence) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the sentence is blank
   */
  public Grant {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(delegation, "delegation");
    Objects.requireNonNull(changeEvent, "changeEvent");
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(validFor, "validFor");
    Require.sentence(sentence);
  }
}
