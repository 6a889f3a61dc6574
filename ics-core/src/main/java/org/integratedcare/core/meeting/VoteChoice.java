package org.integratedcare.core.meeting;

import org.integratedcare.core.internal.TypeNames;

/** How one member voted. */
public enum VoteChoice {
  /** For the motion. */
  FOR,
  /** Against the motion. */
  AGAINST,
  /** Abstained. */
  ABSTAIN;

  /** The choice's name in model files. */
  public String typeName() {
    return TypeNames.of(this);
  }
}
