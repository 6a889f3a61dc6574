package org.integratedcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
