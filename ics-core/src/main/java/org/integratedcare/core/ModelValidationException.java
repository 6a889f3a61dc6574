package org.integratedcare.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A model, or a model file, could not be accepted; {@link #problems()} lists every problem found,
 * each with its path.
 *
 * <p>No partial model is ever returned alongside this exception.
 */
public class ModelValidationException extends IcsException {
  private static final long serialVersionUID = 1L;

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

  private static String render(String subject, List<Problem> problems) {
    String head = problems.size() == 1
        ? "1 problem in " + subject + ":"
        : problems.size() + " problems in " + subject + ":";
    return head + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
  }
}
