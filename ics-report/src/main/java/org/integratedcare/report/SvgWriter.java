package org.integratedcare.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link Diagram} as an SVG picture, laid out here, with no external tool.
 *
 * <p>The layout is a simple layered drawing, top down, as Graphviz's {@code dot} would do it in
 * outline: edges that close a cycle are set aside, each node goes one layer below the lowest of
 * its predecessors (longest path), nodes within a layer are ordered by the mean position of their
 * neighbours in a few sweeps down and up (to cut crossings), and a layer wider than a page is
 * wrapped into several rows. An edge that crosses layers bends once per layer, between the nodes
 * there; edges have arrowheads, and their labels sit on their first stretch, on a white ground. Labels are wrapped to a width that fits a portrait page. The same
 * diagram always gives the same bytes.
 */
final class SvgWriter {
  private static final double FONT = 12;
  private static final double DETAIL_FONT = 10;
  private static final double EDGE_FONT = 10;
  private static final double CHAR = 0.56;
  private static final int WRAP = 24;
  private static final int EDGE_WRAP = 26;
  private static final double PAD_X = 10;
  private static final double PAD_Y = 7;
  private static final double GAP_X = 22;
  private static final double GAP_Y = 84;
  private static final double MAX_ROW = 900;
  private static final double MARGIN = 16;
  private static final int SWEEPS = 6;

  private SvgWriter() {}

  /** A node placed on the page: top-left corner, size and wrapped text. */
  private static final class Box {
    final Diagram.Node node;
    final List<String> lines;
    final List<String> detail;
    final double w;
    final double h;
    double x;
    double y;
    int layer;
    double order;

    /** A bend point of an edge that crosses layers: no text, a narrow slot in its layer. */
    Box(int layer) {
      this.node = null;
      this.lines = List.of();
      this.detail = List.of();
      this.w = 4;
      this.h = 0;
      this.layer = layer;
    }

    boolean isBend() {
      return node == null;
    }

    Box(Diagram.Node node) {
      this.node = node;
      this.lines = wrap(node.label(), WRAP);
      this.detail = node.detail().map(d -> wrap(d, WRAP + 4)).orElse(List.of());
      double textWidth = 0;
      for (String l : lines) {
        textWidth = Math.max(textWidth, l.length() * FONT * CHAR);
      }
      for (String l : detail) {
        textWidth = Math.max(textWidth, l.length() * DETAIL_FONT * CHAR);
      }
      double extra = switch (node.kind()) {
        case FUNCTION -> 28;
        case POST -> 18;
        case BODY -> 12;
        default -> 0;
      };
      this.w = Math.max(90, textWidth + 2 * PAD_X + extra);
      this.h = lines.size() * FONT * 1.25 + detail.size() * DETAIL_FONT * 1.25 + 2 * PAD_Y;
    }

    double cx() {
      return x + w / 2;
    }
  }

