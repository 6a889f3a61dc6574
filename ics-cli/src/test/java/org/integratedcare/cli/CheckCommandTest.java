package org.integratedcare.cli;

import org.integratedcare.testkit.SampleSystems;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.json.IcsJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.governance.rules.RulePacks;
import org.integratedcare.governance.rules.RuleRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ics check}: the rules report, its formats, its exit codes and its bad input. */
class CheckCommandTest {
  @TempDir
  Path dir;

  private String model;

  @BeforeEach
  void writeModel() throws Exception {
    model = SampleSystems.riversideFile(dir).toString();
  }

  @Test
  void check_boardWithoutChairOrChiefExecutive_failsWithStatutoryErrors() {
    // NHS Act 2006 Sch 1B para 3: an ICB's board has a chair, a chief executive and ordinary
    // members; Riverside's board has no one appointed, so the check fails and can gate CI.
    Run run = Run.ics("check", model);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("Riverside ICS checked as of 2026-04-01")
        .contains("ERROR england.statutory.icb-board-chair-and-chief-executive", "subject:  board at bodies[0]",
            "basis:    statute, NHS Act 2006 Sch 1B")
        .endsWith("FAILED: findings at or above 'error'.\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void check_onlyGoodPracticePack_warningsDoNotFailByDefault() {
    Run run = Run.ics("check", model, "--pack", "england.good-practice");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("rules from england.good-practice\n", "WARNING england.good-practice.")
        .doesNotContain("england.statutory").endsWith("PASSED: nothing at or above 'error'.\n");
  }

  @Test
  void check_failOnWarning_warningsFail() {
    Run run = Run.ics("check", model, "--pack", "england.good-practice", "--fail-on", "warning");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).endsWith("FAILED: findings at or above 'warning'.\n");
  }

  @Test
  void check_dateDefaultsToTodayByTheClock() {
    Clock before = Clock.fixed(Instant.parse("2022-06-01T12:00:00Z"), ZoneOffset.UTC);

    Run run = Run.ics(before, "check", model, "--pack", "england.statutory");

    assertThat(run.out()).startsWith("Riverside ICS checked as of 2022-06-01");
  }

  @Test
  void check_json_isTheRuleReportOfTheSameRun() {
    Run run = Run.ics("check", model, "--format", "json", "--date", "2026-04-01");

    RuleReport expected = RuleRunner.builder().addPacks(RulePacks.discover()).build()
        .run(ModelFiles.read(Path.of(model)), SampleSystems.DATE);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(IcsJson.write(expected));
  }

  @Test
  void check_markdown_hasFindingsMeasuresAndDiagrams() {
    Run run = Run.ics("check", model, "--format", "markdown");

    assertThat(run.out()).startsWith("# Governance report: Riverside ICS\n")
        .contains("### Errors", "## Measures", "## Structure\n\n```mermaid\n", "## Delegations\n\n```mermaid\n");
  }

  @Test
  void check_suppressionsWithJustification_acceptFindingsAndListStaleOnes() throws Exception {
    // A board that has accepted each statutory gap in writing, until appointments are made; one
    // suppression is stale (no such meeting), and is listed so that it can be removed.
    Path accepted = Runs.write(dir, "accepted.yaml", """
        suppressions:
          - rule: england.statutory.icb-board-chair-and-chief-executive
            subject: board
            justification: Chair and chief executive appointed from 1 May 2026 (board minute 12)
          - rule: england.statutory.icb-board-ordinary-members
            subject: board
            justification: Ordinary members appointed from 1 May 2026
          - rule: england.statutory.icb-board-partner-members
            subject: board
            justification: Partner members nominated; appointment on 1 May 2026
          - rule: england.statutory.icp-statutory-members
            subject: icp-committee
            justification: Members appointed at the first meeting
          - rule: england.decisions.meeting-quorate
            subject: meeting-99
            justification: A meeting that never was
        """);

    Run run = Run.ics("check", model, "--pack", "england.statutory,england.decisions", "-s", accepted.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Suppressed:\n  error england.statutory.icb-board-chair-and-chief-executive board at bodies[0]: "
            + "Chair and chief executive appointed from 1 May 2026 (board minute 12)",
        "Suppressions that matched nothing (remove them if they are stale):\n  england.decisions.meeting-quorate for meeting-99")
        .endsWith("PASSED: nothing at or above 'error'.\n");
  }

  @Test
  void check_output_writesTheReportToAFile() throws Exception {
    Path report = dir.resolve("report.md");

    Run run = Run.ics("check", model, "-f", "markdown", "-o", report.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(report)).startsWith("# Governance report: Riverside ICS");
  }

  @Test
  void check_listPacks_listsEveryPackAndRuleWithoutAModel() {
    Run run = Run.ics("check", "--list-packs");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("england.statutory ", "  england.statutory.icb-board-chair-and-chief-executive  [error] ");
  }

  @Test
  void check_missingFile_exits2() {
    Runs.assertBadInput(Run.ics("check", dir.resolve("nowhere.yaml").toString()),
        "cannot read model file", "nowhere.yaml", "no such file");
  }

  @Test
  void check_directory_exits2() {
    Runs.assertBadInput(Run.ics("check", dir.toString()), "it is a directory");
  }

  @Test
  void check_unknownExtension_exits2() throws Exception {
    Path txt = Runs.write(dir, "model.txt", "name: x\n");

    Runs.assertBadInput(Run.ics("check", txt.toString()), "model.txt", ".yaml, .yml or .json");
  }

