package org.integratedcare.governance.rules;

import java.util.Locale;

/**
 * How serious a finding is. Constants are declared from most to least serious, and reports order
 * findings in that order.
 */
public enum Severity {
  /** The arrangement breaks a requirement: statute, regulation or a requirement of guidance. */
  ERROR,
  /** The arrangement falls short of guidance or good practice, or needs a person to check it. */
  WARNING,
  /** Worth knowing; not a fault in itself. */
  INFO;

  /** The name used in reports and JSON, such as {@code "error"}. */
  public String typeName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
