package org.integratedcare.core.body;

import org.integratedcare.core.internal.TypeNames;

/** What kind of decision-making body a {@link Body} is. */
public enum BodyKind {
  /** A unitary board, collectively accountable for all its organisation's functions (an ICB board, a trust board). */
  UNITARY_BOARD,
  /** A committee of a board or of an organisation. */
  COMMITTEE,
  /** A sub-committee of a committee. */
  SUB_COMMITTEE,
  /** A joint committee of two or more organisations (for example under NHS Act 2006 s.65Z6, or an ICP). */
  JOINT_COMMITTEE,
  /** A partnership board without a single parent organisation (for example a place partnership board). */
  PARTNERSHIP_BOARD,
  /** An advisory forum: it may discuss and recommend, but holds no delegated powers. */
  ADVISORY_FORUM,
  /** A foundation trust's council of governors, which holds the board to account for the members. */
  COUNCIL_OF_GOVERNORS;

  /** The kind's name in model files, such as {@code "joint-committee"}. */
  public String typeName() {
    return TypeNames.of(this);
  }
}
