package org.integratedcare.governance.internal;

import java.util.Objects;

/** Argument checks shared by this package's value types. */
public final class Require {
  private Require() {}

  /**
   * Returns {@code sentence} if it is not blank.
   *
   * @throws NullPointerException if it is null
   * @throws IllegalArgumentException if it is blank
   */
  public static String sentence(String sentence) {
    if (Objects.requireNonNull(sentence, "sentence").isBlank()) {
      throw new IllegalArgumentException("sentence must not be blank");
    }
    return sentence;
  }
}
