package org.integratedcare.metrics.structure;

import java.util.List;
import java.util.Objects;
import org.integratedcare.core.organisation.Sector;

/**
 * Which sectors have a voting or a speaking seat on one partnership forum (see {@link Inclusion}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param body the forum body's id
 * @param name the forum body's name
 * @param kind the kind of forum
 * @param structure the id of the structure (ICP, place or health and wellbeing board) it serves
 * @param votingSectors sectors with at least one voting seat held
 * @param speakingOnlySectors sectors with a non-voting seat held but no voting seat
 * @param missingCategories of the five inclusion categories, those with no seat at all
 * @param seatsHeld appointments in force to the forum's posts
 * @param vacancies seats in force with no appointment in force
 * @param unattributedSeats seats held whose sector the model does not say
 * @param seats each seat held
 */
public record ForumInclusion(
    String body,
    String name,
    ForumKind kind,
    String structure,
    List<Sector> votingSectors,
    List<Sector> speakingOnlySectors,
    List<Sector> missingCategories,
    int seatsHeld,
    int vacancies,
    int unattributedSeats,
    List<Seat> seats) {
  /**
   * Checks and copies the value.
   *
   * @throws NullPointerException if any reference argument is null
   */
  public ForumInclusion {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(structure, "structure");
    votingSectors = List.copyOf(votingSectors);
    speakingOnlySectors = List.copyOf(speakingOnlySectors);
    missingCategories = List.copyOf(missingCategories);
    seats = List.copyOf(seats);
  }

  /** Whether every one of the five inclusion categories has at least a speaking seat. */
  public boolean isFullyInclusive() {
    return missingCategories.isEmpty();
  }
}
