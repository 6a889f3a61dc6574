package org.integratedcare.core.internal;

import org.integratedcare.core.Bounds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.integratedcare.core.time.Dated;

/** Argument checks shared by the value types of the core packages. Not part of the API. */
public final class Checks {
  private Checks() {}

  /**
   * Whether {@code value} is a valid model-local id: 1 to 128 ASCII letters, digits or {@code . _
   * : / -}, starting with a letter or digit. Checked character by character, as it runs for every
   * id of every record read.
   */
  public static boolean isId(String value) {
    int n = value.length();
    if (n == 0 || n > 128 || !letterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (!letterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '/' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean letterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Fails unless {@code value} is a valid model-local id. */
  public static String id(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (!isId(value)) {
      throw new IllegalArgumentException(
          what + " '" + value + "' is not a valid id: use 1 to 128 letters, digits or . _ : / -,"
              + " starting with a letter or digit");
    }
    return value;
  }

  /** Fails if {@code value} is blank or holds a character {@link Bounds#textProblem} rejects. */
  public static String text(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    Bounds.textProblem(value).ifPresent(p -> {
      throw new IllegalArgumentException(what + " '" + Bounds.excerpt(value, 60) + "': " + p);
    });
    return value;
  }

  /** Fails unless every element is a valid id. */
  public static void ids(String what, Collection<String> values) {
    for (String v : values) {
      id(what, v);
    }
  }

  /** Fails unless {@code condition} holds. */
  public static void that(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * Fails if any two values in the list hold on the same day.
   *
   * @param what the attribute, for the message
   * @param values the dated values
   * @throws IllegalArgumentException naming the two overlapping periods
   */
  public static void noOverlap(String what, List<? extends Dated<?>> values) {
    List<Dated<?>> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.comparing(d -> d.period().start()));
    for (int i = 1; i < sorted.size(); i++) {
      Dated<?> a = sorted.get(i - 1);
      Dated<?> b = sorted.get(i);
      if (a.period().overlaps(b.period())) {
        throw new IllegalArgumentException(
            what + " '" + a.value() + "' (" + a.period() + ") and '" + b.value() + "' (" + b.period()
                + ") overlap; dated values of one attribute must not overlap");
      }
    }
  }

}
