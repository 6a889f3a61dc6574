package org.integratedcare.governance.accountability;

import java.util.Objects;
import java.util.Optional;
import org.integratedcare.core.accountability.AccountabilityBasis;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.governance.internal.Require;

/**
 * One step of an {@link AccountabilityChain}: who answers to whom, in which direction, on what
 * basis and when.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind what the step is, not null
 * @param from the id of the function, organisation, body or post that answers, not null
 * @param to the id of the organisation, body or post it answers to (or through), not null
 * @param link the id of the accountability link, for a {@link ChainStepKind#LINK} step; not null
 * @param direction the link's direction, for a link step; not null
 * @param basis what the link rests on, for a link step; not null
 * @param citation the link's citation in words, if recorded; or the function's legal basis for a
 *     {@link ChainStepKind#FUNCTION_HOLDER} step; not null
 * @param period when the step holds: the link's, function's, body's or post's period, or from a
 *     succession's effective date; not null
 * @param sentence the step in plain English, not blank
 * @param implied whether the step follows a link implied by statute ({@link StatutoryLinks}) rather
 *     than one recorded in the model; false for every step that is not a link
 */
public record ChainStep(
    ChainStepKind kind,
    String from,
    String to,
    Optional<String> link,
    Optional<AccountabilityDirection> direction,
    Optional<AccountabilityBasis> basis,
    Optional<String> citation,
    DateRange period,
    String sentence,
    boolean implied) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the sentence is blank
   */
  public ChainStep {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(period, "period");
    Require.sentence(sentence);
    if (implied && kind != ChainStepKind.LINK) {
      throw new IllegalArgumentException("only a link step can be implied by statute, not a " + kind + " step");
    }
  }

  /**
   * A step that follows no implied link: a recorded link, or a step of another kind.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the sentence is blank
   */
  public ChainStep(ChainStepKind kind, String from, String to, Optional<String> link,
      Optional<AccountabilityDirection> direction, Optional<AccountabilityBasis> basis, Optional<String> citation,
      DateRange period, String sentence) {
    this(kind, from, to, link, direction, basis, citation, period, sentence, false);
  }

  /**
   * Whether the step can be part of a vertical chain: a vertical link, or a body or post answering
   * through its organisation or body, or a function answered for by its holder or successor.
   */
  public boolean isVertical() {
    return kind != ChainStepKind.LINK || direction.orElse(null) == AccountabilityDirection.VERTICAL;
  }
}
