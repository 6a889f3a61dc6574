package org.integratedcare.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The bounds every value of a model keeps to, whatever its source: money, dates and the characters
 * of texts. The readers reject a file whose values break them, with a problem at the value's path;
 * the command line rejects arguments that break them; the model's records reject texts with unsafe
 * characters when they are built.
 *
 * <ul>
 *   <li><b>Money</b> (a financial limit, an amount) is a finite number of pounds from 0 to
 *       {@value #MAX_MONEY_INTEGER_DIGITS} digits before the decimal point, with at most {@value
 *       #MAX_MONEY_SCALE} after it once trailing zeros are dropped (whole pence): {@code 2500000},
 *       {@code 3200000.00}, {@code 1250.5}; not {@code 1e400}, {@code 0.001} or {@code .inf}.
 *   <li><b>Dates</b> lie from {@link #EARLIEST_DATE} (1 January 1800) to {@link #LATEST_DATE} (31
 *       December 2199): wide enough for any council's or trust's history and any plan, narrow
 *       enough that a typing slip such as year 20222 is caught.
 *   <li><b>Texts</b> (names, titles, conditions and every other text) hold no control characters
 *       other than tab, line feed and carriage return, no C1 controls, no bidirectional embedding,
 *       override or isolate characters (U+202A to U+202E, U+2066 to U+2069) and no unpaired
 *       surrogates: characters that could hide or disguise what a terminal, a log or a report
 *       shows. Ids are stricter still (letters, digits and {@code . _ : / -}).
 * </ul>
 *
 * <p>{@link #escape(String)} makes any text safe to print, for messages that quote input.
 */
public final class Bounds {
  /** The most digits a sum of money may have before its decimal point: 15 (under a quadrillion pounds). */
  public static final int MAX_MONEY_INTEGER_DIGITS = 15;
  /** The most digits a sum of money may have after its decimal point: 2 (pence). */
  public static final int MAX_MONEY_SCALE = 2;
  /** The earliest date a model may hold: 1 January 1800. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1800, 1, 1);
  /** The latest date a model may hold: 31 December 2199. */
  public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

  private Bounds() {}

  /**
   * What is wrong with a sum of money, if anything.
   *
   * @param amount the sum in pounds, not null
   * @return a plain sentence such as "more than 15 digits before the decimal point", or empty if
   *     the sum is within bounds
   */
  public static Optional<String> moneyProblem(BigDecimal amount) {
    if (amount.signum() < 0) {
      return Optional.of("a sum of money must not be negative");
    }
    // precision - scale is the number of digits before the point; both are ints, so this is cheap
    // even for 1e999999999
    long integerDigits = (long) amount.precision() - amount.scale();
    if (integerDigits > MAX_MONEY_INTEGER_DIGITS) {
      return Optional.of("a sum of money must have at most " + MAX_MONEY_INTEGER_DIGITS
          + " digits before the decimal point");
    }
    if (amount.scale() > MAX_MONEY_SCALE && amount.signum() != 0
        && amount.stripTrailingZeros().scale() > MAX_MONEY_SCALE) {
      return Optional.of("a sum of money must be in whole pence, at most " + MAX_MONEY_SCALE
          + " digits after the decimal point");
    }
    return Optional.empty();
  }

  /**
   * What is wrong with a date, if anything.
   *
   * @param date the date, not null
   * @return a plain sentence, or empty if the date is within bounds
   */
  public static Optional<String> dateProblem(LocalDate date) {
    if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
      return Optional.of("a date must lie between " + EARLIEST_DATE + " and " + LATEST_DATE);
    }
    return Optional.empty();
  }

  /**
   * What is wrong with the characters of a text, if anything: the first unsafe character (see the
   * class description).
   *
   * @param text the text, not null
   * @return a plain sentence naming the character and where it is, such as "it contains the
   *     control character U+001B at character 5", or empty if every character is safe
   */
  public static Optional<String> textProblem(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      String what = null;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
        what = "the control character";
      } else if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
        what = "the bidirectional control character";
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        what = "the unpaired surrogate";
      } else if (Character.isLowSurrogate(c)) {
        what = "the unpaired surrogate";
      }
      if (what != null) {
        return Optional.of("it contains " + what + " " + String.format("U+%04X", (int) c)
            + " at character " + (i + 1) + ", which is not allowed in a text");
      }
    }
    return Optional.empty();
  }

  /**
   * A text made safe to print: every character that {@link #textProblem(String)} rejects, and
   * every line break and tab, written as a backslash, {@code u} and four hex digits (such as
   * {@code \}{@code u001B}); a backslash is written twice only where it would otherwise look like
   * such an escape. Text without such characters is returned as
   * it is.
   *
   * @param text the text, not null
   * @return the text, safe to print on one line
   */
  public static String escape(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && safeOnOneLine(text, i)) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder sb = new StringBuilder(n + 16).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (safeOnOneLine(text, i)) {
        sb.append(c);
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        sb.append(c).append(text.charAt(++i));
      } else {
        sb.append(String.format("\\u%04X", (int) c));
      }
    }
    return sb.toString();
  }

  private static boolean safeOnOneLine(String text, int i) {
    char c = text.charAt(i);
    return c >= 0x20 && !(c >= 0x7F && c <= 0x9F) && !(c >= 0x202A && c <= 0x202E)
        && !(c >= 0x2066 && c <= 0x2069) && !Character.isSurrogate(c);
  }

  /**
   * A text for quoting in a message: {@linkplain #escape(String) escaped}, and if longer than
   * {@code max} characters, its start followed by "… (N characters)".
   *
   * @param text the text, not null
   * @param max the most characters of the text to keep, at least 1
   * @return the excerpt
   */
  public static String excerpt(String text, int max) {
    if (text.length() <= max) {
      return escape(text);
    }
    int end = max;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return escape(text.substring(0, end)) + "… (" + text.length() + " characters)";
  }
}
