package org.integratedcare.report;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A directed graph drawn from a model, ready to render as a Mermaid flowchart or a Graphviz DOT
 * digraph.
 *
 * <p>Nodes are keyed by the model id of the record they stand for; edges join two keys. Keys are
 * never written into the rendered text: each node gets a synthetic id ({@code n1}, {@code n2}, …)
 * in the diagram's sort order, so user text can never break the syntax, and every label is escaped
 * for the target language. Nodes are sorted by kind, label, detail and key, and edges by their
 * ends and label, so the same graph always renders to the same bytes whatever order it was built
 * in.
 *
 * <p>Most users get a diagram from {@link Diagrams}; the {@link Builder} is public so that a tool
 * can draw a graph of its own with the same escaping and ordering.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Diagram {

  /** What a node stands for; it decides the node's shape. */
  public enum NodeKind {
    /** An organisation (drawn as a rectangle). */
    ORGANISATION,
    /** A statutory or partnership structure (drawn with rounded corners). */
    STRUCTURE,
    /** A board, committee, joint committee or forum (drawn as a subroutine or component box). */
    BODY,
    /** A post on a body (drawn as a stadium or ellipse). */
    POST,
    /** A function (drawn as a hexagon). */
    FUNCTION
  }

  /** How an edge is drawn. */
  public enum EdgeStyle {
    /** A plain line: a formal or statutory relationship. */
    SOLID,
    /** A dashed line: a lateral, advisory or derived relationship. */
    DASHED,
    /** A thick line: emphasis, such as the statutory spine of a chain. */
    THICK
  }

  /**
   * A node of a diagram.
   *
   * @param key the model id the node stands for; never rendered; not null or blank
   * @param label the first line of the label, such as a name; not null or blank
   * @param detail a second line, such as the kind; may be empty, not null
   * @param kind what the node stands for; not null
   */
  public record Node(String key, String label, Optional<String> detail, NodeKind kind) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if any component is null
     * @throws IllegalArgumentException if the key or label is blank
     */
    public Node {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(detail, "detail");
      Objects.requireNonNull(kind, "kind");
      if (key.isBlank()) {
        throw new IllegalArgumentException("node key must not be blank");
      }
      if (label.isBlank()) {
        throw new IllegalArgumentException("label of node '" + key + "' must not be blank");
      }
    }
  }

  /**
   * An edge of a diagram, from one node key to another.
   *
   * @param from the key of the node the edge starts at; not null
   * @param to the key of the node the edge ends at; not null
   * @param label the edge's label; may be empty, not null
   * @param style how the edge is drawn; not null
   */
  public record Edge(String from, String to, String label, EdgeStyle style) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if any component is null
     */
    public Edge {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(style, "style");
    }
  }

  /**
   * A line of a diagram's legend: a short key used in the drawing, such as {@code F1} or
   * {@code dashed line}, and what it means.
   *
   * @param key the key as drawn; not null or blank
   * @param meaning what it stands for; not null or blank
   */
  public record LegendEntry(String key, String meaning) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if either is null
     * @throws IllegalArgumentException if either is blank
     */
    public LegendEntry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(meaning, "meaning");
      if (key.isBlank() || meaning.isBlank()) {
        throw new IllegalArgumentException("a legend entry needs a key and a meaning");
      }
    }
  }

  private static final Comparator<Node> NODE_ORDER = Comparator.comparing(Node::kind)
      .thenComparing(Node::label)
      .thenComparing(n -> n.detail().orElse(""))
      .thenComparing(Node::key);

  private final String title;
  private final List<Node> nodes;
  private final List<Edge> edges;
  private final Map<String, String> syntheticIds;
  private final List<LegendEntry> legend;

  private Diagram(String title, List<Node> nodes, List<Edge> edges, List<LegendEntry> legend) {
    this.title = title;
    this.legend = List.copyOf(legend);
    List<Node> sortedNodes = new ArrayList<>(nodes);
    sortedNodes.sort(NODE_ORDER);
    this.nodes = List.copyOf(sortedNodes);
    Map<String, String> ids = new LinkedHashMap<>();
    for (Node n : this.nodes) {
      ids.put(n.key(), "n" + (ids.size() + 1));
    }
    this.syntheticIds = Map.copyOf(ids);
    Map<String, Integer> rank = new LinkedHashMap<>();
    for (int i = 0; i < this.nodes.size(); i++) {
      rank.put(this.nodes.get(i).key(), i);
    }
    List<Edge> sortedEdges = new ArrayList<>(new LinkedHashSet<>(edges));
    sortedEdges.sort(Comparator.<Edge, Integer>comparing(e -> rank.get(e.from()))
        .thenComparing(e -> rank.get(e.to()))
        .thenComparing(Edge::label)
        .thenComparing(Edge::style));
    this.edges = List.copyOf(sortedEdges);
  }

  /**
   * A new builder for a diagram with the given title.
   *
   * @param title the title, used as the graph's label in DOT and as a comment in Mermaid; not
   *     null or blank
   * @return the builder
   * @throws NullPointerException if {@code title} is null
   * @throws IllegalArgumentException if {@code title} is blank
   */
  public static Builder builder(String title) {
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("diagram title must not be blank");
    }
    return new Builder(title);
  }

  /** The diagram's title. */
  public String title() {
    return title;
  }

  /** The nodes, in the diagram's sort order (kind, label, detail, key). */
  public List<Node> nodes() {
    return nodes;
  }

  /** The edges, in the diagram's sort order (their ends' positions, then label and style). */
  public List<Edge> edges() {
    return edges;
  }

  /**
   * The legend: what the short keys on edges and the line styles stand for, and anything left
   * out of the drawing, in the order added.
   */
  public List<LegendEntry> legend() {
    return legend;
  }

  /** Whether the diagram has no nodes. */
  public boolean isEmpty() {
    return nodes.isEmpty();
  }

  /**
   * The synthetic id ({@code n1}, {@code n2}, …) a node is rendered with.
   *
   * @param key the node's key (a model id), not null
   * @return the synthetic id, or empty if the diagram has no node with that key
   */
  public Optional<String> syntheticId(String key) {
    return Optional.ofNullable(syntheticIds.get(Objects.requireNonNull(key, "key")));
  }

  /**
   * The diagram in the given format.
   *
   * @param format the format, not null
   * @return the text, ending with a line break
   * @throws NullPointerException if {@code format} is null
   */
  public String render(DiagramFormat format) {
    switch (Objects.requireNonNull(format, "format")) {
      case MERMAID:
        return toMermaid();
      case DOT:
        return toDot();
      case SVG:
        return toSvg();
      default:
        throw new AssertionError(format);
    }
  }

  /**
   * The diagram as a Mermaid flowchart, top down, with every label escaped with Mermaid's entity
   * codes ({@code #quot;} and the like), and the legend as a subgraph of plain notes.
   *
   * @return the Mermaid text, ending with a line break
   */
  public String toMermaid() {
    return MermaidWriter.write(this, syntheticIds);
  }

  /**
   * The diagram as a Graphviz DOT digraph, top down, with every label a quoted DOT string, and the
   * legend as a note in its own cluster.
   *
   * @return the DOT text, ending with a line break
   */
  public String toDot() {
    return DotWriter.write(this, syntheticIds);
  }

  /**
   * The diagram as a standalone SVG picture, laid out by this library (top down, in layers, with
   * no external tool), with the legend beneath it. Text is escaped for XML; the picture scales to
   * the width of its container and has a {@code <title>} for screen readers.
   *
   * @return the SVG text, ending with a line break
   */
  public String toSvg() {
    return SvgWriter.write(this);
  }

  /**
   * How many extra ranks each edge should span so that a node with many leaf parts (nodes with
   * one edge, out to it, and none in) does not spread them all in one row: when more than three
   * leaves meet one node, they are staggered over three rows, as Graphviz's {@code unflatten}
   * does. Edges not listed keep their normal length.
   */
  Map<Edge, Integer> staggering() {
    Map<String, Integer> in = new LinkedHashMap<>();
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Edge e : edges) {
      out.merge(e.from(), 1, Integer::sum);
      in.merge(e.to(), 1, Integer::sum);
    }
    Map<String, List<Edge>> leavesInto = new LinkedHashMap<>();
    for (Edge e : edges) {
      if (!in.containsKey(e.from()) && out.get(e.from()) == 1 && !e.from().equals(e.to())) {
        leavesInto.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
      }
    }
    Map<Edge, Integer> extra = new LinkedHashMap<>();
    for (List<Edge> leaves : leavesInto.values()) {
      if (leaves.size() > 3) {
        for (int i = 0; i < leaves.size(); i++) {
          if (i % 3 > 0) {
            extra.put(leaves.get(i), i % 3);
          }
        }
      }
    }
    return extra;
  }

  @Override
  public String toString() {
    return "Diagram[" + title + ": " + nodes.size() + " nodes, " + edges.size() + " edges]";
  }

  /**
   * Builds a {@link Diagram}. Adding a node whose key is already present with the same content is
   * allowed and changes nothing; adding one with different content fails. Not thread-safe.
   */
  public static final class Builder {
    private final String title;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<LegendEntry> legend = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    /**
     * Adds a node.
     *
     * @param node the node, not null
     * @return this builder
     * @throws IllegalArgumentException if a different node with the same key was added
     */
    public Builder node(Node node) {
      Objects.requireNonNull(node, "node");
      Node existing = nodes.putIfAbsent(node.key(), node);
      if (existing != null && !existing.equals(node)) {
        throw new IllegalArgumentException("two different nodes have key '" + node.key() + "'");
      }
      return this;
    }

    /**
     * Adds a node made of its parts.
     *
     * @param key the model id, not null or blank
     * @param kind what the node stands for, not null
     * @param label the first line of its label, not null or blank
     * @param detail a second line, or null for none
     * @return this builder
     * @throws IllegalArgumentException if the key or label is blank, or a different node with the
     *     same key was added
     */
    public Builder node(String key, NodeKind kind, String label, @Nullable String detail) {
      return node(new Node(key, label, Optional.ofNullable(detail), kind));
    }

    /**
     * Whether a node with the given key has been added.
     *
     * @param key the key, not null
     * @return true if a node with that key has been added
     */
    public boolean hasNode(String key) {
      return nodes.containsKey(Objects.requireNonNull(key, "key"));
    }

    /**
     * Adds an edge; both of its ends must be nodes by the time {@link #build()} is called.
     * Identical edges are drawn once.
     *
     * @param from the key of the start node, not null
     * @param to the key of the end node, not null
     * @param label the label, empty for none, not null
     * @param style how it is drawn, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder edge(String from, String to, String label, EdgeStyle style) {
      edges.add(new Edge(from, to, label, style));
      return this;
    }

    /**
     * Adds a line to the legend.
     *
     * @param key the key as drawn, such as {@code F1}, not null or blank
     * @param meaning what it stands for, not null or blank
     * @return this builder
     * @throws IllegalArgumentException if either is blank
     */
    public Builder legend(String key, String meaning) {
      legend.add(new LegendEntry(key, meaning));
      return this;
    }

    /**
     * Builds the diagram, sorting nodes and edges.
     *
     * @return the diagram
     * @throws IllegalStateException naming every edge whose ends are not both nodes
     */
    public Diagram build() {
      List<String> dangling = new ArrayList<>();
      for (Edge e : edges) {
        if (!nodes.containsKey(e.from()) || !nodes.containsKey(e.to())) {
          dangling.add("'" + e.from() + "' -> '" + e.to() + "'");
        }
      }
      if (!dangling.isEmpty()) {
        throw new IllegalStateException("diagram '" + title + "' has edges to nodes it does not have: "
            + String.join(", ", dangling));
      }
      return new Diagram(title, List.copyOf(nodes.values()), edges, legend);
    }
  }
}
