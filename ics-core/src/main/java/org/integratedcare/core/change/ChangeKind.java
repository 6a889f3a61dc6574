package org.integratedcare.core.change;

import org.integratedcare.core.internal.TypeNames;

/** What a {@link ChangeEvent} does to organisations (after ODS successions and W3C ORG change events). */
public enum ChangeKind {
  /** An organisation comes into being with no predecessor. */
  ESTABLISHMENT,
  /** An organisation ceases with no successor. */
  ABOLITION,
  /** Predecessors are dissolved into one or more new successors (for example NHS Act 2006 s.56). */
  MERGER,
  /** A predecessor is absorbed into a continuing successor (for example s.56A). */
  ACQUISITION,
  /** An organisation's area changes while it continues. */
  BOUNDARY_CHANGE;

  /** The kind's name in model files. */
  public String typeName() {
    return TypeNames.of(this);
  }
}
