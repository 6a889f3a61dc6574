package org.integratedcare.report;

import java.util.Map;

/** Writes a {@link Diagram} as a Mermaid flowchart. */
final class MermaidWriter {
  private static final int LEGEND_WRAP = 70;

  private MermaidWriter() {}

  static String write(Diagram diagram, Map<String, String> ids) {
    StringBuilder out = new StringBuilder();
    out.append("flowchart TB\n");
    out.append("  %% ").append(comment(diagram.title())).append('\n');
    for (Diagram.Node n : diagram.nodes()) {
      String label = escape(n.label()) + n.detail().map(d -> "<br/>" + escape(d)).orElse("");
      out.append("  ").append(ids.get(n.key()));
      switch (n.kind()) {
        case ORGANISATION -> out.append("[\"").append(label).append("\"]");
        case STRUCTURE -> out.append("(\"").append(label).append("\")");
        case BODY -> out.append("[[\"").append(label).append("\"]]");
        case POST -> out.append("([\"").append(label).append("\"])");
        case FUNCTION -> out.append("{{\"").append(label).append("\"}}");
      }
      out.append('\n');
    }
    // a longer arrow spans more ranks: leaves of a busy node are staggered over three rows
    Map<Diagram.Edge, Integer> staggering = diagram.staggering();
    for (Diagram.Edge e : diagram.edges()) {
      out.append("  ").append(ids.get(e.from())).append(' ');
      int extra = staggering.getOrDefault(e, 0);
      switch (e.style()) {
        case SOLID -> out.append("--").append("-".repeat(extra)).append('>');
        case DASHED -> out.append("-.").append(".".repeat(extra)).append("->");
        case THICK -> out.append("==").append("=".repeat(extra)).append('>');
      }
      if (!e.label().isEmpty()) {
        out.append("|\"").append(escape(e.label())).append("\"|");
      }
      out.append(' ').append(ids.get(e.to())).append('\n');
    }
    if (!diagram.legend().isEmpty()) {
      StringBuilder lines = new StringBuilder();
      for (Diagram.LegendEntry l : diagram.legend()) {
        for (String line : SvgWriter.wrap(l.key() + ": " + l.meaning(), LEGEND_WRAP)) {
          lines.append(lines.length() == 0 ? "" : "<br/>").append(escape(line));
        }
      }
      out.append("  subgraph legend[\"Legend\"]\n");
      out.append("    legendKey[\"").append(lines).append("\"]\n");
      out.append("  end\n");
    }
    return out.toString();
  }

  /**
   * Escapes text for a quoted Mermaid label with Mermaid's entity codes, so that no user text can
   * end the label, start markup or inject a statement. Line breaks and other control characters
   * become spaces.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '#' -> out.append("#35;");
        case '"' -> out.append("#quot;");
        case '&' -> out.append("#amp;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '|' -> out.append("#124;");
        case '`' -> out.append("#96;");
        case ';' -> out.append("#59;");
        default -> {
          if (Character.isISOControl(c)) {
            out.append(' ');
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  /** Text safe for a one-line Mermaid comment. */
  private static String comment(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return out.toString();
  }
}
