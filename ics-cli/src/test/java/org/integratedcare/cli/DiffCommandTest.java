package org.integratedcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.integratedcare.io.tree.DocumentLimits;
import org.integratedcare.io.tree.JsonDocumentReader;
import org.integratedcare.io.tree.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ics diff}: what changed between two model files, or one file on two dates. */
class DiffCommandTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "exampleshire-ics.yaml");

  @TempDir
  Path dir;

  @Test
  void twoFiles_aRaisedLimitIsSaidInDomainWords() throws Exception {
    Path revised = revisedExample();

    Run run = Run.ics("diff", EXAMPLE.toString(), revised.toString(), "--date", "2025-06-01");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Delegation 'del-board-finance-committee' from NHS Exampleshire ICB Board to "
        + "Finance and Performance Committee: financial limit £10,000,000 -> £20,000,000.")
        .contains("Who may decide on Arranging hospital, community and mental health services for the ICB's population",
            "Finance and Performance Committee (up to £10,000,000)")
        .contains("Finance and Performance Committee (up to £20,000,000)");
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void twoFiles_markdown_isABoardPaperSection() throws Exception {
    Run run = Run.ics("diff", EXAMPLE.toString(), revisedExample().toString(), "--date", "2025-06-01",
        "--format", "markdown");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("# Changes to Exampleshire integrated care system (illustrative)\n\n"
            + "Comparing two versions of Exampleshire integrated care system (illustrative), both read on 1 June 2025.")
        .contains("## Summary", "### Changed", "| financial limit | £10,000,000 | £20,000,000 |", "## Who may decide");
  }

  @Test
  void sameFileTwice_noChanges() {
    Run run = Run.ics("diff", EXAMPLE.toString(), EXAMPLE.toString(), "--date", "2025-06-01");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).endsWith("\n\nNo changes.\n");
  }

  @Test
  void oneFileOnTwoDates_listsWhatCameIntoForce() {
    Run run = Run.ics("diff", EXAMPLE.toString(), "--from", "2023-03-31", "--date", "2023-04-01", "--format", "json");

    assertThat(run.exitCode()).isZero();
    Node root = new JsonDocumentReader(DocumentLimits.DEFAULTS).read(run.out().getBytes(StandardCharsets.UTF_8));
    assertThat(root.path("before").path("date").asString()).isEqualTo("2023-03-31");
    assertThat(root.path("after").path("date").asString()).isEqualTo("2023-04-01");
    assertThat(root.path("changed").booleanValue()).isTrue();
    assertThat(root.path("records").values()).anySatisfy(r -> {
      assertThat(r.path("change").asString()).isEqualTo("came-into-force");
      assertThat(r.path("id").asString()).isEqualTo("del-nhse-icb-pod");
    });
    assertThat(root.path("authority").values()).isNotEmpty();
  }

  @Test
  void oneFileWithoutFrom_exits2SayingWhatToGive() {
    Runs.assertBadInput(Run.ics("diff", EXAMPLE.toString()), "Give a second model file NEW, or --from DATE");
  }

  @Test
  void missingFile_exits2() {
    Runs.assertBadInput(Run.ics("diff", EXAMPLE.toString(), dir.resolve("nowhere.yaml").toString()), "nowhere.yaml");
  }

  /** The example with the finance committee's limit raised from £10m to £20m. */
  private Path revisedExample() throws Exception {
    String text = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    String marker = "clause: \"SoRD 4.2 (illustrative)\"\n    conditions: [within the annual financial plan approved by the board]\n    financialLimit: 10000000";
    assertThat(text).contains(marker);
    return Runs.write(dir, "revised.yaml", text.replace(marker, marker.replace("10000000", "20000000")));
  }
}
