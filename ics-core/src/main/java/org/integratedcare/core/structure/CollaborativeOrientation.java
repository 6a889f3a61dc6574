package org.integratedcare.core.structure;

import org.integratedcare.core.internal.TypeNames;

/** Whether a {@link ProviderCollaborative} joins providers of like or of different services. */
public enum CollaborativeOrientation {
  /** Providers of similar services across several places (for example acute trusts together). */
  HORIZONTAL,
  /** Providers along a pathway (for example acute, community, primary and social care). */
  VERTICAL;

  /** The orientation's name in model files. */
  public String typeName() {
    return TypeNames.of(this);
  }
}
