package org.integratedcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.integratedcare.core.IcsModel;
import java.util.Optional;
import org.integratedcare.core.body.Declaration;
import org.integratedcare.core.body.Person;
import org.integratedcare.io.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ics import} and {@code ics export}: tables a governance team keeps, in and out of a model file. */
class ImportCommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final String EXAMPLE = EXAMPLES.resolve("exampleshire-ics.yaml").toString();

  @TempDir
  Path dir;

  @Test
  void import_ofTheExamplesOwnScheme_writesTheModel_andSaysItChangedNothing() {
    Path out = dir.resolve("merged.yaml");

    Run run = Run.ics("import", "sord", EXAMPLES.resolve("exampleshire-sord.csv").toString(), "--into", EXAMPLE,
        "-o", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("wrote " + out + ": 0 added, 0 changed, 12 unchanged, 0 not placed\n");
    assertThat(ModelFiles.read(out)).isEqualTo(ModelFiles.read(Path.of(EXAMPLE)));
  }

  @Test
  void import_ofAnOdsFile_knowsTheFileFromItsName_andListsWhatItCouldNotPlace() {
    Path out = dir.resolve("merged.json");

    Run run = Run.ics("import", "ods", EXAMPLES.resolve("ods/epcncorepartnerdetails.csv").toString(), "--into",
        EXAMPLE, "-o", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("wrote " + out + ": 1 added, 5 changed, 0 unchanged, 1 not placed\n")
        .contains("  not placed row 6: X00005 left UX0001 on 2024-03-31;");
    assertThat(ModelFiles.read(out).organisationsByOdsCode("X00004")).hasSize(1);
  }

  @Test
  void import_ofAnOdsFileWhoseNameSaysNothing_asksWhichItIs() throws Exception {
    Path file = Files.copy(EXAMPLES.resolve("ods/etr.csv"), dir.resolve("trusts.csv"));

    Run run = Run.ics("import", "ods", file.toString(), "-o", dir.resolve("m.yaml").toString());

    Runs.assertBadInput(run, "cannot tell which ODS file", "--ods-file etr");
    assertThat(Run.ics("import", "ods", file.toString(), "--ods-file", "etr", "-o", dir.resolve("m.yaml").toString())
        .exitCode()).isZero();
  }

  @Test
  void import_ofAFileWithMistakes_listsThemAll_andWritesNothing() throws Exception {
    Path file = Runs.write(dir, "register.csv", String.join(",", org.integratedcare.io.imports.Imports
        .registerOfInterestsColumns()) + "\nDr Kofi Mensa,,,GP partner,,possible,,2012-04-01,,,\n");
    Path out = dir.resolve("merged.yaml");

    Run run = Run.ics("import", "interests", file.toString(), "--into", EXAMPLE, "-o", out.toString());

    Runs.assertBadInput(run, "2 problems in " + file,
        "row 2, column A (person): no person has the id or name 'Dr Kofi Mensa'; did you mean 'Dr Kofi Mensah'?",
        "row 2, column F (conflict): 'possible' is not one of: actual, potential, perceived");
    assertThat(out).doesNotExist();
  }

  /**
   * The register of interests of the governance scenario "registered-interest-voted" (a committee
   * that awards a contract to a trust whose non-executive director votes without declaring), as a
   * table: imported into the scenario's model without its register, the conflicts rule finds the
   * breach it finds in the scenario (NHS England, Managing conflicts of interest in the NHS,
   * https://www.england.nhs.uk/long-read/managing-conflicts-of-interest-in-the-nhs/).
   */
  @Test
  void importedDeclarations_areReadByTheConflictsRules() throws Exception {
    IcsModel scenario = ModelFiles.read(Path.of("..", "ics-governance", "src", "test", "resources", "org",
        "integratedcare", "governance", "scenarios", "registered-interest-voted.yaml"));
    IcsModel.Builder b = IcsModel.builder().name(scenario.name().orElse(null));
    scenario.completeness().forEach(b::declareComplete);
    scenario.organisations().forEach(b::add);
    scenario.structures().forEach(b::add);
    scenario.bodies().forEach(b::add);
    scenario.posts().forEach(b::add);
    scenario.people().forEach(p -> b.add(Person.builder().from(p).declarations(List.of()).build()));
    scenario.appointments().forEach(b::add);
    scenario.functions().forEach(b::add);
    scenario.delegations().forEach(b::add);
    scenario.mechanisms().forEach(b::add);
    scenario.accountabilityLinks().forEach(b::add);
    scenario.meetings().forEach(b::add);
    scenario.changeEvents().forEach(b::add);
    Path withoutRegister = dir.resolve("without-register.yaml");
    ModelFiles.write(b.build(), withoutRegister);
    Path register = Runs.write(dir, "register.csv", """
        person,role,body,interest,type,conflict,organisation,from,to,action taken,declared
        Ann Archer,Member,Commissioning Committee,Non-executive director of Westmoor Community Trust,\
        non-financial-professional,,Westmoor Community Trust,2023-01-01,,,2023-01-15
        Ben Booth,Member,Commissioning Committee,Public governor of Westmoor Community Trust,\
        non-financial-personal,perceived,Westmoor Community Trust,2022-09-01,,,
        Cara Cole,Member,Commissioning Committee,Adviser to Westmoor Care Ltd,financial,potential,\
        Westmoor Care Ltd,2023-04-01,2024-12-31,,
        """);
    Path merged = dir.resolve("merged.yaml");

    Run imported = Run.ics("import", "interests", register.toString(), "--into", withoutRegister.toString(),
        "-o", merged.toString());
    Run before = Run.ics("check", withoutRegister.toString(), "--date", "2025-10-01");
    Run after = Run.ics("check", merged.toString(), "--date", "2025-10-01");

    assertThat(imported.out()).contains(": 3 added, 0 changed, 0 unchanged, 0 not placed");
    assertThat(before.out()).doesNotContain("registered-interest-voted");
    assertThat(after.out()).contains("england.decisions.registered-interest-voted", "Ann Archer");
    IcsModel result = ModelFiles.read(merged);
    for (Person p : scenario.people()) {
      assertThat(result.person(p.id()).orElseThrow().declarations())
          .as("the register of %s, besides the type and dates the table adds", p.name())
          .map(ImportCommandTest::withoutTypeAndDeclaredDay)
          .containsExactlyElementsOf(p.declarations().stream().map(ImportCommandTest::withoutTypeAndDeclaredDay)
              .toList());
    }
  }

  private static Declaration withoutTypeAndDeclaredDay(Declaration d) {
    return Declaration.builder().from(d).interestType(Optional.empty()).declaredOn(Optional.empty()).build();
  }

  @Test
  void import_ofAMissingFile_isBadInput() {
    Run run = Run.ics("import", "sord", dir.resolve("nope.csv").toString(), "-o", dir.resolve("m.yaml").toString());

    Runs.assertBadInput(run, "nope.csv");
  }

  @Test
  void export_writesTheRegisterOfInterests_thatImportReadsBack() {
    Run export = Run.ics("export", "interests", EXAMPLE);

    assertThat(export.exitCode()).isZero();
    assertThat(export.out()).startsWith("person,role,body,interest,type,conflict,organisation,from,to,action taken,"
        + "declared\npriya-raman,");
  }

  @Test
  void export_toAFile_thenImport_changesNothing() {
    Path csv = dir.resolve("sord.csv");

    assertThat(Run.ics("export", "sord", EXAMPLE, "-o", csv.toString()).exitCode()).isZero();
    Run back = Run.ics("import", "sord", csv.toString(), "--into", EXAMPLE, "-o", dir.resolve("m.yaml").toString());

    assertThat(back.out()).contains(": 0 added, 0 changed, 12 unchanged, 0 not placed");
  }
}
