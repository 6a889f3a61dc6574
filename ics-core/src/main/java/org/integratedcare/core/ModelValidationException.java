package org.integratedcare.core;

import java.util.List;

/**
 * A model, or a model file, could not be accepted; {@link #problems()} lists every problem found,
 * each with its path.
 *
 * <p>No partial model is ever returned alongside this exception.
 */
public class ModelValidationException extends IcsException {
  private static final long serialVersionUID = 1L;

  /** How many problems the message lists; {@link #problems()} holds them all. */
  public static final int MAX_PROBLEMS_IN_MESSAGE = 100;

  /** The problems; an unmodifiable list, so the exception stays serializable in practice. */
  private final transient List<Problem> problems;

  /**
   * An exception listing problems.
   *
   * @param subject what was being checked, such as a file name or "model"; not null
   * @param problems the problems, at least one
   * @throws IllegalArgumentException if there are no problems
   */
  public ModelValidationException(String subject, List<Problem> problems) {
    super(render(subject, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in order; never empty. */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The message: a head line and the first {@value #MAX_PROBLEMS_IN_MESSAGE} problems, one a line,
   * {@linkplain Bounds#escape(String) escaped} so that no input can break a line or send a control
   * sequence to a terminal, then how many more there are ("… and 99,900 more problems").
   */
  private static String render(String subject, List<Problem> problems) {
    String head = problems.size() == 1
        ? "1 problem in " + Bounds.escape(subject) + ":"
        : String.format(java.util.Locale.UK, "%,d", problems.size()) + " problems in "
            + Bounds.escape(subject) + ":";
    StringBuilder sb = new StringBuilder(head);
    int shown = Math.min(problems.size(), MAX_PROBLEMS_IN_MESSAGE);
    for (int i = 0; i < shown; i++) {
      sb.append("\n  - ").append(Bounds.escape(problems.get(i).toString()));
    }
    if (problems.size() > shown) {
      sb.append(String.format(java.util.Locale.UK, "\n  … and %,d more problems", problems.size() - shown));
    }
    return sb.toString();
  }
}
