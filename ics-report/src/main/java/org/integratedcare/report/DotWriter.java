package org.integratedcare.report;

import java.util.List;
import java.util.Map;

/** Writes a {@link Diagram} as a Graphviz DOT digraph. */
final class DotWriter {
  /** Labels are wrapped at about this many characters, so that nodes stay narrow. */
  private static final int WRAP = 24;
  private static final int EDGE_WRAP = 26;
  private static final int LEGEND_WRAP = 70;

  private DotWriter() {}

  static String write(Diagram diagram, Map<String, String> ids) {
    StringBuilder out = new StringBuilder();
    out.append("digraph ics {\n");
    out.append("  graph [rankdir=TB, labelloc=t, fontname=\"Helvetica\", label=")
        .append(quote(diagram.title())).append("];\n");
    out.append("  node [fontname=\"Helvetica\", fontsize=10];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for (Diagram.Node n : diagram.nodes()) {
      String label = lines(n.label(), WRAP) + n.detail().map(d -> "\\n" + lines(d, WRAP + 4)).orElse("");
      out.append("  ").append(ids.get(n.key())).append(" [label=\"").append(label).append("\", ");
      switch (n.kind()) {
        case ORGANISATION -> out.append("shape=box");
        case STRUCTURE -> out.append("shape=box, style=rounded");
        case BODY -> out.append("shape=component");
        case POST -> out.append("shape=ellipse");
        case FUNCTION -> out.append("shape=hexagon");
      }
      out.append("];\n");
    }
    Map<Diagram.Edge, Integer> staggering = diagram.staggering();
    for (Diagram.Edge e : diagram.edges()) {
      out.append("  ").append(ids.get(e.from())).append(" -> ").append(ids.get(e.to()));
      StringBuilder attributes = new StringBuilder();
      if (!e.label().isEmpty()) {
        attributes.append("label=\"").append(lines(e.label(), EDGE_WRAP)).append('"');
      }
      if (staggering.containsKey(e)) {
        attributes.append(attributes.length() == 0 ? "" : ", ").append("minlen=").append(1 + staggering.get(e));
      }
      String style = switch (e.style()) {
        case SOLID -> "";
        case DASHED -> "style=dashed";
        case THICK -> "style=bold";
      };
      if (!style.isEmpty()) {
        attributes.append(attributes.length() == 0 ? "" : ", ").append(style);
      }
      if (attributes.length() > 0) {
        out.append(" [").append(attributes).append(']');
      }
      out.append(";\n");
    }
    if (!diagram.legend().isEmpty()) {
      out.append("  subgraph cluster_legend {\n    label=\"Legend\";\n    legendKey [shape=note, fontsize=9, label=\"");
      for (Diagram.LegendEntry l : diagram.legend()) {
        List<String> lines = SvgWriter.wrap(l.key() + ": " + l.meaning(), LEGEND_WRAP);
        for (int i = 0; i < lines.size(); i++) {
          out.append(i == 0 ? "" : "    ").append(escape(lines.get(i))).append("\\l");
        }
      }
      out.append("\"];\n  }\n");
    }
    out.append("}\n");
    return out.toString();
  }

  /** Text escaped for a DOT string and wrapped into lines of about {@code width} characters. */
  private static String lines(String text, int width) {
    StringBuilder out = new StringBuilder();
    for (String line : SvgWriter.wrap(text, width)) {
      out.append(out.length() == 0 ? "" : "\\n").append(escape(line));
    }
    return out.toString();
  }

  /** The text as a quoted DOT string. */
  static String quote(String text) {
    return "\"" + escape(text) + "\"";
  }

  /**
   * Escapes text for the inside of a quoted DOT string: backslashes and double quotes are escaped
   * (so no Graphviz escape such as {@code \N} or {@code \l} can be formed from user text), line
   * breaks and other control characters become spaces.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        default -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c);
      }
    });
    return out.toString();
  }
}
