package org.integratedcare.core;

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
