package org.integratedcare.core.meeting;

import org.integratedcare.core.internal.TypeNames;

/** How someone took part in a {@link Meeting} (the vocabulary of council committee systems). */
public enum AttendanceKind {
  /** Present in person; counts towards the quorum if a voting member. */
  PRESENT,
  /** Present by video or telephone; counts towards the quorum if a voting member. */
  VIRTUAL,
  /** Present as a substitute for a member; counts towards the quorum in the member's place. */
  SUBSTITUTE,
  /** In attendance without membership (officers, observers); never counts towards the quorum. */
  IN_ATTENDANCE,
  /** Sent apologies; absent. */
  APOLOGIES;

  /** The kind's name in model files. */
  public String typeName() {
    return TypeNames.of(this);
  }

  /** Whether the person was there (in person, virtually or as a substitute) as a member. */
  public boolean countsAsMemberPresent() {
    return this == PRESENT || this == VIRTUAL || this == SUBSTITUTE;
  }
}
