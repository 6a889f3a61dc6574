package org.integratedcare.governance.migration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a migration report: a record re-pointed, a record left orphaned, or a decision a
 * person must take.
 *
 * @param kind what happened to the record, not null
 * @param record the id of the record (a delegation, body, mechanism, accountability link or post),
 *     not null
 * @param newRecord the id of the record that carries it on from the change's effective date, when
 *     {@code kind} is {@link Kind#RE_POINTED} and the migrated model keeps the old record for the
 *     days before; empty when re-pointed in place or not re-pointed
 * @param party the id of the party the record named that ended or lost the functions, not null
 * @param successors the ids of the bodies that now hold the party's functions (none for a gap)
 * @param event the id of the change event that moved the functions, if one did
 * @param sentence the line in words, for a company secretary, not null
 */
public record MigrationEntry(Kind kind, String record, Optional<String> newRecord, String party,
    List<String> successors, Optional<String> event, String sentence) {

  /** What a migration did, or could not do, with a record. */
  public enum Kind {
    /** Re-pointed to the successor, because the instrument (or the stated assumption) carries it over. */
    RE_POINTED,
    /** Left as it was: the party it names ended and nothing can carry it over; the reason says why. */
    ORPHANED,
    /** Left as it was until a person decides: the sentence says who must decide what. */
    DECISION_REQUIRED
  }

  /**
   * An entry.
   *
   * @throws NullPointerException if an argument is null
   */
  public MigrationEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(newRecord, "newRecord");
    Objects.requireNonNull(party, "party");
    successors = List.copyOf(successors);
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(sentence, "sentence");
  }
}
