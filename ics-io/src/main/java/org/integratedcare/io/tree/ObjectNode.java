package org.integratedcare.io.tree;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A JSON object or YAML mapping: properties in insertion (document) order, names unique. Mutable
 * and not thread-safe.
 */
public final class ObjectNode extends Node {

  private final LinkedHashMap<String, Node> properties = new LinkedHashMap<>();

  ObjectNode(int line, int column) {
    super(line, column);
  }

  @Override
  public boolean isObject() {
    return true;
  }

  @Override
  public @Nullable Node get(String name) {
    return properties.get(name);
  }

  @Override
  public Node path(String name) {
    Node n = properties.get(name);
    return n == null ? MissingNode.INSTANCE : n;
  }

  @Override
  public boolean has(String name) {
    return properties.containsKey(name);
  }

  @Override
  public Set<Map.Entry<String, Node>> properties() {
    return Collections.unmodifiableMap(properties).entrySet();
  }

  @Override
  public Set<String> propertyNames() {
    return Collections.unmodifiableSet(properties.keySet());
  }

  @Override
  public Collection<Node> values() {
    return Collections.unmodifiableCollection(properties.values());
  }

  @Override
  public int size() {
    return properties.size();
  }

  /**
   * Sets a property, replacing any value it had (the property keeps its place in the order).
   *
   * @param name the property name
   * @param value the value; {@code null} sets the null node
   * @return this object
   * @throws IllegalArgumentException if {@code value} is the missing node
   */
  public ObjectNode set(String name, @Nullable Node value) {
    properties.put(java.util.Objects.requireNonNull(name, "name"), ArrayNode.checkValue(value));
    return this;
  }

  /**
   * Sets a string property.
   *
   * @param name the property name
   * @param value the text; {@code null} sets the null node
   * @return this object
   */
  public ObjectNode put(String name, @Nullable String value) {
    return set(name, Node.string(value));
  }

  /**
   * Sets a number property.
   *
   * @param name the property name
   * @param value the number; {@code null} sets the null node
   * @return this object
   */
  public ObjectNode put(String name, @Nullable BigDecimal value) {
    return set(name, Node.number(value));
  }

  /**
   * Sets a whole-number property.
   *
   * @param name the property name
   * @param value the number
   * @return this object
   */
  public ObjectNode put(String name, long value) {
    return set(name, Node.number(value));
  }

  /**
   * Sets a whole-number property.
   *
   * @param name the property name
   * @param value the number
   * @return this object
   */
  public ObjectNode put(String name, int value) {
    return set(name, Node.number(value));
  }

  /**
   * Sets a boolean property.
   *
   * @param name the property name
   * @param value the value
   * @return this object
   */
  public ObjectNode put(String name, boolean value) {
    return set(name, Node.bool(value));
  }

  /**
   * Sets a property to null.
   *
   * @param name the property name
   * @return this object
   */
  public ObjectNode putNull(String name) {
    return set(name, NullNode.INSTANCE);
  }

  /**
   * Sets a property to a new, empty array.
   *
   * @param name the property name
   * @return the new array
   */
  public ArrayNode putArray(String name) {
    ArrayNode a = Node.array();
    set(name, a);
    return a;
  }

  /**
   * Sets a property to a new, empty object.
   *
   * @param name the property name
   * @return the new object
   */
  public ObjectNode putObject(String name) {
    ObjectNode o = Node.object();
    set(name, o);
    return o;
  }

  /**
   * Removes a property.
   *
   * @param name the property name
   * @return its value, or {@code null} if there was none
   */
  public Node remove(String name) {
    return properties.remove(name);
  }

  /** Adds a property while reading; returns false if the name is taken. */
  boolean putNew(String name, Node value) {
    return properties.putIfAbsent(name, value) == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ObjectNode other && properties.equals(other.properties);
  }

  @Override
  public int hashCode() {
    return properties.hashCode();
  }
}