  static String write(Diagram diagram) {
    // the arrowhead's id differs between diagrams, so that several can share one HTML page
    String arrow = "arrow-" + Integer.toHexString(diagram.title().hashCode());
    List<Diagram.Node> nodes = diagram.nodes();
    Map<String, Box> boxes = new HashMap<>();
    List<Box> ordered = new ArrayList<>();
    for (Diagram.Node n : nodes) {
      Box b = new Box(n);
      boxes.put(n.key(), b);
      ordered.add(b);
    }
    List<Diagram.Edge> forward = acyclic(ordered, diagram.edges(), boxes);
    layer(ordered, forward, boxes);
    // An edge that crosses layers bends through one point per layer it crosses, so that it is
    // routed between the nodes of those layers instead of through them.
    Map<Diagram.Edge, List<Box>> routes = new HashMap<>();
    List<Box> all = new ArrayList<>(ordered);
    List<Box[]> segments = new ArrayList<>();
    for (Diagram.Edge e : forward) {
      Box from = boxes.get(e.from());
      Box to = boxes.get(e.to());
      List<Box> route = new ArrayList<>();
      route.add(from);
      for (int l = from.layer + 1; l < to.layer; l++) {
        Box bend = new Box(l);
        route.add(bend);
        all.add(bend);
      }
      route.add(to);
      routes.put(e, route);
      for (int i = 0; i + 1 < route.size(); i++) {
        segments.add(new Box[] {route.get(i), route.get(i + 1)});
      }
    }
    List<List<Box>> layers = order(all, segments);
    double width = place(layers, segments);

    StringBuilder body = new StringBuilder();
    double titleHeight = 26;
    double bottom = 0;
    for (Box b : ordered) {
      bottom = Math.max(bottom, b.y + b.h);
    }
    // a pair of edges in opposite directions between two nodes (a delegation and its duty to
    // report back) is drawn as two lines side by side, not one over the other
    Set<String> pairs = new HashSet<>();
    for (Diagram.Edge e : diagram.edges()) {
      pairs.add(e.from() + "\u0000" + e.to());
    }
    Map<Diagram.Edge, Double> shift = new HashMap<>();
    for (Diagram.Edge e : diagram.edges()) {
      if (!e.from().equals(e.to()) && pairs.contains(e.to() + "\u0000" + e.from())) {
        shift.put(e, e.from().compareTo(e.to()) < 0 ? -5.0 : 5.0);
      }
    }
    for (Diagram.Edge e : diagram.edges()) {
      edge(body, route(routes, boxes, e), e, arrow, shift.getOrDefault(e, 0.0));
    }
    for (Box b : ordered) {
      node(body, b);
    }
    for (Diagram.Edge e : diagram.edges()) {
      edgeLabel(body, route(routes, boxes, e), e, shift.getOrDefault(e, 0.0));
    }
    double legendTop = bottom + 24;
    double legendHeight = legend(body, diagram.legend(), legendTop, Math.max(width, 420));
    double totalWidth = Math.max(width, 420) + 2 * MARGIN;
    double totalHeight = legendTop + legendHeight + MARGIN + titleHeight;

    StringBuilder out = new StringBuilder();
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(num(totalWidth)).append(' ')
        .append(num(totalHeight)).append("\" width=\"").append(num(totalWidth)).append("\" height=\"")
        .append(num(totalHeight)).append("\" role=\"img\" font-family=\"Helvetica, Arial, sans-serif\">\n");
    out.append("<title>").append(xml(diagram.title())).append("</title>\n");
    out.append("<defs><marker id=\"").append(arrow).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
        + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#444\"/></marker></defs>\n");
    out.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
    out.append("<text x=\"").append(num(MARGIN)).append("\" y=\"").append(num(MARGIN + 8))
        .append("\" font-size=\"14\" font-weight=\"bold\" fill=\"#222\">").append(xml(diagram.title())).append("</text>\n");
    out.append("<g transform=\"translate(").append(num(MARGIN)).append(',').append(num(MARGIN + titleHeight))
        .append(")\">\n").append(body).append("</g>\n</svg>\n");
    return out.toString();
  }

  private static List<Box> route(Map<Diagram.Edge, List<Box>> routes, Map<String, Box> boxes, Diagram.Edge e) {
    List<Box> route = routes.get(e);
    return route != null ? route : List.of(boxes.get(e.from()), boxes.get(e.to()));
  }

  /** The edges that keep the graph acyclic, found by depth-first search; back edges are left out. */
  private static List<Diagram.Edge> acyclic(List<Box> boxes, List<Diagram.Edge> edges, Map<String, Box> byKey) {
    Map<String, List<Diagram.Edge>> out = new HashMap<>();
    for (Diagram.Edge e : edges) {
      out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
    }
    Set<String> done = new HashSet<>();
    Set<String> onPath = new HashSet<>();
    Set<Diagram.Edge> back = new HashSet<>();
    for (Box start : boxes) {
      if (done.contains(start.node.key())) {
        continue;
      }
      // iterative depth-first search: a stack of (node, next edge index)
      Deque<Object[]> stack = new ArrayDeque<>();
      stack.push(new Object[] {start.node.key(), 0});
      onPath.add(start.node.key());
      while (!stack.isEmpty()) {
        Object[] top = stack.peek();
        String at = (String) top[0];
        List<Diagram.Edge> next = out.getOrDefault(at, List.of());
        int i = (Integer) top[1];
        if (i < next.size()) {
          top[1] = i + 1;
          Diagram.Edge e = next.get(i);
          if (e.to().equals(at) || onPath.contains(e.to())) {
            back.add(e);
          } else if (!done.contains(e.to())) {
            onPath.add(e.to());
            stack.push(new Object[] {e.to(), 0});
          }
        } else {
          stack.pop();
          onPath.remove(at);
          done.add(at);
        }
      }
    }
    List<Diagram.Edge> forward = new ArrayList<>();
    for (Diagram.Edge e : edges) {
      if (!back.contains(e) && byKey.containsKey(e.from()) && byKey.containsKey(e.to())) {
        forward.add(e);
      }
    }
    return forward;
  }

