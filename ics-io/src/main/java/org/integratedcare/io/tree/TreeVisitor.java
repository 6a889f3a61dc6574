package org.integratedcare.io.tree;

import java.math.BigDecimal;

/**
 * Receives a tree as a stream of events, in document order, from {@link Node#walk(Node,
 * TreeVisitor)}: the way to write a tree through another library's generator (a Jackson {@code
 * JsonGenerator}, say) without walking it by hand.
 *
 * @param <X> what the visitor may throw, such as {@link java.io.IOException}
 */
public interface TreeVisitor<X extends Exception> {
  /** An object starts; property names and values follow, then {@link #endObject()}. */
  void startObject() throws X;

  /** The name of the property whose value comes next. */
  void name(String name) throws X;

  /** The object last started ends. */
  void endObject() throws X;

  /** An array starts; its values follow, then {@link #endArray()}. */
  void startArray() throws X;

  /** The array last started ends. */
  void endArray() throws X;

  /** A string value. */
  void string(String value) throws X;

  /**
   * A finite number, exactly as the tree holds it. A whole number may come with a negative scale
   * ({@code 7E+6}); writers that want integers should convert.
   */
  void number(BigDecimal value) throws X;

  /**
   * A number that is not finite ({@code .inf}, {@code -.inf} or {@code .nan} in YAML), which JSON
   * cannot write as a number; the library's own JSON writes it as the string {@code "Infinity"},
   * {@code "-Infinity"} or {@code "NaN"}.
   */
  void nonFiniteNumber(double value) throws X;

  /** A boolean value. */
  void bool(boolean value) throws X;

  /** A null value. */
  void nullValue() throws X;
}
