package org.integratedcare.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;
import java.io.StringWriter;
import java.math.BigDecimal;
import org.integratedcare.io.tree.JsonDocumentWriter;
import org.integratedcare.io.tree.Node;
import org.integratedcare.io.tree.ObjectNode;
import org.junit.jupiter.api.Test;

/** Trees through Jackson's generators and parsers, value for value. */
class TreesTest {
  /** Decimals in plain notation, as the library writes them. */
  static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  static ObjectNode everyKindOfValue() {
    ObjectNode o = Node.object();
    o.put("text", "a \"quoted\" line\nand é ✓ \u0001");
    o.put("whole", 7_000_000L).put("big", new BigDecimal("123456789012345678901234567890"));
    o.put("decimal", new BigDecimal("2000000.50")).put("tiny", new BigDecimal("0.0000001"));
    o.put("exponent", new BigDecimal("7E+6"));
    o.put("yes", true).put("no", false).putNull("nothing");
    o.putArray("list").add(1).add("two").addNull().addObject().putArray("empty");
    o.putObject("empty");
    o.putArray("nonFinite").add(Node.nonFinite(Double.NaN)).add(Node.nonFinite(Double.POSITIVE_INFINITY))
        .add(Node.nonFinite(Double.NEGATIVE_INFINITY));
    return o;
  }

  static String write(Node n) throws Exception {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = MAPPER.createGenerator(out)) {
      Trees.write(n, gen);
    }
    return out.toString();
  }

  static Node read(String json, JsonMapper mapper) throws Exception {
    try (JsonParser p = mapper.createParser(json)) {
      p.nextToken();
      Node n = Trees.read(p, "test");
      assertThat(p.nextToken()).isNull();
      return n;
    }
  }

  @Test
  void writesWhatTheLibrarysCompactWriterWrites() throws Exception {
    ObjectNode tree = everyKindOfValue();
    assertThat(write(tree)).isEqualTo(JsonDocumentWriter.compact().writeString(tree));
  }

  @Test
  void readsBackWhatItWrote_exactly() throws Exception {
    ObjectNode tree = everyKindOfValue();
    Node back = read(write(tree), MAPPER);
    // non-finite numbers are written as strings, as the library writes them
    tree.putArray("nonFinite").add("NaN").add("Infinity").add("-Infinity");
    assertThat(back).isEqualTo(tree);
    assertThat(back.path("decimal").decimalValue()).isEqualTo(new BigDecimal("2000000.50"));
  }

  @Test
  void readsScalarsAndNonFiniteNumbersWhereTheParserAllowsThem() throws Exception {
    JsonMapper lenient = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    Node n = read("[NaN, -Infinity, 1.5e3]", lenient);
    assertThat(n.get(0)).isEqualTo(Node.nonFinite(Double.NaN));
    assertThat(n.get(1)).isEqualTo(Node.nonFinite(Double.NEGATIVE_INFINITY));
    assertThat(n.get(2).decimalValue()).isEqualByComparingTo("1500");
    assertThat(read("\"x\"", MAPPER)).isEqualTo(Node.string("x"));
  }

  @Test
  void writesAScalarRoot() throws Exception {
    assertThat(write(Node.string("x"))).isEqualTo("\"x\"");
    assertThat(write(Node.nonFinite(Double.NaN))).isEqualTo("\"NaN\"");
  }

  @Test
  void writesDeepTreesWithoutRecursion() throws Exception {
    Node deep = Node.array();
    Node inner = deep;
    for (int i = 0; i < 100_000; i++) {
      inner = ((org.integratedcare.io.tree.ArrayNode) inner).addArray();
    }
    JsonMapper unlimited = JsonMapper.builder(JsonFactory.builder()
        .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
        .build()).build();
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = unlimited.createGenerator(out)) {
      Trees.write(deep, gen);
    }
    assertThat(out.toString()).startsWith("[[[[").hasSize(200_002);
  }
}
