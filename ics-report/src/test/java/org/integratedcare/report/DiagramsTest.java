package org.integratedcare.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.integratedcare.testkit.SampleSystems;
import org.integratedcare.core.IcsModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The structure and delegation diagrams of a whole illustrative system, against golden files. */
class DiagramsTest {
  private final IcsModel model = SampleSystems.riverside();

  @Test
  void structure_mermaid_matchesGoldenFile() {
    Golden.assertMatches(Diagrams.structure(model, SampleSystems.DATE).toMermaid(), "structure.mmd");
  }

  @Test
  void structure_dot_matchesGoldenFile() {
    Golden.assertMatches(Diagrams.structure(model, SampleSystems.DATE).toDot(), "structure.dot");
  }

  @Test
  void delegations_mermaid_matchesGoldenFile() {
    // The scheme of reservation and delegation runs board -> committee -> officer, each reporting
    // back; the s.65Z5 joint-exercise arrangement (NHS Act 2006 s.65Z5) runs from the ICB itself.
    Golden.assertMatches(Diagrams.delegations(model, SampleSystems.DATE).toMermaid(), "delegations.mmd");
  }

  @Test
  void delegations_dot_matchesGoldenFile() {
    Golden.assertMatches(Diagrams.delegations(model, SampleSystems.DATE).toDot(), "delegations.dot");
  }

  @Test
  void structure_leavesOutWhatIsNotInForceOnTheDate() {
    Diagram diagram = Diagrams.structure(model, SampleSystems.DATE);

    assertThat(diagram.nodes()).extracting(Diagram.Node::key).doesNotContain("ccg").contains("icb", "ics", "board");
    // in 2020 only the CCG existed, linked to nothing: it is named in the legend, not drawn alone
    Diagram before = Diagrams.structure(model, LocalDate.of(2020, 1, 1));
    assertThat(before.nodes()).isEmpty();
    assertThat(before.legend()).singleElement().satisfies(l -> {
      assertThat(l.key()).isEqualTo("not drawn");
      assertThat(l.meaning()).contains("Old Riverside CCG");
    });
  }

  @Test
  void delegations_expiredDelegation_notDrawn() {
    Diagram diagram = Diagrams.delegations(model, SampleSystems.DATE);

    assertThat(diagram.nodes()).extracting(Diagram.Node::key).doesNotContain("trust");
    assertThat(Diagrams.delegations(model, LocalDate.of(2023, 1, 1)).nodes())
        .extracting(Diagram.Node::key).contains("trust");
  }

  @Test
  void render_neverWritesModelIds() {
    Diagram diagram = Diagrams.delegations(model, SampleSystems.DATE);

    assertThat(diagram.toMermaid()).doesNotContain("sord-1", "place-board", "\"finance\"");
    assertThat(diagram.toDot()).doesNotContain("sord-1", "place-board", "\"finance\"");
  }

  @Test
  void emptyModel_givesAnEmptyDiagram() {
    Diagram diagram = Diagrams.structure(IcsModel.empty(), SampleSystems.DATE);

    assertThat(diagram.isEmpty()).isTrue();
    assertThat(diagram.toMermaid()).isEqualTo("flowchart TB\n  %% Structure of the model on 2026-04-01\n");
  }

  @Test
  void chains_mermaid_matchesGoldenFile() {
    // Delegation moves the doing, never the answering: the committee, the officer and the place
    // board exercise "Contract awards" but it is answered for by the ICB, which holds it by law,
    // and the ICB answers to NHS England (NHS Act 2006 s.14Z59).
    Golden.assertMatches(Diagrams.chains(model, "contracts", SampleSystems.DATE).toMermaid(), "chains.mmd");
  }

  @Test
  void chains_dot_matchesGoldenFile() {
    Golden.assertMatches(Diagrams.chains(model, "contracts", SampleSystems.DATE).toDot(), "chains.dot");
  }

