package org.integratedcare.core.accountability;

import org.integratedcare.core.internal.TypeNames;

/** What an {@link AccountabilityLink} rests on. */
public enum AccountabilityBasis {
  /** An Act of Parliament. */
  STATUTE,
  /** A delegation: the delegate answers to the delegator. */
  DELEGATION,
  /** A contract. */
  CONTRACT,
  /** An agreement between partners (memorandum, terms of reference). */
  AGREEMENT,
  /** Election: a council to its electorate. */
  ELECTION,
  /** Regulation or oversight by a regulator. */
  REGULATION;

  /** The basis's name in model files. */
  public String typeName() {
    return TypeNames.of(this);
  }
}
