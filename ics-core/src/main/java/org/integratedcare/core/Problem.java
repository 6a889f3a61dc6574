package org.integratedcare.core;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One problem found in a model or model file: where it is and what is wrong, in a plain sentence.
 *
 * <p>The path names the record and attribute as a model file would, such as {@code
 * bodies[3].parent} or {@code delegations[0].functions[1]}. Problems found while reading a file
 * also carry the line and column where the parser knew them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Problem implements Comparable<Problem> {
  private final String path;
  private final String message;
  private final int line;
  private final int column;

  private Problem(String path, String message, int line, int column) {
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
    this.line = line;
    this.column = column;
  }

  /**
   * A problem at a path.
   *
   * @param path the path, such as {@code bodies[3].parent}; empty for the whole document
   * @param message what is wrong, in a plain sentence
   * @return the problem
   * @throws NullPointerException if either argument is null
   */
  public static Problem at(String path, String message) {
    return new Problem(path, message, -1, -1);
  }

  /**
   * A problem at a path and a place in a file.
   *
   * @param path the path
   * @param message what is wrong
   * @param line the 1-based line, or a value below 1 if unknown
   * @param column the 1-based column, or a value below 1 if unknown
   * @return the problem
   */
  public static Problem at(String path, String message, int line, int column) {
    return new Problem(path, message, line < 1 ? -1 : line, column < 1 ? -1 : column);
  }

  /** The path of the record and attribute at fault; empty for the whole document. */
  public String path() {
    return path;
  }

  /** What is wrong, in a plain sentence. */
  public String message() {
    return message;
  }

  /** The 1-based line in the file, if known. */
  public OptionalInt line() {
    return line < 1 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /** The 1-based column in the file, if known. */
  public OptionalInt column() {
    return column < 1 ? OptionalInt.empty() : OptionalInt.of(column);
  }

  /** Orders by line, then path, then message. */
  @Override
  public int compareTo(Problem o) {
    int c = Integer.compare(line, o.line);
    if (c != 0) {
      return c;
    }
    c = path.compareTo(o.path);
    return c != 0 ? c : message.compareTo(o.message);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Problem p && path.equals(p.path) && message.equals(p.message)
        && line == p.line && column == p.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, message, line, column);
  }

  /** The problem as {@code path: message} or {@code path (line 3, column 5): message}. */
  @Override
  public String toString() {
    String where = path.isEmpty() ? "(document)" : path;
    if (line > 0) {
      where += " (line " + line + (column > 0 ? ", column " + column : "") + ")";
    }
    return where + ": " + message;
  }
}