  @Test
  void chains_unknownSubject_rejected() {
    assertThatThrownBy(() -> Diagrams.chains(model, "nowhere", SampleSystems.DATE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nowhere'");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 7, 42, 2026, 90210})
  void sameModelWithRecordsInAnotherOrder_givesTheSameBytes(long seed) {
    Random random = new Random(seed);
    IcsModel.Builder shuffled = IcsModel.builder().name(model.name().orElseThrow());
    shuffle(model.organisations(), random).forEach(shuffled::add);
    shuffle(model.structures(), random).forEach(shuffled::add);
    shuffle(model.bodies(), random).forEach(shuffled::add);
    shuffle(model.posts(), random).forEach(shuffled::add);
    shuffle(model.functions(), random).forEach(shuffled::add);
    shuffle(model.delegations(), random).forEach(shuffled::add);
    shuffle(model.accountabilityLinks(), random).forEach(shuffled::add);
    IcsModel other = shuffled.build();

    for (DiagramFormat format : DiagramFormat.values()) {
      assertThat(Diagrams.structure(other, SampleSystems.DATE).render(format))
          .isEqualTo(Diagrams.structure(model, SampleSystems.DATE).render(format));
      assertThat(Diagrams.delegations(other, SampleSystems.DATE).render(format))
          .isEqualTo(Diagrams.delegations(model, SampleSystems.DATE).render(format));
      assertThat(Diagrams.chains(other, "contracts", SampleSystems.DATE).render(format))
          .isEqualTo(Diagrams.chains(model, "contracts", SampleSystems.DATE).render(format));
    }
  }

  private static <T> List<T> shuffle(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }

  @Test
  void structureOfPlace_keepsThePlaceItsPartsAndWhatItBelongsTo() {
    Diagram diagram = Diagrams.structureOfPlace(model, SampleSystems.DATE, "place");

    assertThat(diagram.title()).startsWith("Structure of Riverside");
    assertThat(diagram.nodes()).extracting(Diagram.Node::key).contains("place", "place-board", "icb")
        .doesNotContain("icp", "icp-committee");
    assertThatThrownBy(() -> Diagrams.structureOfPlace(model, SampleSystems.DATE, "icb"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'icb' is not a place");
  }

  @Test
  void delegationsOfFunction_drawOnlyThatFunctionsDelegations() {
    Diagram diagram = Diagrams.delegationsOfFunction(model, SampleSystems.DATE, "commissioning");

    assertThat(diagram.edges()).extracting(Diagram.Edge::label).containsExactly("F1");
    assertThat(diagram.legend()).extracting(Diagram.LegendEntry::key).containsExactly("F1", "dashed line");
    assertThat(diagram.legend().get(0).meaning()).isEqualTo("Commissioning of community services");
  }

  @Test
  void delegations_edgeLabelsAreShort_andTheLegendNamesTheFunctions() {
    Diagram diagram = Diagrams.delegations(model, SampleSystems.DATE);

    assertThat(diagram.edges()).allSatisfy(e -> assertThat(e.label().length()).isLessThanOrEqualTo(30));
    assertThat(diagram.legend()).extracting(Diagram.LegendEntry::meaning)
        .contains("Commissioning of community services", "Contract awards");
  }

  @Test
  void manyLeavesOfOneNode_areStaggeredOverThreeRows() {
    Diagram.Builder b = Diagram.builder("fan").node("hub", Diagram.NodeKind.ORGANISATION, "Hub", null);
    for (int i = 1; i <= 6; i++) {
      b.node("leaf" + i, Diagram.NodeKind.ORGANISATION, "Leaf " + i, null).edge("leaf" + i, "hub", "", Diagram.EdgeStyle.SOLID);
    }
    Diagram diagram = b.build();

    assertThat(diagram.toMermaid()).contains("n2 --> n1", "n3 ---> n1", "n4 ----> n1", "n5 --> n1");
    assertThat(diagram.toDot()).contains("n2 -> n1;", "n3 -> n1 [minlen=2];", "n4 -> n1 [minlen=3];");
  }
}
