package org.integratedcare.core.meeting;

import org.integratedcare.core.internal.TypeNames;

/** What became of a motion. */
public enum DecisionOutcome {
  /** The motion was carried. */
  CARRIED,
  /** The motion was not carried. */
  NOT_CARRIED,
  /** The decision was deferred. */
  DEFERRED;

  /** The outcome's name in model files. */
  public String typeName() {
    return TypeNames.of(this);
  }
}
