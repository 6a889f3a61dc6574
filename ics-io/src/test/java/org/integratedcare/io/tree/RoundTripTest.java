package org.integratedcare.io.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Writing a tree and reading it back gives an equal tree. */
class RoundTripTest {

  private static final JsonDocumentReader JSON = new JsonDocumentReader(DocumentLimits.DEFAULTS);
  private static final YamlDocumentReader YAML = new YamlDocumentReader(DocumentLimits.DEFAULTS);

  @Test
  void jsonRoundTripsRandomTrees() {
    Random r = new Random(7L);
    for (int i = 0; i < 3000; i++) {
      Node tree = Trees.random(r, 5, false);
      assertThat(JSON.read(JsonDocumentWriter.pretty().write(tree))).as("pretty %d", i)
          .isEqualTo(tree);
      assertThat(JSON.read(JsonDocumentWriter.compact().write(tree))).as("compact %d", i)
          .isEqualTo(tree);
    }
  }

  @Test
  void yamlRoundTripsRandomTrees() {
    Random r = new Random(8L);
    for (int i = 0; i < 3000; i++) {
      Node tree = Trees.random(r, 5, true);
      if (tree.isString() && tree.stringValue().startsWith("\ufeff")) {
        continue; // read as a byte order mark
      }
      byte[] yaml = YamlDocumentWriter.instance().write(tree);
      Node back;
      try {
        back = YAML.read(yaml);
      } catch (DocumentException e) {
        throw new AssertionError(e.getMessage() + " in\n" + new String(yaml, StandardCharsets.UTF_8), e);
      }
      assertThat(back).as("%d:%n%s", i, new String(yaml, StandardCharsets.UTF_8))
          .isEqualTo(tree);
    }
  }

  @Test
  void jsonReaderAgreesWithJacksonOnRandomDocuments() {
    Random r = new Random(9L);
    for (int i = 0; i < 1000; i++) {
      Node tree = Trees.random(r, 5, false);
      byte[] json = JsonDocumentWriter.pretty().write(tree);
      JsonNode jackson = JacksonWriters.JSON.readTree(json);
      assertThat(JSON.read(json)).isEqualTo(Trees.fromJackson(jackson));
    }
  }

  @Test
  void nonFiniteNumbersRoundTripThroughYaml() {
    ObjectNode o = Node.object();
    o.set("up", Node.nonFinite(Double.POSITIVE_INFINITY));
    o.set("down", Node.nonFinite(Double.NEGATIVE_INFINITY));
    o.set("nan", Node.nonFinite(Double.NaN));
    String yaml = YamlDocumentWriter.instance().writeString(o);
    assertThat(yaml).isEqualTo("up: .inf\ndown: -.inf\nnan: .nan\n");
    Node back = YAML.read(yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(back).isEqualTo(o);
    assertThat(back.get("up").isFinite()).isFalse();
    assertThat(((NumberNode) back.get("nan")).isNaN()).isTrue();
  }

  @Test
  void deepTreesAreWrittenWithoutRecursion() {
    DocumentLimits deep = new DocumentLimits(1 << 24, 200_000, 1000, 1000);
    StringBuilder sb = new StringBuilder();
    int levels = 100_000;
    sb.append("[".repeat(levels)).append("]".repeat(levels));
    Node tree = new JsonDocumentReader(deep).read(sb.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(JsonDocumentWriter.compact().writeString(tree)).isEqualTo(sb.toString());
    // pretty output grows with the square of the depth, so a shallower tree for it and for YAML
    Node shallower = tree;
    for (int i = 0; i < levels - 2000; i++) {
      shallower = shallower.get(0);
    }
    assertThat(JsonDocumentWriter.pretty().write(shallower)).hasSizeGreaterThan(2000 * 2000);
    assertThat(YamlDocumentWriter.instance().write(shallower)).hasSizeGreaterThan(2000);
  }
}