  /** Longest-path layering: each node one layer below the lowest of its predecessors. */
  private static void layer(List<Box> boxes, List<Diagram.Edge> edges, Map<String, Box> byKey) {
    Map<String, Integer> inDegree = new HashMap<>();
    Map<String, List<String>> succ = new HashMap<>();
    for (Box b : boxes) {
      inDegree.put(b.node.key(), 0);
    }
    for (Diagram.Edge e : edges) {
      inDegree.merge(e.to(), 1, Integer::sum);
      succ.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
    }
    Deque<String> ready = new ArrayDeque<>();
    for (Box b : boxes) {
      if (inDegree.get(b.node.key()) == 0) {
        ready.add(b.node.key());
      }
    }
    List<String> topological = new ArrayList<>();
    while (!ready.isEmpty()) {
      String at = ready.remove();
      topological.add(at);
      for (String to : succ.getOrDefault(at, List.of())) {
        Box target = byKey.get(to);
        target.layer = Math.max(target.layer, byKey.get(at).layer + 1);
        if (inDegree.merge(to, -1, Integer::sum) == 0) {
          ready.add(to);
        }
      }
    }
    // Then pull every node down to just above the highest of its successors, last first, so that
    // a part drawn above its whole sits right over it rather than at the top of the page.
    for (int i = topological.size() - 1; i >= 0; i--) {
      Box b = byKey.get(topological.get(i));
      List<String> next = succ.getOrDefault(b.node.key(), List.of());
      if (!next.isEmpty()) {
        b.layer = next.stream().mapToInt(k -> byKey.get(k).layer).min().getAsInt() - 1;
      }
    }
  }

  /** Orders each layer by the barycentre of its neighbours, sweeping down and up. */
  private static List<List<Box>> order(List<Box> boxes, List<Box[]> segments) {
    int depth = 0;
    for (Box b : boxes) {
      depth = Math.max(depth, b.layer + 1);
    }
    List<List<Box>> layers = new ArrayList<>();
    for (int i = 0; i < depth; i++) {
      layers.add(new ArrayList<>());
    }
    for (Box b : boxes) {
      layers.get(b.layer).add(b);
    }
    renumber(layers);
    Map<Box, List<Box>> up = new HashMap<>();
    Map<Box, List<Box>> down = new HashMap<>();
    for (Box[] segment : segments) {
      down.computeIfAbsent(segment[0], k -> new ArrayList<>()).add(segment[1]);
      up.computeIfAbsent(segment[1], k -> new ArrayList<>()).add(segment[0]);
    }
    for (int sweep = 0; sweep < SWEEPS; sweep++) {
      boolean downward = sweep % 2 == 0;
      for (int k = 1; k < layers.size(); k++) {
        List<Box> layer = layers.get(downward ? k : layers.size() - 1 - k);
        Map<Box, List<Box>> neighbours = downward ? up : down;
        Map<Box, Double> key = new HashMap<>();
        for (Box b : layer) {
          List<Box> ns = neighbours.getOrDefault(b, List.of());
          key.put(b, ns.isEmpty() ? b.order : ns.stream().mapToDouble(n -> n.order).average().orElse(b.order));
        }
        layer.sort((a, b) -> {
          int c = Double.compare(key.get(a), key.get(b));
          return c != 0 ? c : Double.compare(a.order, b.order);
        });
        renumber(List.of(layer));
      }
    }
    return layers;
  }

