package org.integratedcare.core.organisation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An Organisation Data Service (ODS) organisation code, such as {@code QHG} (an ICB), {@code RTD}
 * (an NHS trust), {@code Y61} (an NHS England region) or {@code A82608} (a GP practice).
 *
 * <p>The general format accepted is 3 to 6 upper-case letters and digits, the lengths observed in
 * data of the NHS England Organisation Data Service. Kind-specific formats are checked where the
 * kind is known:
 * {@link #isIcbFormat()} (3 or 5 characters: the 2022 ICB codes are {@code Q} and two
 * alphanumerics, the codes of ICBs created on 1 April 2026 are five characters) and {@link
 * #isRegionFormat()} ({@code Y} and two digits). Codes for trusts and practices are not checked
 * beyond the general format because their patterns are generalisations from samples only.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OdsCode implements Comparable<OdsCode> {
  private static final Pattern GENERAL = Pattern.compile("[A-Z0-9]{3,6}");
  private static final Pattern ICB = Pattern.compile("[A-Z0-9]{3}|[A-Z0-9]{5}");
  private static final Pattern REGION = Pattern.compile("Y[0-9]{2}");

  private final String value;

  private OdsCode(String value) {
    this.value = value;
  }

  /**
   * The code with the given text.
   *
   * @param value the code, such as {@code "QHG"}; not null
   * @return the code
   * @throws IllegalArgumentException if the text is not 3 to 6 upper-case letters and digits
   * @throws NullPointerException if {@code value} is null
   */
  public static OdsCode of(String value) {
    Objects.requireNonNull(value, "value");
    if (!GENERAL.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "'" + value + "' is not an ODS code: expected 3 to 6 upper-case letters and digits");
    }
    return new OdsCode(value);
  }

  /** Whether {@code value} is a well-formed ODS code; never throws. */
  public static boolean isValid(String value) {
    return value != null && GENERAL.matcher(value).matches();
  }

  /** The code's text. */
  public String value() {
    return value;
  }

  /** Whether the code has the form of an ICB or sub-ICB location code (3 or 5 characters). */
  public boolean isIcbFormat() {
    return ICB.matcher(value).matches();
  }

  /** Whether the code has the form of an NHS England region code ({@code Y} and two digits). */
  public boolean isRegionFormat() {
    return REGION.matcher(value).matches();
  }

  @Override
  public int compareTo(OdsCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OdsCode c && value.equals(c.value);
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
