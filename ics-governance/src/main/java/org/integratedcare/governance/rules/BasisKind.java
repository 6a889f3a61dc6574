package org.integratedcare.governance.rules;

import java.util.Locale;

/** The kind of source a rule rests on. */
public enum BasisKind {
  /** An Act of Parliament, such as the NHS Act 2006. */
  STATUTE,
  /** A statutory instrument, such as S.I. 2022/642. */
  REGULATION,
  /** NHS England or DHSC guidance or policy, which is not law. */
  GUIDANCE,
  /** Good practice from published commentary, such as the articles of Allanson (Good Governance Institute), Taylor and Dickson (NHS Confederation) and West (PA Consulting). */
  GOOD_PRACTICE,
  /**
   * A body's own constitution, standing orders or terms of reference, such as the quorum and
   * voting rule recorded in the model, and users' local rules.
   */
  CONSTITUTION;

  /** The name used in reports and JSON, such as {@code "good-practice"}. */
  public String typeName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
