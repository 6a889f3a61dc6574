package org.integratedcare.core.meeting;

import org.integratedcare.core.internal.TypeNames;

/** How a conflict of interest declared on an agenda item was managed (NHS England, <i>Managing conflicts of interest in the NHS</i>, as applied in ICB policies). */
public enum ConflictManagement {
  /** The person left the meeting for the item. */
  WITHDREW,
  /** The person stayed but took no part in the discussion or vote. */
  TOOK_NO_PART_IN_VOTE,
  /** The person stayed and took part with the chair's agreement, recorded in the minutes. */
  STAYED_WITH_CHAIR_AGREEMENT;

  /** The way's name in model files. */
  public String typeName() {
    return TypeNames.of(this);
  }
}
