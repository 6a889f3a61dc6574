package org.integratedcare.core.body;

import org.integratedcare.core.internal.TypeNames;

/**
 * An extra responsibility an {@link Appointment} carries beside its post (NHS England, <i>Guidance
 * on integrated care board constitutions and governance</i>,
 * https://www.england.nhs.uk/long-read/guidance-on-integrated-care-board-constitutions-and-governance;
 * ICB conflicts of interest policies based on NHS England, <i>Managing conflicts of interest in the
 * NHS</i>).
 */
public enum Designation {
  /** Deputy chair (a non-executive member who is not the audit chair). */
  DEPUTY_CHAIR,
  /** Senior non-executive member. */
  SENIOR_NON_EXECUTIVE,
  /** Chair of the audit committee. */
  AUDIT_CHAIR,
  /** The member with knowledge and experience of mental health services. */
  MENTAL_HEALTH_EXPERTISE,
  /** The conflicts of interest guardian. */
  CONFLICTS_OF_INTEREST_GUARDIAN,
  /** Deputy chief executive (an executive member who deputises for the chief executive). */
  DEPUTY_CHIEF_EXECUTIVE;

  /** The designation's name in model files. */
  public String typeName() {
    return TypeNames.of(this);
  }
}
