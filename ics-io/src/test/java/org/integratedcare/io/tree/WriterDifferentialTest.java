package org.integratedcare.io.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The writers produce the same bytes as the Jackson writers they replace. */
class WriterDifferentialTest {

  private static final int TREES = 3000;

  @Test
  void prettyJsonMatchesJacksonOnRandomTrees() {
    Random r = new Random(20260101L);
    for (int i = 0; i < TREES; i++) {
      Node tree = Trees.random(r, 4, true);
      assertSameBytes(JsonDocumentWriter.pretty().write(tree),
          JacksonWriters.prettyJson(Trees.toJackson(tree)), i);
    }
  }

  @Test
  void compactJsonMatchesJacksonOnRandomTrees() {
    Random r = new Random(20260102L);
    for (int i = 0; i < TREES; i++) {
      Node tree = Trees.random(r, 4, true);
      assertSameBytes(JsonDocumentWriter.compact().write(tree),
          JacksonWriters.compactJson(Trees.toJackson(tree)), i);
    }
  }

  @Test
  void yamlMatchesJacksonOnRandomTrees() {
    Random r = new Random(20260103L);
    int compared = 0;
    for (int i = 0; i < TREES; i++) {
      Node tree = Trees.random(r, 4, false);
      if (hasMultiLineUnicodeBreak(tree)) {
        continue; // deliberately different: see multiLineTextWithUnicodeBreaksIsQuoted
      }
      compared++;
      assertSameBytes(YamlDocumentWriter.instance().write(tree),
          JacksonWriters.yaml(Trees.toJackson(tree)), i);
    }
    assertThat(compared).isGreaterThan(TREES * 3 / 4);
  }

  @Test
  void multiLineTextWithUnicodeBreaksIsQuoted() {
    ObjectNode o = Node.object().put("a", "x\u0085y\nz").put("b", "x\u0085y").put("c", "x\ny")
        .put("d", "x\u2028y\nz\u2029");
    o.put("\u0085", "\u2028");
    assertThat(YamlDocumentWriter.instance().writeString(o)).isEqualTo("a: \"x\\Ny\\nz\"\nb:"
        + " \"x\\Ny\"\nc: |-\n  x\n  y\nd: |-\n  x\u2028y\n  z\u2029\n\"\\N\": \u2028\n");
    assertThat(new YamlDocumentReader(DocumentLimits.DEFAULTS)
        .read(YamlDocumentWriter.instance().write(o))).isEqualTo(o);
    // Jackson writes a literal block for "a", which does not read back
    assertThat(new String(JacksonWriters.yaml(Trees.toJackson(o)), StandardCharsets.UTF_8))
        .startsWith("a: |-\n");
  }

  private static boolean hasMultiLineUnicodeBreak(Node n) {
    if (n.isString()) {
      return YamlDocumentWriter.hasUnicodeBreak(n.stringValue());
    }
    for (String name : n.propertyNames()) {
      if (YamlDocumentWriter.hasUnicodeBreak(name)) {
        return true;
      }
    }
    for (Node c : n.values()) {
      if (hasMultiLineUnicodeBreak(c)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyAwkwardStringAsValueAndNameMatchesJackson() {
    ObjectNode o = Node.object();
    ArrayNode list = o.putArray("list");
    ObjectNode names = o.putObject("names");
    for (String s : Trees.AWKWARD) {
      if (YamlDocumentWriter.hasUnicodeBreak(s)) {
        continue;
      }
      list.add(s);
      names.put(s, s);
      o.putObject("nested").putArray(s).addObject().put(s, s);
    }
    JsonNode j = Trees.toJackson(o);
    assertSameBytes(YamlDocumentWriter.instance().write(o), JacksonWriters.yaml(j), 0);
    assertSameBytes(JsonDocumentWriter.pretty().write(o), JacksonWriters.prettyJson(j), 0);
    assertSameBytes(JsonDocumentWriter.compact().write(o), JacksonWriters.compactJson(j), 0);
  }

  @Test
  void edgeCasesMatchJackson() {
    Node[] cases = {
      Node.object(), Node.array(), Node.string(""), Node.string("x"), Node.number(0),
      Node.number(new BigDecimal("1E+5")), Node.number(new BigDecimal("-0.000001")),
      Node.bool(true), Node.nullNode(),
      Node.object().put("a", Node.object().toString()).putNull("b").set("c", Node.array()),
      Node.array().addArray().addArray().addObject().putArray("deep").add("x"),
      Node.object().put("long key " + "k".repeat(200), "long value " + "v".repeat(300)),
      Node.object().put("text", "word ".repeat(40)),
      Node.object().put("ctl", "\u0000\u0001\b\t\n\f\r\u001f\"\\/\u007f"),
    };
    for (int i = 0; i < cases.length; i++) {
      Node n = cases[i];
      JsonNode j = Trees.toJackson(n);
      assertSameBytes(JsonDocumentWriter.pretty().write(n), JacksonWriters.prettyJson(j), i);
      assertSameBytes(JsonDocumentWriter.compact().write(n), JacksonWriters.compactJson(j), i);
      assertSameBytes(YamlDocumentWriter.instance().write(n), JacksonWriters.yaml(j), i);
    }
  }

  @Test
  void exampleModelFileMatchesJackson() throws Exception {
    byte[] bytes = Files.readAllBytes(exampleFile());
    JsonNode jackson = YAMLMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build().readTree(bytes);
    Node ours = Trees.fromJackson(jackson);
    byte[] yaml = YamlDocumentWriter.instance().write(ours);
    assertSameBytes(yaml, JacksonWriters.yaml(jackson), 0);
    assertSameBytes(JsonDocumentWriter.pretty().write(ours), JacksonWriters.prettyJson(jackson), 0);
    // and our reader reads the file as Jackson does
    Node read = new YamlDocumentReader(DocumentLimits.DEFAULTS).read(bytes);
    assertThat(read).isEqualTo(ours);
    assertThat(new YamlDocumentReader(DocumentLimits.DEFAULTS).read(yaml)).isEqualTo(ours);
  }

  static Path exampleFile() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("examples/exampleshire-ics.yaml"))) {
      p = p.getParent();
    }
    assertThat(p).as("examples directory").isNotNull();
    return p.resolve("examples/exampleshire-ics.yaml");
  }

  private static void assertSameBytes(byte[] ours, byte[] jackson, int i) {
    assertThat(new String(ours, StandardCharsets.UTF_8)).as("case " + i)
        .isEqualTo(new String(jackson, StandardCharsets.UTF_8));
    assertThat(ours).as("case " + i).isEqualTo(jackson);
  }
}
