package org.integratedcare.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.io.ModelFormat;
import org.integratedcare.json.MetricsInputs;

/**
 * Reads the inputs file of {@code ics metrics --inputs} (YAML, or JSON when the name ends {@code
 * .json}) with the library's {@link MetricsInputs}, turning its problems into one message.
 */
final class MetricsInputsFile {
  private MetricsInputsFile() {}

  static MetricsInputs read(Path file) {
    String text = Inputs.text(file, "metrics inputs file");
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    try {
      return MetricsInputs.parse(text, json ? ModelFormat.JSON : ModelFormat.YAML, file.toString());
    } catch (ModelValidationException e) {
      throw new CliException(e.getMessage());
    }
  }
}
