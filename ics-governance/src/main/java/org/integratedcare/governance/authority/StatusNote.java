package org.integratedcare.governance.authority;

import java.util.Objects;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.governance.internal.Require;

/**
 * A fact of the model that is not law in force: a record (a change event, a delegation, a
 * function, an accountability link) whose sources show it only as a bill before
 * Parliament, an announcement, a report or an unconfirmed lead. An answer lists the ones it rests on,
 * and, when asked under the law in force only, the ones it set aside.
 *
 * <p>A record is taken as law in force when any of its sources is {@link SourceStatus#IN_FORCE in
 * force} or {@link SourceStatus#GUIDANCE guidance}, or none states a status; otherwise its status is
 * the firmest its sources state.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param record the id of the record, not blank
 * @param status the firmest status its sources state: {@link SourceStatus#BILL}, {@link
 *     SourceStatus#ANNOUNCED}, {@link SourceStatus#REPORTED} or {@link SourceStatus#UNCONFIRMED}; not null
 * @param source the title of the source with that status, such as {@code "Health Bill 2026 (as
 *     introduced)"}; not blank
 * @param sentence the note in plain English, such as "rests on the acquisition 'hb-nhse-to-sos' of the
 *     Health Bill 2026 (as introduced) (bill), not law on 2 April 2027"; not blank
 */
public record StatusNote(String record, SourceStatus status, String source, String sentence) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the record, source or sentence is blank, or the status is
   *     in force or guidance
   */
  public StatusNote {
    Require.sentence(record);
    Objects.requireNonNull(status, "status");
    if (status == SourceStatus.IN_FORCE || status == SourceStatus.GUIDANCE) {
      throw new IllegalArgumentException("a status note is for a fact that is not law in force, not " + status);
    }
    Require.sentence(source);
    Require.sentence(sentence);
  }
}
