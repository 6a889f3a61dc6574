package org.integratedcare.metrics.structure;

import java.util.List;
import java.util.Objects;
import org.integratedcare.core.organisation.Sector;

/**
 * One appointment in force to a post of a partnership forum, with the sectors it is counted for and
 * how they were found (see {@link Inclusion}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param post the post's id
 * @param title the post's title
 * @param appointment the appointment's id
 * @param person the person's id
 * @param voting whether the post votes
 * @param sectors the sectors the seat is counted for; empty if unattributed
 * @param basis how the sectors were found
 */
public record Seat(String post, String title, String appointment, String person, boolean voting,
    List<Sector> sectors, SectorBasis basis) {
  /**
   * Checks and copies the value.
   *
   * @throws NullPointerException if any argument is null
   */
  public Seat {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(appointment, "appointment");
    Objects.requireNonNull(person, "person");
    sectors = List.copyOf(sectors);
    Objects.requireNonNull(basis, "basis");
  }

  /** How a seat's sectors were found, in order of precedence. */
  public enum SectorBasis {
    /** The sectors of the organisations that nominated the appointee. */
    NOMINATING_ORGANISATIONS,
    /** The sector the post's role implies (for example a Healthwatch representative: public and patient voice). */
    POST_ROLE,
    /** The sector of the organisation that appointed the appointee. */
    APPOINTING_ORGANISATION,
    /** Nothing in the model says; the seat is counted for no sector. */
    UNATTRIBUTED
  }
}
