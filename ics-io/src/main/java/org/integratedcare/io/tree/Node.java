package org.integratedcare.io.tree;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A value in a JSON or YAML document: an object, an array, a string, a number, a boolean, null, or
 * the missing value that stands for "nothing here".
 *
 * <p>The methods mirror the parts of a JSON tree API that decoders need, so that code reading a
 * tree only changes its imports. Accessors never fail on the wrong kind of node unless documented:
 * {@link #get(String)} returns {@code null}, {@link #path(String)} returns {@link MissingNode}, and
 * {@link #size()} returns 0.
 *
 * <p>A node built by a reader remembers where it was read: {@link #line()} and {@link #column()}
 * (1-based). For a property of an object that is where its name starts; for an array item or the
 * root, where the value starts. Nodes built in code have -1 for both. Positions take no part in
 * {@link #equals(Object)}, which compares values.
 */
public abstract sealed class Node
    permits ObjectNode, ArrayNode, StringNode, NumberNode, BooleanNode, NullNode, MissingNode {

  private final int line;
  private final int column;

  Node(int line, int column) {
    this.line = line;
    this.column = column;
  }

  // ----------------------------------------------------------------------------------------------
  // factories

  /** A new, empty object built in code. @return never {@code null} */
  public static ObjectNode object() {
    return new ObjectNode(-1, -1);
  }

  /** A new, empty array built in code. @return never {@code null} */
  public static ArrayNode array() {
    return new ArrayNode(-1, -1);
  }

  /**
   * A string node, or a null node if {@code value} is {@code null}.
   *
   * @param value the text; may be {@code null}
   * @return never {@code null}
   */
  public static Node string(@Nullable String value) {
    return value == null ? NullNode.INSTANCE : new StringNode(value, -1, -1);
  }

  /**
   * A number node, or a null node if {@code value} is {@code null}.
   *
   * @param value the number; may be {@code null}
   * @return never {@code null}
   */
  public static Node number(@Nullable BigDecimal value) {
    return value == null ? NullNode.INSTANCE : new NumberNode(value, -1, -1);
  }

  /**
   * A whole-number node.
   *
   * @param value the number
   * @return never {@code null}
   */
  public static NumberNode number(long value) {
    return new NumberNode(BigDecimal.valueOf(value), -1, -1);
  }

  /**
   * A number that is not finite, as YAML writes {@code .inf}, {@code -.inf} and {@code .nan}.
   *
   * @param value infinite or NaN
   * @return never {@code null}
   * @throws IllegalArgumentException if {@code value} is finite
   */
  public static NumberNode nonFinite(double value) {
    if (Double.isFinite(value)) {
      throw new IllegalArgumentException("a finite number belongs in number(BigDecimal): " + value);
    }
    return new NumberNode(value, -1, -1);
  }

  /** A boolean node. @param value the value @return never {@code null} */
  public static BooleanNode bool(boolean value) {
    return value ? BooleanNode.TRUE : BooleanNode.FALSE;
  }

  /** The null node. @return never {@code null} */
  public static NullNode nullNode() {
    return NullNode.INSTANCE;
  }

  /** The missing node, which stands for an absent value. @return never {@code null} */
  public static MissingNode missing() {
    return MissingNode.INSTANCE;
  }

  // ----------------------------------------------------------------------------------------------
  // position

  /** The 1-based line this node was read from, or -1 if it was built in code. @return the line */
  public final int line() {
    return line;
  }

  /** The 1-based column this node was read from, or -1 if it was built in code. @return the column */
  public final int column() {
    return column;
  }

  /**
   * Sends a tree to a visitor, in document order, without recursion whatever the nesting.
   *
   * @param root the tree, not null and not the missing node
   * @param visitor the visitor, not null
   * @param <X> what the visitor may throw
   * @throws X if the visitor does
   * @throws IllegalArgumentException if {@code root} is the missing node
   */
  public static <X extends Exception> void walk(Node root, TreeVisitor<X> visitor) throws X {
    java.util.ArrayDeque<java.util.Iterator<?>> open = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<Boolean> objects = new java.util.ArrayDeque<>();
    visit(root, visitor, open, objects);
    while (!open.isEmpty()) {
      java.util.Iterator<?> children = open.peek();
      boolean object = objects.peek();
      if (!children.hasNext()) {
        open.pop();
        objects.pop();
        if (object) {
          visitor.endObject();
        } else {
          visitor.endArray();
        }
      } else if (object) {
        Map.Entry<?, ?> e = (Map.Entry<?, ?>) children.next();
        visitor.name((String) e.getKey());
        visit((Node) e.getValue(), visitor, open, objects);
      } else {
        visit((Node) children.next(), visitor, open, objects);
      }
    }
  }

  private static <X extends Exception> void visit(Node n, TreeVisitor<X> v,
      java.util.ArrayDeque<java.util.Iterator<?>> open, java.util.ArrayDeque<Boolean> objects) throws X {
    if (n.isObject()) {
      v.startObject();
      open.push(n.properties().iterator());
      objects.push(Boolean.TRUE);
    } else if (n.isArray()) {
      v.startArray();
      open.push(n.values().iterator());
      objects.push(Boolean.FALSE);
    } else if (n.isString()) {
      v.string(n.stringValue());
    } else if (n.isNumber()) {
      if (n.isFinite()) {
        v.number(n.decimalValue());
      } else {
        v.nonFiniteNumber(n.doubleValue());
      }
    } else if (n.isBoolean()) {
      v.bool(n.booleanValue());
    } else if (n.isNull()) {
      v.nullValue();
    } else {
      throw new IllegalArgumentException("the missing node is not a value");
    }
  }

  /**
   * The deepest node on {@code path} below {@code root}: the node itself if it exists, otherwise
   * its nearest existing ancestor ({@code root} at worst).
   *
   * <p>A path joins object keys with {@code .} and writes array indexes in brackets, as in {@code
   * bodies[3].members[1].nominatedBy}; the root's path is {@code ""}. A key that itself contains
   * {@code .} or {@code [} is matched too, as long as the object has it.
   *
   * @param root the tree's root
   * @param path the path, as above
   * @return never {@code null}
   */
  public static Node nearest(Node root, String path) {
    return TreePaths.walk(root, path, false);
  }

  /**
   * The line and column of the node at {@code path} below {@code root}, or of its nearest ancestor
   * that has a position (see {@link #nearest(Node, String)} for the form of a path).
   *
   * @param root the tree's root
   * @param path the path
   * @return a new array {@code {line, column}}, both 1-based, or {@code {-1, -1}} if no node on
   *     the path has a position
   */
  public static int[] locate(Node root, String path) {
    Node n = TreePaths.walk(root, path, true);
    return new int[] {n.line, n.column};
  }

  // ----------------------------------------------------------------------------------------------
  // kind

  /** @return whether this is an {@link ObjectNode} */
  public boolean isObject() {
    return false;
  }

  /** @return whether this is an {@link ArrayNode} */
  public boolean isArray() {
    return false;
  }

  /** @return whether this is an object or an array */
  public final boolean isContainer() {
    return isObject() || isArray();
  }

  /** @return whether this is a {@link StringNode} */
  public boolean isString() {
    return false;
  }

  /** @return whether this is a {@link NumberNode}, finite or not */
  public boolean isNumber() {
    return false;
  }

  /**
   * Whether this is a whole number written without a fraction or exponent (its decimal value has
   * scale 0), such as {@code 42} but not {@code 42.0} or {@code 4.2e1}.
   *
   * @return whether this is an integral number
   */
  public boolean isIntegralNumber() {
    return false;
  }

  /** @return whether this is a number with a finite value; {@code false} for any other node */
  public boolean isFinite() {
    return false;
  }

  /** @return whether this is a {@link BooleanNode} */
  public boolean isBoolean() {
    return false;
  }

  /** @return whether this is the {@link NullNode} (not the missing node) */
  public boolean isNull() {
    return false;
  }

  /** @return whether this is the {@link MissingNode} */
  public boolean isMissingNode() {
    return false;
  }

  // ----------------------------------------------------------------------------------------------
  // values

  /**
   * A text for this value: a string's text, a number's plain decimal form ({@code .inf}, {@code
   * -.inf} or {@code .nan} if not finite), {@code true} or {@code false}, {@code null} for null,
   * and {@code ""} for containers and the missing node.
   *
   * @return never {@code null}
   */
  public String asString() {
    return "";
  }

  /**
   * A string's text.
   *
   * @return never {@code null}
   * @throws IllegalStateException if this is not a string
   */
  public String stringValue() {
    throw wrongKind("a string");
  }

  /**
   * A boolean's value.
   *
   * @return the value
   * @throws IllegalStateException if this is not a boolean
   */
  public boolean booleanValue() {
    throw wrongKind("a boolean");
  }

  /**
   * A finite number's exact value.
   *
   * @return never {@code null}
   * @throws IllegalStateException if this is not a number
   * @throws ArithmeticException if the number is not finite
   */
  public BigDecimal decimalValue() {
    throw wrongKind("a number");
  }

  /**
   * A number's value as a double (possibly rounded, infinite or NaN).
   *
   * @return the value
   * @throws IllegalStateException if this is not a number
   */
  public double doubleValue() {
    throw wrongKind("a number");
  }

  /**
   * A number's exact value as a long.
   *
   * @return the value
   * @throws IllegalStateException if this is not a number
   * @throws ArithmeticException if it has a fraction, is out of range or is not finite
   */
  public long longValue() {
    throw wrongKind("a number");
  }

  /**
   * A number's exact value as an int.
   *
   * @return the value
   * @throws IllegalStateException if this is not a number
   * @throws ArithmeticException if it has a fraction, is out of range or is not finite
   */
  public int intValue() {
    throw wrongKind("a number");
  }

  /**
   * Whether this is a finite number in the range of a long (a fraction would be cut off by {@link
   * #asLong()}).
   *
   * @return whether the value fits a long
   */
  public boolean canConvertToLong() {
    return false;
  }

  /**
   * This value converted to a long: a number cut towards zero (saturating at the range of a long;
   * 0 for NaN), a string holding a decimal integer parsed, {@code true} as 1; anything else 0.
   *
   * @return the value
   */
  public long asLong() {
    return 0L;
  }

  /**
   * This value converted to a double: a number's value, a string holding a number parsed, {@code
   * true} as 1; anything else 0.
   *
   * @return the value
   */
  public double asDouble() {
    return 0.0;
  }

  // ----------------------------------------------------------------------------------------------
  // children

  /**
   * An object's property.
   *
   * @param name the property name
   * @return the value, or {@code null} if this is not an object or has no such property
   */
  public @Nullable Node get(String name) {
    return null;
  }

  /**
   * An array's item.
   *
   * @param index the index, from 0
   * @return the item, or {@code null} if this is not an array or the index is out of range
   */
  public @Nullable Node get(int index) {
    return null;
  }

  /**
   * An object's property, never {@code null}.
   *
   * @param name the property name
   * @return the value, or the missing node if this is not an object or has no such property
   */
  public Node path(String name) {
    return MissingNode.INSTANCE;
  }

  /**
   * An array's item, never {@code null}.
   *
   * @param index the index, from 0
   * @return the item, or the missing node if this is not an array or the index is out of range
   */
  public Node path(int index) {
    return MissingNode.INSTANCE;
  }

  /**
   * Whether this is an object with the property (even if its value is null).
   *
   * @param name the property name
   * @return whether present
   */
  public boolean has(String name) {
    return false;
  }

  /**
   * An object's properties in document order, as an unmodifiable view.
   *
   * @return never {@code null}; empty for any other node
   */
  public Set<Map.Entry<String, Node>> properties() {
    return Set.of();
  }

  /**
   * An object's property names in document order, as an unmodifiable view.
   *
   * @return never {@code null}; empty for any other node
   */
  public Set<String> propertyNames() {
    return Set.of();
  }

  /**
   * The children of an array or the property values of an object, in order, as an unmodifiable
   * view.
   *
   * @return never {@code null}; empty for any other node
   */
  public Collection<Node> values() {
    return List.of();
  }

  /** @return the number of properties or items of a container; 0 for any other node */
  public int size() {
    return 0;
  }

  /** @return whether {@link #size()} is 0 (so always {@code true} for a node that is no container) */
  public final boolean isEmpty() {
    return size() == 0;
  }

  /**
   * The value as JSON on one line, for messages and debugging.
   *
   * @return never {@code null}
   */
  @Override
  public String toString() {
    return isMissingNode() ? "" : JsonDocumentWriter.compact().writeString(this);
  }

  private IllegalStateException wrongKind(String expected) {
    return new IllegalStateException("not " + expected + " but " + getClass().getSimpleName());
  }
}
