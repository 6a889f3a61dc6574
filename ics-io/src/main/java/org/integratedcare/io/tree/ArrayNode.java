package org.integratedcare.io.tree;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;

/** A JSON array or YAML sequence: items in order. Mutable and not thread-safe. */
public final class ArrayNode extends Node {

  private final ArrayList<Node> items = new ArrayList<>();

  ArrayNode(int line, int column) {
    super(line, column);
  }

  static Node checkValue(Node value) {
    if (value == null) {
      return NullNode.INSTANCE;
    }
    if (value.isMissingNode()) {
      throw new IllegalArgumentException("the missing node cannot be a value in a document");
    }
    return value;
  }

  @Override
  public boolean isArray() {
    return true;
  }

  @Override
  public @Nullable Node get(int index) {
    return index >= 0 && index < items.size() ? items.get(index) : null;
  }

  @Override
  public Node path(int index) {
    Node n = get(index);
    return n == null ? MissingNode.INSTANCE : n;
  }

  @Override
  public Collection<Node> values() {
    return Collections.unmodifiableList(items);
  }

  @Override
  public int size() {
    return items.size();
  }

  /**
   * Appends an item.
   *
   * @param value the item; {@code null} appends the null node
   * @return this array
   * @throws IllegalArgumentException if {@code value} is the missing node
   */
  public ArrayNode add(@Nullable Node value) {
    items.add(checkValue(value));
    return this;
  }

  /**
   * Appends a string.
   *
   * @param value the text; {@code null} appends the null node
   * @return this array
   */
  public ArrayNode add(@Nullable String value) {
    items.add(Node.string(value));
    return this;
  }

  /**
   * Appends a number.
   *
   * @param value the number; {@code null} appends the null node
   * @return this array
   */
  public ArrayNode add(@Nullable BigDecimal value) {
    items.add(Node.number(value));
    return this;
  }

  /**
   * Appends a whole number.
   *
   * @param value the number
   * @return this array
   */
  public ArrayNode add(long value) {
    items.add(Node.number(value));
    return this;
  }

  /**
   * Appends a boolean.
   *
   * @param value the value
   * @return this array
   */
  public ArrayNode add(boolean value) {
    items.add(Node.bool(value));
    return this;
  }

  /**
   * Appends the null node.
   *
   * @return this array
   */
  public ArrayNode addNull() {
    items.add(NullNode.INSTANCE);
    return this;
  }

  /**
   * Appends a new, empty object.
   *
   * @return the new object
   */
  public ObjectNode addObject() {
    ObjectNode o = Node.object();
    items.add(o);
    return o;
  }

  /**
   * Appends a new, empty array.
   *
   * @return the new array
   */
  public ArrayNode addArray() {
    ArrayNode a = Node.array();
    items.add(a);
    return a;
  }

  /**
   * Replaces an item.
   *
   * @param index the index, from 0
   * @param value the new item; {@code null} sets the null node
   * @return the item it replaces
   * @throws IndexOutOfBoundsException if the index is out of range
   * @throws IllegalArgumentException if {@code value} is the missing node
   */
  public Node set(int index, Node value) {
    return items.set(index, checkValue(value));
  }

  /**
   * Removes an item.
   *
   * @param index the index, from 0
   * @return the removed item, or {@code null} if the index is out of range
   */
  public Node remove(int index) {
    return index >= 0 && index < items.size() ? items.remove(index) : null;
  }

  /** Appends while reading. */
  void append(Node value) {
    items.add(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArrayNode other && items.equals(other.items);
  }

  @Override
  public int hashCode() {
    return items.hashCode();
  }
}
