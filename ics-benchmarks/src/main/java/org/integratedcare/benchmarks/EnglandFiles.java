package org.integratedcare.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.integratedcare.core.IcsModel;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.io.ModelFormat;

/**
 * Writes the synthetic England of {@link EnglandScale} as model files, to load with {@code ics check}
 * or to measure reading:
 *
 * <pre>
 * java -cp ics-benchmarks/target/benchmarks.jar org.integratedcare.benchmarks.EnglandFiles target/england 1 10
 * </pre>
 *
 * writes {@code england-1.yaml}, {@code england-1.json}, {@code england-10.yaml} and {@code
 * england-10.json} in {@code target/england}, and prints each file's records and size.
 */
public final class EnglandFiles {
  private EnglandFiles() {}

  /**
   * Writes the files.
   *
   * @param args the folder, then one or more scales
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: EnglandFiles FOLDER SCALE...");
      System.exit(2);
    }
    Path folder = Files.createDirectories(Path.of(args[0]));
    for (int k = 1; k < args.length; k++) {
      int scale = Integer.parseInt(args[k]);
      IcsModel model = EnglandScale.model(scale);
      for (ModelFormat format : ModelFormat.values()) {
        Path file = folder.resolve("england-" + scale + "." + format.name().toLowerCase(java.util.Locale.ROOT));
        ModelFiles.write(model, file);
        System.out.printf("%s: %,d records, %,d bytes%n", file, model.size(), Files.size(file));
      }
    }
  }
}
