package org.integratedcare.governance.accountability;

import java.util.List;
import java.util.Objects;
import org.integratedcare.governance.internal.Require;

/**
 * Lines of accountability that run in a circle, with every member of the circle.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param members the ids of the records in the circle, in the order the lines run, at least two;
 *     not null
 * @param links the ids of the accountability links that form it (implicit steps, such as a body
 *     answering through its organisation, have none); not null
 * @param sentence the cycle in plain English, not blank
 */
public record AccountabilityCycle(List<String> members, List<String> links, String sentence) {

  /**
   * Checks the components and copies the lists.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if there are fewer than two members
   */
  public AccountabilityCycle {
    members = List.copyOf(members);
    links = List.copyOf(links);
    if (members.size() < 2) {
      throw new IllegalArgumentException("a cycle has at least two members");
    }
    Require.sentence(sentence);
  }
}