  private static void renumber(List<List<Box>> layers) {
    for (List<Box> layer : layers) {
      for (int i = 0; i < layer.size(); i++) {
        layer.get(i).order = i;
      }
    }
  }

  /**
   * Places the layers as rows, wrapping a layer wider than a page, then moves each node towards
   * the mean position of its neighbours (keeping the order and the gaps within its row), in a few
   * sweeps, so that edges run as straight as they can; returns the drawing's width.
   */
  private static double place(List<List<Box>> layers, List<Box[]> segments) {
    List<List<Box>> rows = new ArrayList<>();
    for (List<Box> layer : layers) {
      List<Box> row = new ArrayList<>();
      double used = 0;
      for (Box b : layer) {
        if (!row.isEmpty() && used + GAP_X + b.w > MAX_ROW) {
          rows.add(row);
          row = new ArrayList<>();
          used = 0;
        }
        used += (row.isEmpty() ? 0 : GAP_X) + b.w;
        row.add(b);
      }
      if (!row.isEmpty()) {
        rows.add(row);
      }
    }
    double width = 0;
    for (List<Box> row : rows) {
      width = Math.max(width, rowWidth(row));
    }
    double y = 0;
    for (List<Box> row : rows) {
      double x = (width - rowWidth(row)) / 2;
      double height = 0;
      for (Box b : row) {
        height = Math.max(height, b.h);
      }
      for (Box b : row) {
        b.x = x;
        b.y = y + (height - b.h) / 2;
        x += b.w + GAP_X;
      }
      y += height + GAP_Y;
    }
    Map<Box, List<Box>> neighbours = new HashMap<>();
    for (Box[] segment : segments) {
      neighbours.computeIfAbsent(segment[0], k -> new ArrayList<>()).add(segment[1]);
      neighbours.computeIfAbsent(segment[1], k -> new ArrayList<>()).add(segment[0]);
    }
    for (int sweep = 0; sweep < SWEEPS; sweep++) {
      for (List<Box> row : rows) {
        double[] wanted = new double[row.size()];
        for (int i = 0; i < row.size(); i++) {
          Box b = row.get(i);
          List<Box> ns = neighbours.getOrDefault(b, List.of());
          wanted[i] = ns.isEmpty() ? b.cx() : ns.stream().mapToDouble(Box::cx).average().getAsDouble();
        }
        // left to right: as near the wanted centre as the previous node allows
        double minX = 0;
        for (int i = 0; i < row.size(); i++) {
          Box b = row.get(i);
          b.x = Math.max(minX, wanted[i] - b.w / 2);
          minX = b.x + b.w + GAP_X;
        }
        // right to left: back inside the width, keeping the gaps
        double maxRight = width;
        for (int i = row.size() - 1; i >= 0; i--) {
          Box b = row.get(i);
          b.x = Math.min(b.x, maxRight - b.w);
          maxRight = b.x - GAP_X;
        }
      }
    }
    return width;
  }

  private static double rowWidth(List<Box> row) {
    double w = 0;
    for (Box b : row) {
      w += b.w;
    }
    return w + GAP_X * Math.max(0, row.size() - 1);
  }

