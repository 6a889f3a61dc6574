package org.integratedcare.io.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class YamlDocumentReaderTest {

  private static final YamlDocumentReader READER = new YamlDocumentReader(DocumentLimits.DEFAULTS);

  private static DocumentException.Problem fails(YamlDocumentReader reader, byte[] bytes) {
    try {
      reader.read(bytes);
    } catch (DocumentException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problem();
    }
    throw new AssertionError("read without a problem");
  }

  private static void fails(String yaml, String path, String message, int line, int column) {
    assertThat(fails(READER, yaml.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(new DocumentException.Problem(path, message, line, column));
  }

  private static Node read(String yaml) {
    return READER.read(yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void resolvesPlainScalarsByTheCoreSchema() {
    Node n = read("a: [null, Null, NULL, ~, null, true, True, FALSE, 42, -7, 0o17, 0x1F, 1.5, 1e3,"
        + " .5, +1, .inf, -.Inf, +.INF, .NaN, yes, no, on, 1_000, 0x, 12:30, '1', \"true\"]\n"
        + "b:\n");
    Node a = n.get("a");
    for (int i = 0; i < 5; i++) {
      assertThat(a.get(i).isNull()).as("%d", i).isTrue();
    }
    assertThat(a.get(5).booleanValue()).isTrue();
    assertThat(a.get(6).booleanValue()).isTrue();
    assertThat(a.get(7).booleanValue()).isFalse();
    assertThat(a.get(8).isIntegralNumber()).isTrue();
    assertThat(a.get(9).longValue()).isEqualTo(-7);
    assertThat(a.get(10).longValue()).isEqualTo(15);
    assertThat(a.get(11).longValue()).isEqualTo(31);
    assertThat(a.get(12).decimalValue()).isEqualTo(new BigDecimal("1.5"));
    assertThat(a.get(13).isIntegralNumber()).isFalse();
    assertThat(a.get(13).asDouble()).isEqualTo(1000.0);
    assertThat(a.get(14).decimalValue()).isEqualTo(new BigDecimal("0.5"));
    assertThat(a.get(15).longValue()).isEqualTo(1);
    assertThat(a.get(16).doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(a.get(17).doubleValue()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(a.get(18).isFinite()).isFalse();
    assertThat(a.get(19).isNumber()).isTrue();
    assertThat(((NumberNode) a.get(19)).isNaN()).isTrue();
    for (int i = 20; i < 28; i++) {
      assertThat(a.get(i).isString()).as("%d", i).isTrue();
    }
    assertThat(n.get("b").isNull()).isTrue();
    assertThat(n.get("b").line()).isEqualTo(2);
    assertThat(read("# only a comment\n").isMissingNode()).isTrue();
  }

  @Test
  void recordsPositions() {
    Node n = read("bodies:\n  - name: Board\n    members:\n      - id: x\n        nominatedBy: y\n");
    assertThat(Node.locate(n, "bodies[0].members[0].nominatedBy")).containsExactly(5, 9);
    assertThat(Node.locate(n, "bodies[0].members[0].missing")).containsExactly(4, 9);
    assertThat(Node.locate(n, "bodies[0].name")).containsExactly(2, 5);
    assertThat(Node.locate(n, "bodies")).containsExactly(1, 1);
  }

  @Test
  void rejectsWhatAModelFileMustNotHold() {
    fails("a: &x 1\nb: *x\n", "b",
        "YAML aliases (*name) are not allowed in a model file; write the value out in full", 2, 4);
    fails("a: !!str 1\n", "a", "YAML tags (such as !!str or !custom) are not allowed in a model file; write the value without one", 1, 4);
    fails("a: !!timestamp 2020-01-01\n", "a",
        "YAML tags (such as !!str or !custom) are not allowed in a model file; write the value without one", 1, 4);
    fails("a:\n  - !custom {x: 1}\n", "a[0]",
        "YAML tags (such as !!str or !custom) are not allowed in a model file; write the value without one", 2, 5);
    fails("a: 1\n---\nb: 2\n", "", "more follows the first document", 2, 1);
    fails("? [x]\n: 1\n", "", "a property name must be plain text", 1, 3);
    fails("a:\n  b: 1\n  c: 2\n  b: 3\n", "a.b", "duplicate property 'b'", 4, 3);
    fails("a:\n\tb: 1\n", "a", "found a tab character where it is not allowed; indent with spaces,"
        + " not tabs", 2, 1);
  }

  @Test
  void mapsSyntaxErrorsToPlainMessages() {
    DocumentException.Problem p = fails(READER, "a: b: c\n".getBytes(StandardCharsets.UTF_8));
    assertThat(p.message()).isEqualTo("the file is not valid YAML: a ':' is not allowed here; put a"
        + " text that holds ': ' in quotes");
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.column()).isEqualTo(5);
    p = fails(READER, "a: [1, 2\n".getBytes(StandardCharsets.UTF_8));
    assertThat(p.message()).startsWith("the file is not valid YAML: ").doesNotContain("Exception")
        .doesNotContain("^").doesNotContain("\n");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.message()).isEqualTo("the file is not valid YAML: expected ',' or ']', but got the"
        + " end of the file (while reading a list in brackets)");
    p = fails(READER, "a:\n  - b\n c: d\n".getBytes(StandardCharsets.UTF_8));
    assertThat(p.message()).doesNotContain("<", ">").isEqualTo("the file is not valid YAML:"
        + " expected the end of an indented block, but found the start of an indented map (while"
        + " reading an indented map)");
  }

  @Test
  void reportsEncodingsAndLimits() {
    assertThat(fails(READER, "a: 1".getBytes(StandardCharsets.UTF_16LE)).message())
        .isEqualTo("the file is not UTF-8; it looks like UTF-16");
    assertThat(fails(READER, new byte[] {'a', ':', ' ', '\n', 'b', ':', ' ', 'x', (byte) 0xE9}))
        .isEqualTo(new DocumentException.Problem("", "the file is not valid UTF-8 at byte 9", 2, 5));
    YamlDocumentReader small = new YamlDocumentReader(new DocumentLimits(100, 3, 5, 4));
    assertThat(fails(small, "a: [[[1]]]".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(new DocumentException.Problem("a[0][0]",
            "objects and lists are nested deeper than the limit of 3 levels", 1, 6));
    assertThat(fails(small, "a: abcdef".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(new DocumentException.Problem("a",
            "a text of 6 characters is longer than the limit of 5", 1, 4));
    assertThat(fails(small, "a: 12345".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(new DocumentException.Problem("a",
            "a number of 5 characters is longer than the limit of 4", 1, 4));
    assertThat(fails(small, " ".repeat(101).getBytes(StandardCharsets.UTF_8)).message())
        .isEqualTo("the document is larger than the limit of 100 bytes");
  }

  @Test
  void deepNestingFailsCleanly() {
    byte[] deep = ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
    DocumentException.Problem p = fails(READER, deep);
    assertThat(p.message())
        .isEqualTo("objects and lists are nested deeper than the limit of 64 levels");
    assertThat(p.column()).isEqualTo(65);
  }
}
