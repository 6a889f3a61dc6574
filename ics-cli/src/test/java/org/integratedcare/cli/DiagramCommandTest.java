package org.integratedcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.integratedcare.testkit.SampleSystems;
import org.integratedcare.core.IcsModel;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.report.Diagrams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ics diagram}: the library's diagrams, from a model file. */
class DiagramCommandTest {
  @TempDir
  Path dir;

  private String model;
  private IcsModel read;

  @BeforeEach
  void writeModel() throws Exception {
    model = SampleSystems.riversideFile(dir).toString();
    read = ModelFiles.read(Path.of(model));
  }

  @Test
  void diagram_structure_isMermaidByDefault() {
    Run run = Run.ics("diagram", "structure", model);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(Diagrams.structure(read, SampleSystems.DATE).toMermaid());
  }

  @Test
  void diagram_delegationsAsDot() {
    Run run = Run.ics("diagram", "delegations", model, "--format", "dot", "--date", "2026-04-01");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(Diagrams.delegations(read, SampleSystems.DATE).toDot()).startsWith("digraph ics {");
  }

  @Test
  void diagram_chainOfASubject() {
    Run run = Run.ics("diagram", "chain", model, "--subject", "icb");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(Diagrams.chains(read, "icb", SampleSystems.DATE).toMermaid());
  }

  @Test
  void diagram_output_writesAFile() throws Exception {
    Path out = dir.resolve("structure.dot");

    Run run = Run.ics("diagram", "structure", model, "-f", "dot", "-o", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(out)).isEqualTo(Diagrams.structure(read, SampleSystems.DATE).toDot());
  }

  @Test
  void diagram_unknownKind_exits2() {
    Runs.assertBadInput(Run.ics("diagram", "org-chart", model), "WHAT", "org-chart");
  }

  @Test
  void diagram_chainWithoutSubject_exits2() {
    Runs.assertBadInput(Run.ics("diagram", "chain", model), "'diagram chain' needs --subject");
  }

  @Test
  void diagram_subjectForStructure_exits2() {
    Runs.assertBadInput(Run.ics("diagram", "structure", model, "--subject", "icb"), "--subject is only for 'diagram chain'");
  }

  @Test
  void diagram_unknownFormat_exits2() {
    Runs.assertBadInput(Run.ics("diagram", "structure", model, "--format", "png"), "--format", "png");
  }

  @Test
  void diagram_svg_isAPictureThatNeedsNoOtherTool() {
    Run run = Run.ics("diagram", "delegations", model, "--format", "svg");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("<title>Delegations in Riverside ICS")
        .endsWith("</svg>\n");
  }

  @Test
  void diagram_onePlace_drawsThatPlaceOnly() {
    Run run = Run.ics("diagram", "structure", model, "--place", "place");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("flowchart TB\n  %% Structure of Riverside place on 2026-04-01\n")
        .contains("Riverside Place Board").doesNotContain("Riverside ICP joint committee");
  }

  @Test
  void diagram_oneFunction_drawsItsDelegationsOnly() {
    Run run = Run.ics("diagram", "delegations", model, "--function", "commissioning");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("F1: Commissioning of community services").doesNotContain("Contract awards", "F2");
  }

  @Test
  void diagram_unknownPlace_suggestsTheNearest() {
    Runs.assertBadInput(Run.ics("diagram", "structure", model, "--place", "plaec"),
        "--place: 'plaec' is not a place of the model; did you mean 'place'?", "The ids are: place.");
  }

  @Test
  void diagram_unknownSubject_suggestsTheNearest() {
    Runs.assertBadInput(Run.ics("diagram", "chain", model, "--subject", "contract"),
        "did you mean 'contracts'?");
  }

  @Test
  void diagram_placeForDelegations_exits2() {
    Runs.assertBadInput(Run.ics("diagram", "delegations", model, "--place", "place"), "--place is only for 'diagram structure'");
  }
}