  private static void node(StringBuilder out, Box b) {
    String fill;
    String stroke = "#4a5560";
    out.append("<g class=\"node ").append(b.node.kind().name().toLowerCase(Locale.ROOT)).append("\">");
    double x = b.x;
    double y = b.y;
    switch (b.node.kind()) {
      case ORGANISATION -> {
        fill = "#e8f0fb";
        out.append(rect(x, y, b.w, b.h, 0, fill, stroke));
      }
      case STRUCTURE -> {
        fill = "#eaf6ec";
        out.append(rect(x, y, b.w, b.h, 10, fill, stroke));
      }
      case BODY -> {
        fill = "#fdf3e3";
        out.append(rect(x, y, b.w, b.h, 0, fill, stroke));
        out.append("<path d=\"M").append(num(x + 6)).append(',').append(num(y)).append(" v").append(num(b.h))
            .append(" M").append(num(x + b.w - 6)).append(',').append(num(y)).append(" v").append(num(b.h))
            .append("\" stroke=\"").append(stroke).append("\"/>");
      }
      case POST -> {
        fill = "#f3ecf9";
        out.append(rect(x, y, b.w, b.h, b.h / 2, fill, stroke));
      }
      case FUNCTION -> {
        fill = "#fff8d6";
        double s = 12;
        out.append("<polygon points=\"").append(num(x)).append(',').append(num(y + b.h / 2)).append(' ')
            .append(num(x + s)).append(',').append(num(y)).append(' ').append(num(x + b.w - s)).append(',')
            .append(num(y)).append(' ').append(num(x + b.w)).append(',').append(num(y + b.h / 2)).append(' ')
            .append(num(x + b.w - s)).append(',').append(num(y + b.h)).append(' ').append(num(x + s)).append(',')
            .append(num(y + b.h)).append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke).append("\"/>");
      }
      default -> throw new AssertionError(b.node.kind());
    }
    double ty = y + PAD_Y + FONT;
    for (String line : b.lines) {
      out.append("<text x=\"").append(num(b.cx())).append("\" y=\"").append(num(ty))
          .append("\" font-size=\"").append(num(FONT)).append("\" text-anchor=\"middle\" fill=\"#111\">")
          .append(xml(line)).append("</text>");
      ty += FONT * 1.25;
    }
    ty += DETAIL_FONT * 0.1;
    for (String line : b.detail) {
      out.append("<text x=\"").append(num(b.cx())).append("\" y=\"").append(num(ty))
          .append("\" font-size=\"").append(num(DETAIL_FONT)).append("\" text-anchor=\"middle\" fill=\"#555\">")
          .append(xml(line)).append("</text>");
      ty += DETAIL_FONT * 1.25;
    }
    out.append("</g>\n");
  }

  private static String rect(double x, double y, double w, double h, double r, String fill, String stroke) {
    return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h) + "\""
        + (r > 0 ? " rx=\"" + num(r) + "\"" : "") + " fill=\"" + fill + "\" stroke=\"" + stroke + "\"/>";
  }

  /** The points an edge is drawn through: from the side of its first box that faces the next. */
  private static List<double[]> points(List<Box> route, double shift) {
    Box from = route.get(0);
    Box to = route.get(route.size() - 1);
    List<double[]> points = new ArrayList<>();
    if (from == to) {
      points.add(new double[] {from.x + from.w, from.y + from.h / 3});
      points.add(new double[] {from.x + from.w, from.y + 2 * from.h / 3});
      return points;
    }
    if (route.size() == 2 && to.y < from.y + from.h && from.y < to.y + to.h) {
      // side by side in one row
      boolean right = to.x > from.x;
      points.add(new double[] {right ? from.x + from.w : from.x, from.y + from.h / 2});
      points.add(new double[] {right ? to.x : to.x + to.w, to.y + to.h / 2});
      return points;
    }
    boolean downward = to.y >= from.y;
    points.add(new double[] {from.cx() + shift, downward ? from.y + from.h : from.y});
    for (int i = 1; i < route.size() - 1; i++) {
      points.add(new double[] {route.get(i).cx() + shift, route.get(i).y});
    }
    points.add(new double[] {to.cx() + shift, downward ? to.y : to.y + to.h});
    return points;
  }

  private static void edge(StringBuilder out, List<Box> route, Diagram.Edge e, String arrow, double shift) {
    List<double[]> p = points(route, shift);
    out.append("<path d=\"M").append(num(p.get(0)[0])).append(',').append(num(p.get(0)[1]));
    if (route.get(0) == route.get(route.size() - 1)) {
      double[] a = p.get(0);
      double[] b = p.get(1);
      out.append(" C").append(num(a[0] + 30)).append(',').append(num(a[1])).append(' ').append(num(b[0] + 30))
          .append(',').append(num(b[1])).append(' ').append(num(b[0])).append(',').append(num(b[1]));
    } else {
      for (int i = 1; i < p.size(); i++) {
        out.append(" L").append(num(p.get(i)[0])).append(',').append(num(p.get(i)[1]));
      }
    }
    out.append("\" fill=\"none\" stroke=\"#444\" marker-end=\"url(#").append(arrow).append(")\"");
    switch (e.style()) {
      case DASHED -> out.append(" stroke-dasharray=\"5,4\" stroke-width=\"1.2\"");
      case THICK -> out.append(" stroke-width=\"2.6\"");
      case SOLID -> out.append(" stroke-width=\"1.2\"");
      default -> throw new AssertionError(e.style());
    }
    out.append("/>\n");
  }

  private static void edgeLabel(StringBuilder out, List<Box> route, Diagram.Edge e, double shift) {
    if (e.label().isEmpty()) {
      return;
    }
    List<double[]> p = points(route, shift);
    // on the first segment, nearer its start, so that the labels of edges into one node do not meet
    double[] a = p.get(0);
    double[] b = p.get(1);
    boolean loop = route.get(0) == route.get(route.size() - 1);
    double mx = loop ? a[0] + 34 : a[0] + (b[0] - a[0]) * 0.35;
    double my = loop ? (a[1] + b[1]) / 2 : a[1] + (b[1] - a[1]) * 0.35;
    List<String> lines = wrap(e.label(), EDGE_WRAP);
    double w = 0;
    for (String l : lines) {
      w = Math.max(w, l.length() * EDGE_FONT * CHAR);
    }
    double h = lines.size() * EDGE_FONT * 1.2;
    out.append("<g class=\"edge-label\"><rect x=\"").append(num(mx - w / 2 - 3)).append("\" y=\"")
        .append(num(my - h / 2 - 2)).append("\" width=\"").append(num(w + 6)).append("\" height=\"").append(num(h + 4))
        .append("\" fill=\"#fff\" fill-opacity=\"0.85\"/>");
    double ty = my - h / 2 + EDGE_FONT;
    for (String l : lines) {
      out.append("<text x=\"").append(num(mx)).append("\" y=\"").append(num(ty)).append("\" font-size=\"")
          .append(num(EDGE_FONT)).append("\" text-anchor=\"middle\" fill=\"#333\">").append(xml(l)).append("</text>");
      ty += EDGE_FONT * 1.2;
    }
    out.append("</g>\n");
  }

  /** Draws the legend beneath the drawing; returns its height. */
  private static double legend(StringBuilder out, List<Diagram.LegendEntry> legend, double top, double width) {
    if (legend.isEmpty()) {
      return 0;
    }
    int wrapAt = Math.max(40, (int) ((width - 90) / (FONT * CHAR)));
    double y = top;
    out.append("<g class=\"legend\"><text x=\"0\" y=\"").append(num(y + FONT)).append("\" font-size=\"")
        .append(num(FONT)).append("\" font-weight=\"bold\" fill=\"#222\">Legend</text>");
    y += FONT * 1.8;
    for (Diagram.LegendEntry l : legend) {
      List<String> lines = wrap(l.meaning(), wrapAt);
      out.append("<text x=\"0\" y=\"").append(num(y + FONT)).append("\" font-size=\"").append(num(FONT - 1))
          .append("\" font-weight=\"bold\" fill=\"#222\">").append(xml(l.key())).append("</text>");
      for (String line : lines) {
        out.append("<text x=\"90\" y=\"").append(num(y + FONT)).append("\" font-size=\"").append(num(FONT - 1))
            .append("\" fill=\"#222\">").append(xml(line)).append("</text>");
        y += FONT * 1.3;
      }
    }
    out.append("</g>\n");
    return y - top;
  }

  /** Splits text into lines of at most {@code width} characters at spaces (a longer word is cut). */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      while (word.length() > width) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(word.substring(0, width));
        word = word.substring(width);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (!word.isEmpty()) {
        line.append(line.length() == 0 ? "" : " ").append(word);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines.isEmpty() ? List.of("") : lines;
  }

  /** Text escaped for XML content and attributes; control characters become spaces. */
  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c);
      }
    });
    return out.toString();
  }

  /** A coordinate with at most one decimal, in a fixed locale. */
  static String num(double v) {
    long tenths = Math.round(v * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }
}
