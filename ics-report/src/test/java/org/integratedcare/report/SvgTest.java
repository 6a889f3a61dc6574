package org.integratedcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.integratedcare.core.IcsModel;
import org.integratedcare.report.Diagram.EdgeStyle;
import org.integratedcare.report.Diagram.NodeKind;
import org.integratedcare.testkit.SampleSystems;
import org.junit.jupiter.api.Test;

/** SVG drawn by the library: well-formed, escaped, laid out without overlaps, the same every time. */
class SvgTest {
  private final IcsModel model = SampleSystems.riverside();

  @Test
  void delegations_svg_matchesGoldenFile() {
    Golden.assertMatches(Diagrams.delegations(model, SampleSystems.DATE).toSvg(), "delegations.svg");
  }

  @Test
  void chains_svg_matchesGoldenFile() {
    Golden.assertMatches(Diagrams.chains(model, "contracts", SampleSystems.DATE).toSvg(), "chains.svg");
  }

  @Test
  void svg_isWellFormedWithATitleAndEveryLabel() {
    Diagram diagram = Diagrams.structure(model, SampleSystems.DATE);
    String svg = diagram.toSvg();

    assertWellFormed(svg);
    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains("<title>" + SvgWriter.xml(diagram.title()) + "</title>");
    String text = texts(svg);
    for (Diagram.Node n : diagram.nodes()) {
      // labels are wrapped over lines, so compare word by word
      for (String word : n.label().split("\\s+")) {
        assertThat(text).contains(SvgWriter.xml(word));
      }
    }
    assertThat(text).contains("Legend");
  }

  @Test
  void userText_isEscaped() {
    Diagram diagram = Diagram.builder("a <b> & \"c\"")
        .node("x", NodeKind.ORGANISATION, "</text><script>alert(1)</script>", "d & e")
        .node("y", NodeKind.FUNCTION, "y", null)
        .edge("x", "y", "<label>", EdgeStyle.SOLID)
        .legend("<k>", "m & n")
        .build();
    String svg = diagram.toSvg();

    assertThat(svg).doesNotContain("<script", "<label>", "<b>", "<k>").contains("&lt;script&gt;", "&amp;");
    assertWellFormed(svg);
  }

  @Test
  void nodesInOneRow_doNotOverlap_andAWideLayerWraps() {
    Diagram.Builder b = Diagram.builder("fan");
    b.node("hub", NodeKind.ORGANISATION, "Hub", null);
    for (int i = 0; i < 20; i++) {
      b.node("leaf" + i, NodeKind.BODY, "A committee with a long name number " + i, "committee");
      b.edge("leaf" + i, "hub", "", EdgeStyle.SOLID);
    }
    String svg = b.build().toSvg();

    List<double[]> boxes = new ArrayList<>();
    Matcher m = Pattern.compile("<g class=\"node [a-z]+\"><rect x=\"([-0-9.]+)\" y=\"([-0-9.]+)\" width=\"([0-9.]+)\" "
        + "height=\"([0-9.]+)\"").matcher(svg);
    while (m.find()) {
      boxes.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
          Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))});
    }
    assertThat(boxes).hasSize(21);
    for (int i = 0; i < boxes.size(); i++) {
      assertThat(boxes.get(i)[0]).isGreaterThanOrEqualTo(0);
      for (int j = i + 1; j < boxes.size(); j++) {
        double[] p = boxes.get(i);
        double[] q = boxes.get(j);
        boolean apart = p[0] + p[2] <= q[0] || q[0] + q[2] <= p[0] || p[1] + p[3] <= q[1] || q[1] + q[3] <= p[1];
        assertThat(apart).as("boxes %d and %d overlap", i, j).isTrue();
      }
    }
    // twenty committees side by side would be far wider than a page: the row wraps
    Matcher width = Pattern.compile("width=\"([0-9.]+)\"").matcher(svg);
    assertThat(width.find()).isTrue();
    assertThat(Double.parseDouble(width.group(1))).isLessThan(1000);
  }

  @Test
  void cycles_andLoops_areDrawnToo() {
    Diagram diagram = Diagram.builder("cycle")
        .node("a", NodeKind.BODY, "A", null).node("b", NodeKind.BODY, "B", null).node("c", NodeKind.BODY, "C", null)
        .edge("a", "b", "1", EdgeStyle.SOLID).edge("b", "c", "2", EdgeStyle.SOLID).edge("c", "a", "3", EdgeStyle.DASHED)
        .edge("a", "a", "self", EdgeStyle.THICK)
        .build();
    String svg = diagram.toSvg();

    assertWellFormed(svg);
    assertThat(svg.split("marker-end=", -1)).hasSize(5); // four edges, each with an arrowhead
  }

  @Test
  void sameDiagram_sameBytes() {
    assertThat(Diagrams.structure(model, SampleSystems.DATE).toSvg())
        .isEqualTo(Diagrams.structure(SampleSystems.riverside(), SampleSystems.DATE).render(DiagramFormat.SVG));
  }

  private static String texts(String svg) {
    StringBuilder out = new StringBuilder();
    Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
    while (m.find()) {
      out.append(m.group(1)).append(' ');
    }
    return out.toString();
  }

  /** Every tag is closed in order, attribute values are quoted, and no raw '&' or '<' is in text. */
  static void assertWellFormed(String xml) {
    Deque<String> open = new ArrayDeque<>();
    Matcher tag = Pattern.compile("<(/?)([a-zA-Z]+)((?:\\s+[a-zA-Z:-]+=\"[^\"<]*\")*)\\s*(/?)>").matcher(xml);
    int at = 0;
    while (tag.find()) {
      String between = xml.substring(at, tag.start());
      assertThat(between).doesNotContain("<", ">").doesNotContainPattern("&(?!(amp|lt|gt|quot|#[0-9]+);)");
      if (!tag.group(1).isEmpty()) {
        assertThat(open.pop()).as("closing tag").isEqualTo(tag.group(2));
      } else if (tag.group(4).isEmpty()) {
        open.push(tag.group(2));
      }
      at = tag.end();
    }
    assertThat(xml.substring(at).strip()).isEmpty();
    assertThat(open).as("unclosed tags").isEmpty();
  }
}
