package org.integratedcare.core.body;

import org.integratedcare.core.internal.TypeNames;

/** How an interest relates to a decision (NHS England, <i>Managing conflicts of interest in the NHS</i>, as applied in ICB policies). */
public enum ConflictType {
  /** The interest does conflict with the decision. */
  ACTUAL,
  /** The interest could come to conflict. */
  POTENTIAL,
  /** A reasonable observer could think the interest conflicts. */
  PERCEIVED;

  /** The type's name in model files. */
  public String typeName() {
    return TypeNames.of(this);
  }
}
