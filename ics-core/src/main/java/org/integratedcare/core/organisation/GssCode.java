package org.integratedcare.core.organisation;

import java.util.Objects;
import java.util.regex.Pattern;
import org.integratedcare.core.time.Dated;

/**
 * An ONS Government Statistical Service (GSS) geography code, such as {@code E54000024}.
 *
 * <p>A GSS code is nine characters: a country letter, a two-digit entity type and a six-digit
 * instance ({@code ^[EJKLMNSW][0-9]{8}$}, as the gsscode package documents it,
 * https://pgxn.org/dist/gsscode/). The first three characters are
 * the {@linkplain #entity() entity}: {@value #ICB} for an integrated care board, {@value
 * #SUB_ICB_LOCATION} for a sub-ICB location, {@value #NHS_ENGLAND_REGION} for an NHS England
 * region. A GSS code changes when a boundary changes, while the ODS code may stay the same, so
 * organisations hold their GSS codes as {@link Dated} values.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GssCode implements Comparable<GssCode> {
  /** The entity prefix of integrated care board codes. */
  public static final String ICB = "E54";
  /** The entity prefix of sub-ICB location codes. */
  public static final String SUB_ICB_LOCATION = "E38";
  /** The entity prefix of NHS England region codes. */
  public static final String NHS_ENGLAND_REGION = "E40";

  private static final Pattern FORMAT = Pattern.compile("[EJKLMNSW][0-9]{8}");

  private final String value;

  private GssCode(String value) {
    this.value = value;
  }

  /**
   * The code with the given text.
   *
   * @param value the code, such as {@code "E54000024"}; not null
   * @return the code
   * @throws IllegalArgumentException if the text is not a country letter followed by eight digits
   * @throws NullPointerException if {@code value} is null
   */
  public static GssCode of(String value) {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a GSS code: expected a country letter (E, J, K, L, M, N, S, W)"
              + " followed by 8 digits");
    }
    return new GssCode(value);
  }

  /** Whether {@code value} is a well-formed GSS code; never throws. */
  public static boolean isValid(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  /** The code's text. */
  public String value() {
    return value;
  }

  /** The entity prefix: country letter and entity type, such as {@code "E54"}. */
  public String entity() {
    return value.substring(0, 3);
  }

  /** Whether this code names an entity of the given prefix, such as {@link #ICB}. */
  public boolean isEntity(String prefix) {
    return entity().equals(prefix);
  }

  @Override
  public int compareTo(GssCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GssCode c && value.equals(c.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The code's text. */
  @Override
  public String toString() {
    return value;
  }
}
