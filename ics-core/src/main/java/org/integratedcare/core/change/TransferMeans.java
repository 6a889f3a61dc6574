package org.integratedcare.core.change;

import org.integratedcare.core.internal.TypeNames;

/** How a {@link ChangeEvent} passes functions on, where the model records it. */
public enum TransferMeans {
  /** The Act (or order) itself moves the functions, naming the bodies that take them. */
  STATUTE,
  /**
   * A transfer scheme made under an Act moves the functions (and property and liabilities) as the
   * scheme's instrument sets out.
   */
  SCHEME;

  /** The means' name in model files. */
  public String typeName() {
    return TypeNames.of(this);
  }
}
