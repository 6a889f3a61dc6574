package org.integratedcare.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.integratedcare.report.Diagram.EdgeStyle;
import org.integratedcare.report.Diagram.NodeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Escaping, synthetic ids and ordering of rendered diagrams. */
class DiagramTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '~', quoteCharacter = '\'', value = {
      "say \"yes\" ~ say #quot;yes#quot;",
      "A & B ~ A #amp; B",
      "<b>bold</b> ~ #lt;b#gt;bold#lt;/b#gt;",
      "item #3 ~ item #35;3",
      "a | b ~ a #124; b",
      "a; b ~ a#59; b",
      "`code` ~ #96;code#96;",
      "£2,500 (SoRD 4.2) [urgent] {x} ~ £2,500 (SoRD 4.2) [urgent] {x}",
  })
  void mermaidEscape_usesEntityCodes(String text, String escaped) {
    assertThat(MermaidWriter.escape(text)).isEqualTo(escaped);
  }

  @Test
  void mermaidEscape_lineBreaksBecomeSpaces() {
    assertThat(MermaidWriter.escape("one\ntwo\r\tthree")).isEqualTo("one two  three");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '~', quoteCharacter = '\'', value = {
      "say \"yes\" ~ say \\\"yes\\\"",
      "C:\\path ~ C:\\\\path",
      "\\N and \\l ~ \\\\N and \\\\l",
      "A & <B> ~ A & <B>",
  })
  void dotEscape_quotesAndBackslashes(String text, String escaped) {
    assertThat(DotWriter.escape(text)).isEqualTo(escaped);
  }

  @Test
  void syntheticIds_followSortOrderNotInsertionOrder() {
    Diagram a = Diagram.builder("t")
        .node("zeta", NodeKind.BODY, "Zeta", null)
        .node("alpha", NodeKind.ORGANISATION, "Beta", null)
        .node("beta", NodeKind.ORGANISATION, "Alpha", null)
        .edge("zeta", "alpha", "x", EdgeStyle.SOLID)
        .edge("beta", "alpha", "y", EdgeStyle.DASHED)
        .build();
    Diagram b = Diagram.builder("t")
        .edge("beta", "alpha", "y", EdgeStyle.DASHED)
        .node("beta", NodeKind.ORGANISATION, "Alpha", null)
        .edge("zeta", "alpha", "x", EdgeStyle.SOLID)
        .node("alpha", NodeKind.ORGANISATION, "Beta", null)
        .node("zeta", NodeKind.BODY, "Zeta", null)
        .edge("zeta", "alpha", "x", EdgeStyle.SOLID)
        .build();

    assertThat(a.syntheticId("beta")).contains("n1");
    assertThat(a.syntheticId("alpha")).contains("n2");
    assertThat(a.syntheticId("zeta")).contains("n3");
    assertThat(a.toMermaid()).isEqualTo(b.toMermaid()).isEqualTo("""
        flowchart TB
          %% t
          n1["Alpha"]
          n2["Beta"]
          n3[["Zeta"]]
          n1 -.->|"y"| n2
          n3 -->|"x"| n2
        """);
    assertThat(a.toDot()).isEqualTo(b.toDot());
    assertThat(b.edges()).hasSize(2);
  }

  @Test
  void build_edgeToMissingNode_rejectedNamingTheEdge() {
    Diagram.Builder builder = Diagram.builder("t").node("a", NodeKind.BODY, "A", null)
        .edge("a", "ghost", "", EdgeStyle.SOLID);

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'a' -> 'ghost'");
  }

  @Test
  void node_sameKeyDifferentContent_rejected() {
    Diagram.Builder builder = Diagram.builder("t").node("a", NodeKind.BODY, "A", null);

    assertThatThrownBy(() -> builder.node("a", NodeKind.BODY, "Other", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'");
  }

  @Test
  void node_blankLabel_rejected() {
    assertThatThrownBy(() -> new Diagram.Node("a", " ", java.util.Optional.empty(), NodeKind.BODY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'");
  }

  @Test
  void format_fromTypeName() {
    assertThat(DiagramFormat.fromTypeName("Mermaid")).contains(DiagramFormat.MERMAID);
    assertThat(DiagramFormat.fromTypeName("dot")).contains(DiagramFormat.DOT);
    assertThat(DiagramFormat.fromTypeName("SVG")).contains(DiagramFormat.SVG);
    assertThat(DiagramFormat.fromTypeName("png")).isEmpty();
  }
}
