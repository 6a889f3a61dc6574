package org.integratedcare.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.io.ModelFormat;
import org.integratedcare.governance.rules.Suppression;
import org.integratedcare.json.SuppressionFiles;

/**
 * Reads the suppressions file of {@code ics check --suppressions} (YAML, or JSON when the name ends
 * {@code .json}) with the library's {@link SuppressionFiles}, turning its problems into one message.
 */
final class SuppressionsFile {
  private SuppressionsFile() {}

  static List<Suppression> read(Path file) {
    String text = Inputs.text(file, "suppressions file");
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    try {
      return SuppressionFiles.parse(text, json ? ModelFormat.JSON : ModelFormat.YAML, file.toString());
    } catch (ModelValidationException e) {
      throw new CliException(e.getMessage());
    }
  }
}
