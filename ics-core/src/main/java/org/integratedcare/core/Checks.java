package org.integratedcare.core;

import java.util.Collection;
import java.util.regex.Pattern;

/** Argument checks shared by the value types of this package. Not part of the API. */
final class Checks {
  /** The pattern every model-local id must match. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");

  private Checks() {}

  /** Fails unless {@code value} is a valid model-local id. */
  static String id(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what + " '" + value + "' is not a valid id: use 1 to 128 letters, digits or . _ : / -,"
              + " starting with a letter or digit");
    }
    return value;
  }

  /** Fails if {@code value} is blank. */
  static String text(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  /** Fails unless every element is a valid id. */
  static void ids(String what, Collection<String> values) {
    for (String v : values) {
      id(what, v);
    }
  }

  /** Fails unless {@code condition} holds. */
  static void that(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
