package org.integratedcare.core.mechanism;

import org.integratedcare.core.internal.TypeNames;

/** Whether a {@link JointVenture} is contractual or corporate (domain reference §9). */
public enum JointVentureForm {
  /** A partnership agreement; no separate legal person. */
  CONTRACTUAL,
  /** A company the parties own. */
  CORPORATE;

  /** The form's name in model files. */
  public String typeName() {
    return TypeNames.of(this);
  }
}
