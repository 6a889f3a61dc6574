package org.integratedcare.governance.accountability;

import java.util.List;
import java.util.Objects;
import org.integratedcare.governance.internal.Require;

/**
 * One line of accountability from a subject to where it ends, step by step.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param steps the steps in order from the subject, at least one; not null
 * @param end how the chain ends, not null
 * @param last the id of the record the chain ends at, not null
 * @param sentence the chain in plain English, not blank
 */
public record AccountabilityChain(List<ChainStep> steps, ChainEnd end, String last, String sentence) {

  /**
   * Checks the components and copies the list.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if there are no steps
   */
  public AccountabilityChain {
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("an accountability chain needs at least one step");
    }
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(last, "last");
    Require.sentence(sentence);
  }

  /** Whether every step is vertical (see {@link ChainStep#isVertical()}). */
  public boolean isVertical() {
    return steps.stream().allMatch(ChainStep::isVertical);
  }

  /** The number of steps. */
  public int length() {
    return steps.size();
  }

  /** The ids of the records on the chain, from the subject to the last, in order. */
  public List<String> members() {
    List<String> ids = new java.util.ArrayList<>();
    ids.add(steps.get(0).from());
    steps.forEach(s -> ids.add(s.to()));
    return List.copyOf(ids);
  }
}
