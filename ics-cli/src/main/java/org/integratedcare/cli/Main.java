package org.integratedcare.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The entry point of the {@code ics} command: runs {@link IcsCommand} with the system clock and
 * the process's standard streams, and exits with its exit code.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the command line and exits the virtual machine with its exit code (see {@link
   * IcsCommand}).
   *
   * @param args the arguments; may be empty, not null
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = IcsCommand.execute(Clock.systemDefaultZone(), out, err, Progress.onTerminal(), args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
