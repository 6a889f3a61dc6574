package org.integratedcare.governance.authority;

import java.util.Objects;

/**
 * Why a decision does not bind an organisation: a kind, the id of the record it is about (a
 * delegation, function, body or organisation) and a sentence that names them.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind the kind of reason, not null
 * @param subject the id of the record the reason is about, not null
 * @param sentence the reason in plain English, not blank
 */
public record Reason(ReasonKind kind, String subject, String sentence) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the sentence is blank
   */
  public Reason {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    if (Objects.requireNonNull(sentence, "sentence").isBlank()) {
      throw new IllegalArgumentException("reason sentence must not be blank");
    }
  }
}
