package org.integratedcare.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.io.ModelFormat;
import org.integratedcare.io.ModelReader;

/**
 * Fuzz tests of the model reader: whatever the bytes, reading ends in a model or in a {@link
 * ModelValidationException} with at least one problem; any other exception or error fails the
 * test, and Jazzer reports it with the input that caused it.
 *
 * <p>In a normal build ({@code ./mvnw verify}) each method runs once over every seed in {@code
 * src/test/resources/org/integratedcare/io/fuzz/ModelReaderFuzzTestInputs/<method>} (the
 * hostile-input corpus, and a valid model), as regression tests. To fuzz, run the {@code fuzz}
 * profile, which sets {@code JAZZER_FUZZ=1}: {@code ./mvnw -B -Pfuzz verify -pl ics-io -am}; each
 * method then fuzzes for five minutes (its {@code maxDuration}), keeping what it learns in {@code
 * .cifuzz-corpus} and writing any input that fails into the Inputs directory, where the normal build
 * then replays it.
 */
class ModelReaderFuzzTest {
  /** The reader every user gets, with the default limits. */
  private static final ModelReader READER = ModelReader.standard();

  @FuzzTest(maxDuration = "5m")
  void readsYaml(byte[] input) {
    read(input, ModelFormat.YAML);
  }

  @FuzzTest(maxDuration = "5m")
  void readsJson(byte[] input) {
    read(input, ModelFormat.JSON);
  }

  private static void read(byte[] input, ModelFormat format) {
    try {
      READER.read(new ByteArrayInputStream(input), format, "fuzzed input");
    } catch (ModelValidationException e) {
      // the problems are the library's own: none wraps another library's exception, each has a
      // sentence, and the message stays on its lines (input is quoted escaped)
      if (e.getCause() != null || e.problems().isEmpty()
          || e.problems().stream().anyMatch(p -> p.message().isBlank())
          || e.getMessage().chars().anyMatch(c -> c < 0x20 && c != '\n')) {
        throw new AssertionError("not a plain validation exception: " + e.getMessage(), e);
      }
    }
  }
}
