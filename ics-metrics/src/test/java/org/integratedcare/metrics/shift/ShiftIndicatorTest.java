package org.integratedcare.metrics.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shift indicators over user-supplied series: the triple shift of Matthew Taylor (NHS Confederation,
 * 2022) and the three shifts of the 10 Year Health Plan, <i>Fit for the future</i> (3 July 2025).
 */
class ShiftIndicatorTest {
  private static final LocalDate Y22 = LocalDate.of(2022, 3, 31);
  private static final LocalDate Y23 = LocalDate.of(2023, 3, 31);
  private static final LocalDate Y24 = LocalDate.of(2024, 3, 31);

  /** Outcome-based share of payments: 10%, 12%, 14% at yearly intervals. */
  private static ShiftSeries outcomes() {
    return ShiftSeries.of(ShiftKind.ACTIVITY_TO_OUTCOMES, "Outcome-based share of payments", "%",
        ShiftSeries.Direction.INCREASE,
        List.of(Observation.of(Y22, 10), Observation.of(Y23, 12), Observation.of(Y24, 14)));
  }

  @Test
  void levelAndTrend_areTheLatestValueAndTheLeastSquaresSlopePerYear() {
    ShiftIndicator i = ShiftIndicator.evaluate(outcomes(), LocalDate.of(2024, 6, 1));

    assertThat(i.level()).hasValue(14);
    assertThat(i.levelDate()).hasValue(Y24);
    assertThat(i.observationsUsed()).isEqualTo(3);
    // x = 0, 365, 731 days over 365.2425; y - mean(y) = -2, 0, 2
    // slope = sum(dx*dy) / sum(dx^2) = 2*731*365.2425 / (365^2 + 731^2 - 1096^2/3), about 1.9986
    double expected = 2 * 731 * 365.2425 / (365.0 * 365 + 731.0 * 731 - 1096.0 * 1096 / 3);
    assertThat(i.trendPerYear().getAsDouble()).isCloseTo(expected, within(1e-9));
    assertThat(i.status()).isEqualTo(ShiftIndicator.Status.NO_TARGET);
  }

  @Test
  void targetWithinReachAtTheTrend_isOnTrack() {
    // three years at about +2 a year from 14 projects about 20, above a target of 19
    ShiftIndicator i = ShiftIndicator.evaluate(outcomes().withTarget(ShiftTarget.of(19, LocalDate.of(2027, 3, 31))),
        LocalDate.of(2024, 6, 1));

    assertThat(i.status()).isEqualTo(ShiftIndicator.Status.ON_TRACK);
    assertThat(i.distanceToTarget()).hasValue(5);
    assertThat(i.projectedAtTargetDate().getAsDouble()).isCloseTo(20.0, within(0.02));
    assertThat(i.explanation()).contains("on track");
  }

  @Test
  void targetBeyondTheTrend_isOffTrack() {
    ShiftIndicator i = ShiftIndicator.evaluate(outcomes().withTarget(ShiftTarget.of(25, LocalDate.of(2027, 3, 31))),
        LocalDate.of(2024, 6, 1));

    assertThat(i.status()).isEqualTo(ShiftIndicator.Status.OFF_TRACK);
    assertThat(i.distanceToTarget()).hasValue(11);
  }

  @Test
  void levelAlreadyAtTarget_isMet_andPassedTargetDateUnmet_isOffTrack() {
    ShiftSeries s = outcomes();

    assertThat(ShiftIndicator.evaluate(s.withTarget(ShiftTarget.of(13, LocalDate.of(2025, 3, 31))), Y24).status())
        .isEqualTo(ShiftIndicator.Status.MET);
    assertThat(ShiftIndicator.evaluate(s.withTarget(ShiftTarget.of(30, LocalDate.of(2023, 12, 31))), Y24).status())
        .isEqualTo(ShiftIndicator.Status.OFF_TRACK);
  }

  /** A target date that has passed by the indicator's date is missed, whatever the last trend projected. */
  @Test
  void targetDatePassedOnTheIndicatorsDate_unmet_isOffTrack() {
    // From 14 in March 2024 at +2 a year the projection reaches about 16 by March 2025, above a target of 15.5, so on 1 June
    // 2024 the series is on track; on 1 November 2025 the date has passed with no newer
    // observation at or above 15.5, so the target is missed.
    ShiftSeries series = outcomes().withTarget(ShiftTarget.of(15.5, LocalDate.of(2025, 3, 31)));
    assertThat(ShiftIndicator.evaluate(series, LocalDate.of(2024, 6, 1)).status()).isEqualTo(ShiftIndicator.Status.ON_TRACK);

    ShiftIndicator i = ShiftIndicator.evaluate(series,
        LocalDate.of(2025, 11, 1));

    assertThat(i.status()).isEqualTo(ShiftIndicator.Status.OFF_TRACK);
    assertThat(i.explanation()).contains("the target date 2025-03-31 has passed: off track.");
  }

  @Test
  void fallingShift_acuteShareOfSpend_usesTheOppositeDirection() {
    // 10 Year Health Plan hospital to community: acute share of spend 60, 58, 56; target 52.5 by 2026 (projection about 52.0)
    ShiftSeries acute = ShiftSeries.of(ShiftKind.HOSPITAL_TO_COMMUNITY, "Acute share of spend", "%",
            ShiftSeries.Direction.DECREASE,
            List.of(Observation.of(Y22, 60), Observation.of(Y23, 58), Observation.of(Y24, 56)))
        .withTarget(ShiftTarget.of(52.5, LocalDate.of(2026, 3, 31)));

    ShiftIndicator i = ShiftIndicator.evaluate(acute, Y24);

    assertThat(i.distanceToTarget()).hasValue(3.5);
    assertThat(i.trendPerYear().getAsDouble()).isNegative();
    assertThat(i.status()).isEqualTo(ShiftIndicator.Status.ON_TRACK);
  }

  @Test
  void observationsAfterTheDate_areIgnored_andTooFewGiveNoTrend() {
    ShiftSeries s = outcomes().withTarget(ShiftTarget.of(20, LocalDate.of(2027, 3, 31)));

    ShiftIndicator one = ShiftIndicator.evaluate(s, LocalDate.of(2022, 12, 31));
    ShiftIndicator none = ShiftIndicator.evaluate(s, LocalDate.of(2021, 1, 1));

    assertThat(one.observationsUsed()).isEqualTo(1);
    assertThat(one.trendPerYear()).isEmpty();
    assertThat(one.status()).isEqualTo(ShiftIndicator.Status.INSUFFICIENT_DATA);
    assertThat(none.status()).isEqualTo(ShiftIndicator.Status.NO_DATA);
    assertThat(none.level()).isEmpty();
  }

  @Test
  void series_withDatesOutOfOrderOrBlankName_isRejectedWithEveryProblem() {
    assertThatThrownBy(() -> ShiftSeries.of(ShiftKind.DEMAND_TO_NEED, " ", "%", ShiftSeries.Direction.INCREASE,
            List.of(Observation.of(Y23, 1), Observation.of(Y22, 2), Observation.of(Y22, 3))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name: must not be blank")
        .hasMessageContaining("observations[1].date")
        .hasMessageContaining("observations[2].date");
    assertThatThrownBy(() -> Observation.of(Y22, Double.NaN)).hasMessageContaining("finite");
  }
}
