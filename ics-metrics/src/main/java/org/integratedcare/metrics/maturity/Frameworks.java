package org.integratedcare.metrics.maturity;

/** Shared checks. Not part of the API. */
final class Frameworks {
  private Frameworks() {}

  static String requireText(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }
}
