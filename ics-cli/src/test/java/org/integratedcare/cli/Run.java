package org.integratedcare.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import org.integratedcare.testkit.SampleSystems;

/** Runs the command line in this process with captured output and a fixed clock. */
record Run(int exitCode, String out, String err) {

  static Run ics(String... args) {
    return ics(SampleSystems.CLOCK, args);
  }

  static Run ics(Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = IcsCommand.execute(clock, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }
}
