package org.integratedcare.core.change;

import org.integratedcare.core.internal.TypeNames;

/** What a {@link ChangeEvent} does to organisations (after ODS successions and W3C ORG change events). */
public enum ChangeKind {
  /** An organisation comes into being with no predecessor. */
  ESTABLISHMENT,
  /**
   * Organisations cease. With no successors their functions end with them; an abolition may name
   * successors that take over its functions, all of them or some by {@linkplain
   * ChangeEvent#transfers() transfer}.
   */
  ABOLITION,
  /** Predecessors are dissolved into one or more new successors (for example NHS Act 2006 s.56). */
  MERGER,
  /** A predecessor is absorbed into a continuing successor (for example s.56A). */
  ACQUISITION,
  /** An organisation's area changes while it continues; {@link ChangeEvent#areas()} may name the units moved. */
  BOUNDARY_CHANGE,
  /**
   * Some functions pass from organisations that continue (the transferors, named as predecessors)
   * to others (the transferees, named as successors), by statute or by a transfer scheme; the
   * {@linkplain ChangeEvent#transfers() transfers} say which.
   */
  TRANSFER_OF_FUNCTIONS;

  /** The kind's name in model files. */
  public String typeName() {
    return TypeNames.of(this);
  }
}
