package org.integratedcare.json.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BiConsumer;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.io.ModelFormat;
import org.integratedcare.json.MetricsInputs;
import org.integratedcare.json.SuppressionFiles;

/**
 * Fuzz tests of the companion documents users import beside a model: suppression files and metrics
 * inputs. Whatever the bytes, reading ends in a value or in a plain {@link
 * ModelValidationException}; anything else fails. The first byte of an input chooses the format
 * (even: YAML, odd: JSON), the rest is the document. Seeds are in {@code
 * src/test/resources/org/integratedcare/json/fuzz/CompanionDocumentsFuzzTestInputs}; a normal build
 * replays them, the {@code fuzz} profile fuzzes (see {@code ModelReaderFuzzTest} in ics-io).
 */
class CompanionDocumentsFuzzTest {

  @FuzzTest(maxDuration = "2m")
  void readsSuppressions(byte[] input) {
    read(input, (text, format) -> SuppressionFiles.parse(text, format, "fuzzed suppressions"));
  }

  @FuzzTest(maxDuration = "2m")
  void readsMetricsInputs(byte[] input) {
    read(input, (text, format) -> MetricsInputs.parse(text, format, "fuzzed inputs"));
  }

  private static void read(byte[] input, BiConsumer<String, ModelFormat> parse) {
    if (input.length == 0) {
      return;
    }
    ModelFormat format = (input[0] & 1) == 0 ? ModelFormat.YAML : ModelFormat.JSON;
    String text = new String(Arrays.copyOfRange(input, 1, input.length), StandardCharsets.UTF_8);
    try {
      parse.accept(text, format);
    } catch (ModelValidationException e) {
      if (e.getCause() != null || e.problems().isEmpty()
          || e.problems().stream().anyMatch(p -> p.message().isBlank())) {
        throw new AssertionError("not a plain validation exception: " + e.getMessage(), e);
      }
    }
  }
}
