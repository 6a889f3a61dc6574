package org.integratedcare.cli;

/** The exit codes of the {@code ics} command. */
final class ExitCodes {
  /** The command did what was asked and, for {@code check}, found nothing at or above the threshold. */
  static final int OK = 0;
  /** {@code check} found findings at or above the threshold, or a rule failed to run. */
  static final int FINDINGS = 1;
  /** Bad arguments or a bad input file: one message on standard error says what to fix. */
  static final int BAD_INPUT = 2;
  /** Something went wrong inside the tool itself; the message says what, and it is worth reporting. */
  static final int INTERNAL_ERROR = 3;

  private ExitCodes() {}
}
