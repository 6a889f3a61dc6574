package org.integratedcare.governance.diff;

import java.util.List;
import org.integratedcare.governance.internal.Require;

/**
 * The lines of accountability of one organisation, body or function that were added or removed,
 * each as its sentence (as {@link
 * org.integratedcare.governance.accountability.AccountabilityChain#sentence()} renders it).
 *
 * <p>A change is listed once, where it starts: a line that continues, unchanged, a line added to
 * or removed from another subject listed (a committee's line through its ICB, when the ICB gains a
 * line to NHS England) is left out, and a subject with nothing else changed is not listed.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param subject the id of the organisation, body or function, not blank
 * @param name the subject's name, not blank
 * @param added the lines on the later side that were not there before; not null
 * @param removed the lines on the earlier side that are gone; not null
 * @param sentence the change in plain English; not blank
 */
public record ChainChange(String subject, String name, List<String> added, List<String> removed, String sentence) {

  /**
   * Checks the components and copies the lists.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the subject, name or sentence is blank
   */
  public ChainChange {
    Require.sentence(subject);
    Require.sentence(name);
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    Require.sentence(sentence);
  }
}
