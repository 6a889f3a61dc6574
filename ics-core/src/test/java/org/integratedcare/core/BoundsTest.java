package org.integratedcare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.time.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoundsTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "2500000", "3200000.00", "1250.5", "999999999999999.99", "1.000"})
  void money_withinBounds(String amount) {
    assertThat(Bounds.moneyProblem(new BigDecimal(amount))).isEmpty();
  }

  @Test
  void money_outOfBounds_saysWhy() {
    assertThat(Bounds.moneyProblem(new BigDecimal("-1"))).contains("a sum of money must not be negative");
    assertThat(Bounds.moneyProblem(new BigDecimal("1000000000000000")))
        .contains("a sum of money must have at most 15 digits before the decimal point");
    assertThat(Bounds.moneyProblem(new BigDecimal("0.001")))
        .contains("a sum of money must be in whole pence, at most 2 digits after the decimal point");
    // decided from precision and scale alone: no 400-digit or billion-digit number is ever expanded
    assertThat(Bounds.moneyProblem(new BigDecimal("1e999999999"))).isPresent();
    assertThat(Bounds.moneyProblem(new BigDecimal("1e-999999999"))).isPresent();
  }

  @Test
  void dates_fromEighteenHundredToTwentyOneNinetyNine() {
    assertThat(Bounds.dateProblem(Bounds.EARLIEST_DATE)).isEmpty();
    assertThat(Bounds.dateProblem(Bounds.LATEST_DATE)).isEmpty();
    assertThat(Bounds.dateProblem(LocalDate.of(1799, 12, 31))).isPresent();
    assertThat(Bounds.dateProblem(LocalDate.of(2200, 1, 1)))
        .contains("a date must lie between 1800-01-01 and 2199-12-31");
  }

  @Test
  void texts_rejectControlBidiAndUnpairedSurrogates() {
    assertThat(Bounds.textProblem("Tiny ICB\twith tabs\nand lines, café, 日本, 🙂")).isEmpty();
    assertThat(Bounds.textProblem("a\u0000b")).contains(
        "it contains the control character U+0000 at character 2, which is not allowed in a text");
    assertThat(Bounds.textProblem("\u009b")).get().asString().contains("control character U+009B");
    assertThat(Bounds.textProblem("x\u202ey")).get().asString().contains("bidirectional control character U+202E");
    assertThat(Bounds.textProblem("\u2067")).get().asString().contains("U+2067");
    assertThat(Bounds.textProblem("\ud800")).get().asString().contains("unpaired surrogate U+D800");
    assertThat(Bounds.textProblem("x\udc00")).get().asString().contains("unpaired surrogate U+DC00");
  }

  @Test
  void escape_keepsSafeTextAndWritesTheRestAsEscapes() {
    String safe = "Exampleshire ICB – café 🙂";
    assertThat(Bounds.escape(safe)).isEqualTo(safe);
    assertThat(Bounds.escape("plain")).isSameAs("plain");
    assertThat(Bounds.escape("a\u001b[31mb\nc\u202e")).isEqualTo("a\\u001B[31mb\\u000Ac\\u202E");
    assertThat(Bounds.escape("\ud800")).isEqualTo("\\uD800");
  }

  @Test
  void excerpt_shortensLongText() {
    assertThat(Bounds.excerpt("x".repeat(100), 10)).isEqualTo("xxxxxxxxxx… (100 characters)");
    assertThat(Bounds.excerpt("short", 10)).isEqualTo("short");
    // a pair is never split
    assertThat(Bounds.excerpt("🙂🙂🙂", 3)).isEqualTo("🙂… (6 characters)");
  }

  @Test
  void records_rejectUnsafeNames() {
    assertThatThrownBy(() -> Organisation.of("o", OrganisationKind.NHS_TRUST, "Evil \u001b[2J Trust",
        DateRange.from(LocalDate.of(2022, 7, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\\u001B[2J")
        .hasMessageContaining("control character U+001B");
  }
}
