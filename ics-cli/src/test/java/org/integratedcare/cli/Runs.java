package org.integratedcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Assertions and inputs shared by the command tests. */
final class Runs {
  private Runs() {}

  /** Bad input gives one clear message: never a stack trace, never an exception's class name. */
  static void assertNoStackTrace(Run run) {
    assertThat(run.err()).doesNotContain("\tat ", "Exception", "internal error");
    assertThat(run.out()).doesNotContain("\tat ", "Exception");
  }

  /** A bad-input run: exit code 2, nothing on standard output, a message starting "ics: ". */
  static void assertBadInput(Run run, String... messageParts) {
    assertThat(run.exitCode()).as("exit code; stderr was: %s", run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("ics: ").contains(messageParts);
    assertNoStackTrace(run);
  }

  static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }
}
