package org.integratedcare.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateRangeTest {
  private static final LocalDate JUL_2022 = LocalDate.of(2022, 7, 1);
  private static final LocalDate MAR_2026 = LocalDate.of(2026, 3, 31);

  @Test
  void of_endBeforeStart_rejected() {
    assertThatThrownBy(() -> DateRange.of(MAR_2026, JUL_2022))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period ends (2022-07-01) before it starts (2026-03-31)");
  }

  @Test
  void of_nullStart_rejected() {
    assertThatThrownBy(() -> DateRange.from(null)).isInstanceOf(NullPointerException.class).hasMessage("start");
  }

  @Test
  void oneDayPeriod_isAllowed() {
    assertThat(DateRange.of(JUL_2022, JUL_2022).contains(JUL_2022)).isTrue();
  }

  @Test
  void contains_bothEndsInclusive() {
    DateRange icb2022 = DateRange.of(JUL_2022, MAR_2026);

    assertThat(icb2022.contains(JUL_2022)).isTrue();
    assertThat(icb2022.contains(MAR_2026)).isTrue();
    assertThat(icb2022.contains(JUL_2022.minusDays(1))).isFalse();
    assertThat(icb2022.contains(MAR_2026.plusDays(1))).isFalse();
    assertThat(DateRange.from(JUL_2022).contains(LocalDate.of(2100, 1, 1))).isTrue();
  }

  @ParameterizedTest(name = "{0} overlaps {1}: {2}")
  @CsvSource({
      "2022-07-01..2026-03-31, 2026-04-01.., false",
      "2022-07-01..2026-03-31, 2026-03-31.., true",
      "2022-07-01.., 2030-01-01..2030-12-31, true",
      "2022-07-01..2022-12-31, 2021-01-01..2022-06-30, false",
      "2022-07-01..2022-12-31, 2021-01-01..2022-07-01, true",
      "2022-07-01.., 2020-01-01.., true"
  })
  void overlaps_isSymmetricAndInclusive(String a, String b, boolean expected) {
    assertThat(parse(a).overlaps(parse(b))).isEqualTo(expected);
    assertThat(parse(b).overlaps(parse(a))).isEqualTo(expected);
  }

  @Test
  void encloses_openPeriodEnclosesEverythingAfterItsStart() {
    assertThat(DateRange.from(JUL_2022).encloses(DateRange.of(JUL_2022, MAR_2026))).isTrue();
    assertThat(DateRange.of(JUL_2022, MAR_2026).encloses(DateRange.from(JUL_2022))).isFalse();
    assertThat(DateRange.from(JUL_2022).encloses(DateRange.from(JUL_2022.minusDays(1)))).isFalse();
  }

  @Test
  void endingBefore_endsTheDayBeforeTheSuccessorStarts() {
    DateRange ended = DateRange.from(JUL_2022).endingBefore(LocalDate.of(2026, 4, 1));

    assertThat(ended).isEqualTo(DateRange.of(JUL_2022, MAR_2026));
    assertThat(ended).hasToString("2022-07-01..2026-03-31");
    assertThat(DateRange.from(JUL_2022)).hasToString("2022-07-01..");
  }

  private static DateRange parse(String text) {
    String[] parts = text.split("\\.\\.", -1);
    return DateRange.parse(parts[0], parts[1].isEmpty() ? null : parts[1]);
  }
}
