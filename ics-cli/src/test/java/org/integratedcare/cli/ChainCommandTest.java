package org.integratedcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.integratedcare.testkit.SampleSystems;
import org.integratedcare.io.tree.DocumentLimits;
import org.integratedcare.io.tree.JsonDocumentReader;
import org.integratedcare.io.tree.Node;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.report.Diagrams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ics chain}: accountability chains as text or as a diagram. */
class ChainCommandTest {
  @TempDir
  Path dir;

  private String model;

  @BeforeEach
  void writeModel() throws Exception {
    model = SampleSystems.riversideFile(dir).toString();
  }

  @Test
  void chain_ofADelegatedFunction_isAnsweredForByItsHolder() {
    // Delegation moves the doing, never the answering: "Contract awards" is exercised by the
    // committee and the officer, but answered for by the ICB, which answers to NHS England
    // (NHS Act 2006 s.14Z59).
    Run run = Run.ics("chain", model, "contracts");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Accountability of Contract awards (contracts) on 2026-04-01\n")
        .contains("Chain 1 (", "NHS Act 2006 s.14Z59",
            "Exercised under delegation by (answering through the holder):\n", "  - Finance & Performance Committee (finance)\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void chain_mermaid_isTheChainDiagram() {
    Run run = Run.ics("chain", model, "contracts", "--format", "mermaid");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(Diagrams.chains(ModelFiles.read(Path.of(model)), "contracts", SampleSystems.DATE).toMermaid());
  }

  @Test
  void chain_json_givesTheStepsAsData() {
    Run run = Run.ics("chain", model, "contracts", "--format", "json");

    Node root = json(run.out());
    assertThat(run.exitCode()).isZero();
    assertThat(root.path("subject").asString()).isEqualTo("contracts");
    assertThat(root.path("chains").get(0).path("steps").get(0).path("kind").asString()).isEqualTo("function-holder");
    assertThat(root.path("chains").get(0).path("steps").get(1).path("citation").asString()).isEqualTo("NHS Act 2006 s.14Z59");
    assertThat(root.path("exercisedBy").values()).extracting(Node::asString).contains("finance", "cfo");
  }

  @Test
  void chain_unknownSubject_exits2() {
    Runs.assertBadInput(Run.ics("chain", model, "nowhere"),
        "SUBJECT: 'nowhere' is not an organisation, body, post or function of the model", "The ids are: ");
  }

  @Test
  void chain_mistypedSubject_suggestsTheNearest() {
    Runs.assertBadInput(Run.ics("chain", model, "contract"), "did you mean 'contracts'?");
  }

  @Test
  void chain_text_saysEachStepOnce() {
    Run run = Run.ics("chain", model, "contracts");

    // the opening line counts the chains and names where they end; the steps follow, once each
    String[] lines = run.out().split("\n");
    assertThat(lines[2]).matches("\\d+ lines? of accountability, ending at .*\\.");
    assertThat(lines[2]).doesNotContain("answers to");
    long steps = run.out().lines().filter(l -> l.contains("answers to NHS England (")).count();
    assertThat(steps).isEqualTo(run.out().lines().filter(l -> l.startsWith("Chain ")).count());
  }

  @Test
  void chain_ofADelegation_exits2SayingWhatItIs() {
    Runs.assertBadInput(Run.ics("chain", model, "sord-1"), "(it is a delegation)");
  }

  @Test
  void chain_missingSubject_exits2() {
    Runs.assertBadInput(Run.ics("chain", model), "Missing required parameter", "SUBJECT");
  }

  private static Node json(String text) {
    return new JsonDocumentReader(DocumentLimits.DEFAULTS).read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
