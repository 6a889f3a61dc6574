package org.integratedcare.core.body;

import org.integratedcare.core.internal.TypeNames;

/**
 * In what capacity a person holds a post under an {@link Appointment}.
 *
 * <p>NHS England, <i>Guidance on integrated care board constitutions and governance</i>
 * (https://www.england.nhs.uk/long-read/guidance-on-integrated-care-board-constitutions-and-governance),
 * has the deputy chair preside when the chair is unavailable, without becoming the chair. The
 * Government's answer to written question 45636 (Integrated Care Boards: Leadership) says that
 * where an ICB chair's post falls vacant before a successor is approved, the board may be chaired by
 * an acting chair, normally but not always the deputy chair. An interim chair, by contrast, holds
 * the post by appointment, which for an ICB chair is NHS England's with the Secretary of State's
 * approval (NHS Act 2006 Sch 1B para 5).
 */
public enum Capacity {
  /** Holds the post by an ordinary appointment to it. */
  SUBSTANTIVE,
  /**
   * Holds the post for a limited time by an appointment to it, until a substantive holder is
   * appointed; appointed the same way as a substantive holder.
   */
  INTERIM,
  /**
   * Acts in the post while it is vacant or its holder is unavailable, without being appointed to
   * it (such as a deputy chair acting as chair).
   */
  ACTING;

  /** The capacity's name in model files, such as {@code "acting"}. */
  public String typeName() {
    return TypeNames.of(this);
  }
}
