package org.integratedcare.io.tree;

import java.util.ArrayDeque;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds a tree from a stream of events, such as the tokens of another library's parser: the way
 * to read a document through a Jackson {@code JsonParser} into the library's tree. Iterative,
 * whatever the nesting; a property given twice in one object fails as the library's own readers
 * fail, naming the duplicate's path.
 *
 * <pre>{@code
 * TreeBuilder b = new TreeBuilder();
 * b.startObject(); b.name("name"); b.value(Node.string("Exampleshire")); b.endObject();
 * Node root = b.result();
 * }</pre>
 *
 * <p>Not thread-safe: one builder per document.
 */
public final class TreeBuilder {
  private record Open(Node node, String path) {}

  private final ArrayDeque<Open> open = new ArrayDeque<>();
  private @Nullable String pendingName;
  private @Nullable Node root;

  /** A builder for one document. */
  public TreeBuilder() {}

  /**
   * Starts an object, as the document's root or as the next value.
   *
   * @throws IllegalStateException if the document is complete, or an object awaits a name
   */
  public void startObject() {
    push(Node.object());
  }

  /**
   * Starts an array, as the document's root or as the next value.
   *
   * @throws IllegalStateException as for {@link #startObject()}
   */
  public void startArray() {
    push(Node.array());
  }

  /**
   * The name of the next property of the open object.
   *
   * @param name the name, not null
   * @throws DocumentException if the object already has a property of this name (one problem, at
   *     the duplicate's path, without a line: the caller knows where its parser stands)
   * @throws IllegalStateException if no object is open, or a name awaits its value
   */
  public void name(String name) {
    Objects.requireNonNull(name, "name");
    Open top = open.peek();
    if (top == null || !(top.node() instanceof ObjectNode o) || pendingName != null) {
      throw new IllegalStateException("a property name here is out of order");
    }
    if (o.has(name)) {
      throw new DocumentException(childPath(top, name), "duplicate property '" + name + "'", -1, -1);
    }
    pendingName = name;
  }

  /**
   * A scalar value: the document's root, or the next value.
   *
   * @param scalar a string, number, boolean or null node, not null
   * @throws IllegalArgumentException if {@code scalar} is a container or the missing node
   * @throws IllegalStateException as for {@link #startObject()}
   */
  public void value(Node scalar) {
    if (scalar.isContainer() || scalar.isMissingNode()) {
      throw new IllegalArgumentException("value() takes a scalar; start containers with startObject() or startArray()");
    }
    place(scalar);
  }

  /**
   * Ends the open object or array.
   *
   * @throws IllegalStateException if nothing is open, or an object awaits a value
   */
  public void end() {
    if (open.isEmpty() || pendingName != null) {
      throw new IllegalStateException("nothing to end here");
    }
    open.pop();
  }

  /** Whether the document is complete: a root was given and every container it opened has ended. */
  public boolean isComplete() {
    return root != null && open.isEmpty();
  }

  /**
   * The path of the value that comes next, in the library's form ({@code bodies[3].name}).
   *
   * @return the path; {@code ""} for the root
   */
  public String path() {
    Open top = open.peek();
    if (top == null) {
      return "";
    }
    return top.node() instanceof ObjectNode
        ? (pendingName == null ? top.path() : childPath(top, pendingName))
        : top.path() + "[" + top.node().size() + "]";
  }

  /**
   * The tree built.
   *
   * @return the root
   * @throws IllegalStateException if the document is not complete
   */
  public Node result() {
    if (!isComplete()) {
      throw new IllegalStateException("the document is not complete");
    }
    return Objects.requireNonNull(root);
  }

  private void push(Node container) {
    String path = path();
    place(container);
    open.push(new Open(container, path));
  }

  private void place(Node node) {
    Open top = open.peek();
    if (top == null) {
      if (root != null) {
        throw new IllegalStateException("the document is complete");
      }
      root = node;
    } else if (top.node() instanceof ObjectNode o) {
      if (pendingName == null) {
        throw new IllegalStateException("a value needs a property name first");
      }
      o.set(pendingName, node);
      pendingName = null;
    } else {
      ((ArrayNode) top.node()).add(node);
    }
  }

  private static String childPath(Open top, String name) {
    return top.path().isEmpty() ? name : top.path() + "." + name;
  }
}
