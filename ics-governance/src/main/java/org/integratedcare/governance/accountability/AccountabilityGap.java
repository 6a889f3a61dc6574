package org.integratedcare.governance.accountability;

import java.util.List;
import java.util.Objects;
import org.integratedcare.governance.internal.Require;

/**
 * A holder of functions with no vertical chain of accountability to a statutory terminus
 * (Parliament, an electorate, or foundation trust members) for some of them.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param holder the id of the organisation that holds the functions, not null
 * @param functions the ids of the functions with no such chain, at least one; not null
 * @param sentence the gap in plain English, not blank
 */
public record AccountabilityGap(String holder, List<String> functions, String sentence) {

  /**
   * Checks the components and copies the list.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if no function is named
   */
  public AccountabilityGap {
    Objects.requireNonNull(holder, "holder");
    functions = List.copyOf(functions);
    if (functions.isEmpty()) {
      throw new IllegalArgumentException("a gap names at least one function");
    }
    Require.sentence(sentence);
  }
}
