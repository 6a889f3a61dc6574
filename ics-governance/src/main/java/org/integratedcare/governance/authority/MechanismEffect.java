package org.integratedcare.governance.authority;

import java.util.Objects;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.core.mechanism.MechanismKind;

/**
 * The legal effect of one kind of governance mechanism: what decisions taken through it bind, in
 * words, with its basis and how firmly its public source establishes it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind the mechanism kind, not null
 * @param effect what decisions taken through it bind, not null
 * @param summary the effect in a sentence, not blank
 * @param basis the statute, guidance or commentary it rests on, by its public citation, not blank
 * @param status how firmly the basis establishes the effect, not null
 */
public record MechanismEffect(
    MechanismKind kind, BindingEffect effect, String summary, String basis, SourceStatus status) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the summary or basis is blank
   */
  public MechanismEffect {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(status, "status");
    if (Objects.requireNonNull(summary, "summary").isBlank() || Objects.requireNonNull(basis, "basis").isBlank()) {
      throw new IllegalArgumentException("summary and basis of the effect of " + kind + " must not be blank");
    }
  }
}
