package org.integratedcare.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a command's result to standard output or to a file. */
final class Output {
  private Output() {}

  /**
   * Writes text to the file if one is given, else to {@code out}.
   *
   * @throws CliException if the file cannot be written
   */
  static void write(PrintWriter out, Path file, String text) {
    if (file == null) {
      out.print(text);
      out.flush();
      return;
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new CliException("cannot write '" + file + "': no such directory '" + parent + "'");
      }
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new CliException("cannot write '" + file + "': " + Inputs.describe(e));
    }
  }
}
