package org.integratedcare.cli;

/**
 * A mistake in the user's input (a bad argument, a missing or invalid file) that ends a command
 * with one clear message on standard error and {@linkplain ExitCodes#BAD_INPUT exit code 2}.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message, null, false, false);
  }
}