  @Test
  void check_invalidModel_exits2WithEveryProblemAndItsPath() throws Exception {
    Path bad = Runs.write(dir, "bad.yaml", """
        name: Broken
        organisations:
          - id: icb
            name: NHS Broken ICB
            kind: integrated-care-board
            from: 2022-07-01
            colour: blue
        bodies:
          - id: board
            name: Board
            kind: unitary-board
            organisations: [nowhere]
            from: 2022-07-01
        """);

    Run run = Run.ics("check", bad.toString());

    Runs.assertBadInput(run, "bad.yaml", "organisations[0].colour (line 7", "unknown property 'colour'");
  }

  @Test
  void check_missingModelArgument_exits2() {
    Runs.assertBadInput(Run.ics("check"), "Missing required parameter: 'MODEL'", "Try 'ics check --help'");
  }

  @Test
  void check_badDate_exits2SayingWhatADateLooksLike() {
    Runs.assertBadInput(Run.ics("check", model, "--date", "1/4/2026"), "'1/4/2026' is not a date", "YYYY-MM-DD");
  }

  @Test
  void check_unknownPack_exits2ListingThePacks() {
    Runs.assertBadInput(Run.ics("check", model, "--pack", "scotland.statutory"),
        "no rule pack 'scotland.statutory'", "england.statutory");
  }

  @Test
  void check_badSeverity_exits2() {
    Runs.assertBadInput(Run.ics("check", model, "--fail-on", "fatal"), "--fail-on", "fatal");
  }

  @Test
  void check_badFormat_exits2() {
    Runs.assertBadInput(Run.ics("check", model, "--format", "pdf"), "--format", "pdf");
  }

  @Test
  void check_suppressionWithoutJustification_exits2WithItsPath() throws Exception {
    Path accepted = Runs.write(dir, "accepted.yaml", """
        suppressions:
          - rule: england.statutory.icb-board-chair-and-chief-executive
            subject: board
          - rule: england.statutory.icb-board-ordinary-members
            subjet: board
            justification: typo in a field name
        """);

    Runs.assertBadInput(Run.ics("check", model, "-s", accepted.toString()),
        "3 problems in suppressions file", "suppressions[0].justification: missing",
        "suppressions[1].subjet: unknown field", "suppressions[1].subject: missing");
  }

  @Test
  void check_suppressionOfUnknownRule_exits2() throws Exception {
    Path accepted = Runs.write(dir, "accepted.json", """
        {"suppressions": [{"rule": "england.no-such-rule", "subject": "board", "justification": "x"}]}
        """);

    Runs.assertBadInput(Run.ics("check", model, "-s", accepted.toString()), "england.no-such-rule",
        "which none of the packs run has", "(--list-packs lists every rule)");
    assertThat(Run.ics("check", model, "-s", accepted.toString()).err()).doesNotContain("rule runner");
  }

  @Test
  void check_suppressionOfMistypedRule_suggestsTheNearest() throws Exception {
    Path accepted = Runs.write(dir, "accepted.yaml", """
        suppressions:
          - {rule: england.good-practice.body-has-scop, subject: board, justification: agreed}
        """);

    Runs.assertBadInput(Run.ics("check", model, "-s", accepted.toString()),
        "did you mean 'england.good-practice.body-has-scope'?");
  }

  @Test
  void check_suppressionsNotYaml_exits2() throws Exception {
    Path accepted = Runs.write(dir, "accepted.yaml", "suppressions: [ {rule: x\n");

    Runs.assertBadInput(Run.ics("check", model, "-s", accepted.toString()), "is not valid YAML");
  }

  @Test
  void check_outputInMissingDirectory_exits2() {
    Runs.assertBadInput(Run.ics("check", model, "-o", dir.resolve("no/such/dir/report.txt").toString()),
        "cannot write", "no such directory");
  }

  @Test
  void check_html_writesOneSelfContainedPage(@org.junit.jupiter.api.io.TempDir Path out) throws Exception {
    Path page = out.resolve("report.html");
    Run run = Run.ics("check", model, "--format", "html", "-o", page.toString());

    assertThat(run.exitCode()).isIn(0, 1);
    assertThat(run.out()).isEmpty();
    String html = java.nio.file.Files.readString(page);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "id=\"findings\"", "id=\"functions\"", "id=\"records\"")
        .doesNotContain("<script", "<link", "src=\"http");
  }

  @Test
  void check_unknownPack_suggestsTheNearest() {
    Runs.assertBadInput(Run.ics("check", model, "--pack", "england.statutry"),
        "no rule pack 'england.statutry'; did you mean 'england.statutory'?", "The packs are: ");
  }

  // A service's read limit protects it from a hostile upload; a user who trusts a large file raises
  // it on the command line.
  @Test
  void check_fileOverTheSizeLimit_saysHowToRaiseIt() {
    Run run = Run.ics("check", model, "--max-file-size", "1KB");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is larger than the limit of 1024 bytes")
        .contains("raise the limit with --max-file-size");
  }

  @Test
  void check_raisedSizeLimit_readsTheFile() {
    assertThat(Run.ics("check", model, "--max-file-size", "512MB").exitCode()).isIn(0, 1);
  }

  @Test
  void check_sizeThatIsNotOne_isABadArgument() {
    Run run = Run.ics("check", model, "--max-file-size", "lots");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'lots' is not a size; write it like 200MB or 2GB");
  }
}
