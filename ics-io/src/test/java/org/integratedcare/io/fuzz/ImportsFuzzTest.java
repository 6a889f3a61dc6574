package org.integratedcare.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.io.imports.ImportResult;
import org.integratedcare.io.imports.Imports;
import org.integratedcare.io.imports.OdsFile;

/**
 * Fuzz tests of the imports of table files: whatever the bytes, an import into the bundled example
 * ends in a merged model or in a {@link ModelValidationException} with at least one plain problem;
 * any other exception or error fails the test.
 *
 * <p>In a normal build each method runs once over its seeds in {@code
 * src/test/resources/org/integratedcare/io/fuzz/ImportsFuzzTestInputs/<method>} (the layout's example
 * file and a file with mistakes). To fuzz: {@code ./mvnw -B -Pfuzz verify -pl ics-io -am
 * -Dfuzz.test='ImportsFuzzTest#schemeOfDelegation'}; each method fuzzes for two minutes.
 */
class ImportsFuzzTest {
  private static final IcsModel EXAMPLE = ModelFiles.read(Path.of("..", "examples", "exampleshire-ics.yaml"));
  private static final Imports IMPORTS = Imports.standard();

  @FuzzTest(maxDuration = "2m")
  void schemeOfDelegation(byte[] input) {
    check(() -> IMPORTS.schemeOfDelegation(EXAMPLE, input, "fuzzed.csv"));
  }

  @FuzzTest(maxDuration = "2m")
  void registerOfInterests(byte[] input) {
    check(() -> IMPORTS.registerOfInterests(EXAMPLE, input, "fuzzed.csv"));
  }

  @FuzzTest(maxDuration = "2m")
  void odsTrusts(byte[] input) {
    check(() -> IMPORTS.ods(EXAMPLE, input, "etr.csv", OdsFile.ETR));
  }

  @FuzzTest(maxDuration = "2m")
  void odsPractices(byte[] input) {
    check(() -> IMPORTS.ods(EXAMPLE, input, "epraccur.csv", OdsFile.EPRACCUR));
  }

  @FuzzTest(maxDuration = "2m")
  void odsNetworks(byte[] input) {
    check(() -> IMPORTS.ods(EXAMPLE, input, "epcn.csv", OdsFile.EPCN));
  }

  private interface Import {
    ImportResult run();
  }

  private static void check(Import i) {
    try {
      ImportResult r = i.run();
      if (r.model() == null) {
        throw new AssertionError("an import returned no model");
      }
    } catch (ModelValidationException e) {
      if (e.getCause() != null || e.problems().isEmpty()
          || e.problems().stream().anyMatch(p -> p.message().isBlank())
          || e.getMessage().chars().anyMatch(c -> c < 0x20 && c != '\n')) {
        throw new AssertionError("not a plain validation exception: " + e.getMessage(), e);
      }
    }
  }
}
