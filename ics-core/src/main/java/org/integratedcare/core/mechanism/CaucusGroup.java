package org.integratedcare.core.mechanism;

import org.integratedcare.core.internal.TypeNames;

/** Whose {@link Caucus} it is. */
public enum CaucusGroup {
  /** Non-executive directors and members. */
  NON_EXECUTIVES,
  /** Lay members. */
  LAY_MEMBERS,
  /** Local-authority cabinet members. */
  CABINET_MEMBERS,
  /** Chief executives. */
  CHIEF_EXECUTIVES,
  /** Another group. */
  OTHER;

  /** The group's name in model files. */
  public String typeName() {
    return TypeNames.of(this);
  }
}
