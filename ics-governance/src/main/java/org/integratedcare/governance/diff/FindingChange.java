package org.integratedcare.governance.diff;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.integratedcare.governance.rules.Finding;

/**
 * A rule finding that appeared on the later side or cleared from it, matched by rule id, subject
 * and evidence (not by message text, whose dates differ from day to day). Suppressed findings are
 * not compared.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind whether the finding appeared or cleared, not null
 * @param finding the finding as the side that has it reports it, not null
 * @param because why a cleared finding no longer stands when the later side suppresses it (a
 *     reform that removes the requirement, an accepted finding): the suppression's justification;
 *     empty otherwise; not null
 */
public record FindingChange(Kind kind, Finding finding, Optional<String> because) {

  /** Whether a finding appeared or cleared. */
  public enum Kind {
    /** Found on the later side only. */
    APPEARED,
    /** Found on the earlier side only. */
    CLEARED;

    /** The name used in JSON, such as {@code "appeared"}. */
    public String typeName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public FindingChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(because, "because");
  }

  /**
   * A finding that appeared or cleared, with no reason recorded.
   *
   * @throws NullPointerException if a component is null
   */
  public FindingChange(Kind kind, Finding finding) {
    this(kind, finding, Optional.empty());
  }
}
