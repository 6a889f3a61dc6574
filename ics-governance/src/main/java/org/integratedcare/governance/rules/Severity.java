package org.integratedcare.governance.rules;

import java.util.Locale;

/**
 * How serious a finding is. Constants are declared from most to least serious, and reports order
 * findings in that order; {@link #GAP} comes last because it is not a fault of the arrangements
 * but of the record, and is counted apart.
 *
 * <p>{@link #ERROR} is kept for what the recorded facts show to breach statute, regulation or a
 * mandatory requirement. When a rule about such a requirement lacks the facts to tell (a seat
 * whose holder is not recorded, a partnership whose members are not listed), it reports a
 * {@link #GAP}: what is not recorded and what to record, never an error. A model that declares an
 * aspect complete ({@link org.integratedcare.core.Completeness}) turns the same absence into a
 * breach.
 */
public enum Severity {
  /** The arrangement breaks a requirement: statute, regulation or a requirement of guidance. */
  ERROR,
  /** The arrangement falls short of guidance or good practice, or needs a person to check it. */
  WARNING,
  /** Worth knowing; not a fault in itself. */
  INFO,
  /**
   * The record does not hold the facts needed to tell whether a requirement is met: cannot tell,
   * not a breach. The message says what is not recorded.
   */
  GAP;

  /** The name used in reports and JSON, such as {@code "error"}. */
  public String typeName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
