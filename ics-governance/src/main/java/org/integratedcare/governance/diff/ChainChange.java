package org.integratedcare.governance.diff;

import java.util.List;
import org.integratedcare.governance.internal.Require;

/**
 * The accountability chains of one organisation, body or function, before and after, where they changed;
 * each chain as its sentence (as {@link
 * org.integratedcare.governance.accountability.AccountabilityChain#sentence()} renders it).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param subject the id of the organisation, body or function, not blank
 * @param name the subject's name, not blank
 * @param before the chains on the earlier side, empty if the subject was not there; not null
 * @param after the chains on the later side; not null
 * @param sentence the change in plain English; not blank
 */
public record ChainChange(String subject, String name, List<String> before, List<String> after, String sentence) {

  /**
   * Checks the components and copies the lists.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the subject, name or sentence is blank
   */
  public ChainChange {
    Require.sentence(subject);
    Require.sentence(name);
    before = List.copyOf(before);
    after = List.copyOf(after);
    Require.sentence(sentence);
  }

  /** The chains on the later side that were not there before. */
  public List<String> added() {
    return after.stream().filter(c -> !before.contains(c)).toList();
  }

  /** The chains on the earlier side that are gone. */
  public List<String> removed() {
    return before.stream().filter(c -> !after.contains(c)).toList();
  }
}
