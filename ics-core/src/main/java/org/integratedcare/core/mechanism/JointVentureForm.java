package org.integratedcare.core.mechanism;

import org.integratedcare.core.internal.TypeNames;

/** Whether a {@link JointVenture} is contractual or corporate (NHS Providers with Browne Jacobson, legal forms of collaborative arrangements; reported). */
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
