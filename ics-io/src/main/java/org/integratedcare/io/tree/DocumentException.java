package org.integratedcare.io.tree;

import java.util.List;
import java.util.Objects;

/**
 * A document could not be read: it is not well-formed, breaks a {@link DocumentLimits limit} or
 * uses something a model file does not allow. Readers report exactly one {@link Problem}; the
 * messages are plain English for the person who wrote the file.
 */
public final class DocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * One problem in a document.
   *
   * @param path where, as object keys joined by {@code .} and array indexes in brackets (such as
   *     {@code bodies[3].members[1]}); {@code ""} for the root; never {@code null}
   * @param message what is wrong, in plain English; never {@code null}
   * @param line the 1-based line, or -1 if unknown
   * @param column the 1-based column (in characters), or -1 if unknown
   */
  public record Problem(String path, String message, int line, int column) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if {@code path} or {@code message} is {@code null}
     */
    public Problem {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(message, "message");
    }
  }

  private final transient List<Problem> problems;

  /**
   * A failure with the given problems.
   *
   * @param problems at least one problem
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public DocumentException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  DocumentException(String path, String message, int line, int column) {
    this(List.of(new Problem(path, message, line, column)));
  }

  /** @return the problems, never empty; unmodifiable */
  public List<Problem> problems() {
    return problems;
  }

  /** @return the first (for a reader, the only) problem */
  public Problem problem() {
    return problems.get(0);
  }

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a document exception needs a problem");
    }
    Problem p = problems.get(0);
    StringBuilder sb = new StringBuilder();
    if (p.line() > 0) {
      sb.append("line ").append(p.line()).append(", column ").append(p.column()).append(": ");
    }
    if (!p.path().isEmpty()) {
      sb.append(p.path()).append(": ");
    }
    sb.append(p.message());
    if (problems.size() > 1) {
      sb.append(" (and ").append(problems.size() - 1).append(" more)");
    }
    return sb.toString();
  }
}
