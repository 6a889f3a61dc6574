package org.integratedcare.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A source that says "formed in 2017" or "from May 2023" is recorded at that precision. */
class PartialDatesTest {

  @ParameterizedTest
  @CsvSource({
      "2017,       2017-01-01, YEAR,  2017",
      "2023-05,    2023-05-01, MONTH, May 2023",
      "2023-05-04, 2023-05-04, DAY,   4 May 2023",
  })
  void parse_start_keepsItsPrecision(String text, LocalDate first, DatePrecision precision, String words) {
    DateRange p = DateRange.parse(text, null);

    assertThat(p.start()).isEqualTo(first);
    assertThat(p.startPrecision()).isEqualTo(precision);
    assertThat(p.startText()).isEqualTo(text);
    assertThat(p.describeStart()).isEqualTo(words);
    assertThat(p.describe()).isEqualTo("from " + words);
  }

  @Test
  void parse_partialEnd_runsToTheLastDayOfItsMonthOrYear() {
    assertThat(DateRange.parse("2019", "2022-06").end()).contains(LocalDate.of(2022, 6, 30));
    assertThat(DateRange.parse("2019", "2021").end()).contains(LocalDate.of(2021, 12, 31));
    assertThat(DateRange.parse("2019", "2024-02").end()).contains(LocalDate.of(2024, 2, 29));
    assertThat(DateRange.parse("2019", "2022-06").toString()).isEqualTo("2019..2022-06");
    assertThat(DateRange.parse("2019", "2022-06").describe()).isEqualTo("from 2019 to June 2022");
  }

  @Test
  void sameMonthStartAndEnd_isOneMonth() {
    DateRange may = DateRange.parse("2023-05", "2023-05");

    assertThat(may.contains(LocalDate.of(2023, 5, 1))).isTrue();
    assertThat(may.contains(LocalDate.of(2023, 5, 31))).isTrue();
    assertThat(may.contains(LocalDate.of(2023, 6, 1))).isFalse();
  }

  @Test
  void isUncertainOn_daysInsideAPartialEnd() {
    DateRange fromMay = DateRange.parse("2023-05", null);

    assertThat(fromMay.isUncertainOn(LocalDate.of(2023, 5, 1))).isFalse();
    assertThat(fromMay.isUncertainOn(LocalDate.of(2023, 5, 20))).isTrue();
    assertThat(fromMay.isUncertainOn(LocalDate.of(2023, 6, 1))).isFalse();
    assertThat(DateRange.parse("2022-07-01", "2026").isUncertainOn(LocalDate.of(2026, 4, 1))).isTrue();
    assertThat(DateRange.parse("2022-07-01", "2026").isUncertainOn(LocalDate.of(2026, 12, 31))).isFalse();
    assertThat(DateRange.parse("2022-07-01", "2026-03-31").isUncertainOn(LocalDate.of(2026, 3, 1))).isFalse();
  }

  @Test
  void precision_partOfEquality() {
    assertThat(DateRange.parse("2017", null)).isNotEqualTo(DateRange.parse("2017-01-01", null));
    assertThat(DateRange.parse("2017", null)).isEqualTo(DateRange.parse("2017", null));
    assertThat(DateRange.parse("2017-01-01", null).withPrecision(DatePrecision.YEAR, DatePrecision.DAY))
        .isEqualTo(DateRange.parse("2017", null));
  }

  @Test
  void endingBefore_givesAWholeDayEnd() {
    DateRange ended = DateRange.parse("2017", null).endingBefore(LocalDate.of(2022, 7, 1));

    assertThat(ended.endText()).contains("2022-06-30");
    assertThat(ended.startText()).isEqualTo("2017");
  }

  @Test
  void parse_neitherDateMonthNorYear_rejected() {
    assertThatThrownBy(() -> DateRange.parse("May 2023", null)).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> DateRange.parse("20x7", null)).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> DateRange.parse("2023-13", null)).isInstanceOf(DateTimeParseException.class);
  }
}
