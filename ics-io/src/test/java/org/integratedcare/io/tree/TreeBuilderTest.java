package org.integratedcare.io.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Trees through events: walking a tree and building one back gives the same tree. */
class TreeBuilderTest {
  private static final String DOCUMENT = """
      {"name": "Exampleshire", "bodies": [{"id": "board", "limit": 2000000.50, "voting": true},
       {"id": "committee", "parent": null, "seats": [1, 2, 3]}], "empty": {}, "none": []}
      """;

  /** Replays every event of a walk into a builder. */
  private static class Replay implements TreeVisitor<RuntimeException> {
    final TreeBuilder builder = new TreeBuilder();

    @Override public void startObject() { builder.startObject(); }
    @Override public void name(String name) { builder.name(name); }
    @Override public void endObject() { builder.end(); }
    @Override public void startArray() { builder.startArray(); }
    @Override public void endArray() { builder.end(); }
    @Override public void string(String value) { builder.value(Node.string(value)); }
    @Override public void number(BigDecimal value) { builder.value(Node.number(value)); }
    @Override public void nonFiniteNumber(double value) { builder.value(Node.nonFinite(value)); }
    @Override public void bool(boolean value) { builder.value(Node.bool(value)); }
    @Override public void nullValue() { builder.value(Node.nullNode()); }
  }

  @Test
  void walkThenBuild_givesAnEqualTree() {
    Node tree = new JsonDocumentReader(DocumentLimits.DEFAULTS).read(DOCUMENT.getBytes(StandardCharsets.UTF_8));
    Replay replay = new Replay();

    Node.walk(tree, replay);

    assertThat(replay.builder.isComplete()).isTrue();
    assertThat(replay.builder.result()).isEqualTo(tree);
  }

  @Test
  void walk_ofDeepNesting_doesNotRecurse() {
    Node root = Node.array();
    Node inner = root;
    for (int i = 0; i < 100_000; i++) {
      inner = ((ArrayNode) inner).addArray();
    }
    int[] arrays = new int[2];
    Node.walk(root, new Replay() {
      @Override public void startArray() { arrays[0]++; }
      @Override public void endArray() { arrays[1]++; }
    });

    assertThat(arrays).containsExactly(100_001, 100_001);
  }

  @Test
  void duplicateProperty_isReportedAtTheDuplicatesPath() {
    TreeBuilder b = new TreeBuilder();
    b.startObject();
    b.name("bodies");
    b.startArray();
    b.startObject();
    b.name("id");
    b.value(Node.string("board"));

    assertThatThrownBy(() -> b.name("id"))
        .isInstanceOfSatisfying(DocumentException.class, e -> {
          assertThat(e.problem().path()).isEqualTo("bodies[0].id");
          assertThat(e.problem().message()).isEqualTo("duplicate property 'id'");
        });
  }

  @Test
  void path_namesTheNextValue() {
    TreeBuilder b = new TreeBuilder();
    assertThat(b.path()).isEmpty();
    b.startObject();
    b.name("bodies");
    assertThat(b.path()).isEqualTo("bodies");
    b.startArray();
    b.value(Node.nullNode());
    assertThat(b.path()).isEqualTo("bodies[1]");
  }

  @Test
  void eventsOutOfOrder_areRefused() {
    TreeBuilder b = new TreeBuilder();
    b.startObject();
    assertThatThrownBy(() -> b.value(Node.string("no name"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> b.result()).isInstanceOf(IllegalStateException.class);
    b.end();
    assertThatThrownBy(() -> b.startArray()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> b.value(Node.object())).isInstanceOf(IllegalArgumentException.class);
  }
}
