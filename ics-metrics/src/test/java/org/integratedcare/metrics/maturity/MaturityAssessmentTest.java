package org.integratedcare.metrics.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Combining evidence into ratings over The King's Fund themes of progress (National Health
 * Executive on The King's Fund, <i>Realising the potential of integrated care systems</i>, 2024), on
 * stages that are UNCONFIRMED as NHS England's.
 */
class MaturityAssessmentTest {
  private static final MaturityFramework KF = MaturityFramework.kingsFundProgressThemes();

  @Test
  void builtInFramework_hasTheSixThemesAndFourStages_andSaysTheStagesAreUnconfirmed() {
    assertThat(KF.themes()).extracting(Theme::id).containsExactly("shared-purpose", "system-leadership",
        "system-focused-behaviours", "scaling-and-spreading-success", "using-resources-effectively",
        "managing-complexity");
    assertThat(KF.stages()).extracting(MaturityStage::id)
        .containsExactly("emerging", "developing", "maturing", "thriving");
    assertThat(KF.status()).hasValueSatisfying(s -> assertThat(s).contains("UNCONFIRMED"));
    assertThat(KF.source()).contains("King's Fund");
  }

  @Test
  void evidence_isCombinedIntoAMembershipWithCentroidRangeAndSpread() {
    // developing (weight 2) and maturing-to-thriving (weight 2):
    // membership developing 0.5, maturing 0.25, thriving 0.25; centroid 1.75 -> maturing
    MaturityAssessment a = MaturityAssessment.assess(KF, List.of(
        Evidence.of("shared-purpose", "developing", 2, "Board paper 2026-03", "Strategy agreed by all partners"),
        Evidence.ofRange("shared-purpose", "maturing", "thriving", 2, "Partner survey 2026", "Partners report shared goals")));

    ThemeRating r = a.theme("shared-purpose");
    assertThat(r.membership()).containsExactly(
        java.util.Map.entry("emerging", 0.0), java.util.Map.entry("developing", 0.5),
        java.util.Map.entry("maturing", 0.25), java.util.Map.entry("thriving", 0.25));
    assertThat(r.centroid().getAsDouble()).isCloseTo(1.75, within(1e-12));
    assertThat(r.stage()).hasValue("maturing");
    assertThat(r.lowest()).hasValue("developing");
    assertThat(r.highest()).hasValue("thriving");
    // sqrt(0.5*0.75^2 + 0.25*0.25^2 + 0.25*1.25^2) = sqrt(0.6875)
    assertThat(r.spread().getAsDouble()).isCloseTo(Math.sqrt(0.6875), within(1e-12));
    assertThat(r.drivers()).extracting(Driver::share).containsExactly(0.5, 0.5);
    assertThat(r.explanation()).contains("maturing", "Board paper 2026-03");
  }

  @Test
  void centroidHalfWayBetweenStages_ratesTheLowerStage() {
    MaturityAssessment a = MaturityAssessment.assess(KF, List.of(
        Evidence.of("system-leadership", "developing", 1, "Interview", "Some leaders act for the system"),
        Evidence.of("system-leadership", "maturing", 1, "Interview", "Shared chair across partners")));

    assertThat(a.theme("system-leadership").centroid()).hasValue(1.5);
    assertThat(a.theme("system-leadership").stage()).hasValue("developing");
  }

  @Test
  void heavierEvidence_drivesTheRating_andIsNamedFirst() {
    MaturityAssessment a = MaturityAssessment.assess(KF, List.of(
        Evidence.of("managing-complexity", "emerging", 1, "Self-assessment", "Early days"),
        Evidence.of("managing-complexity", "thriving", 3, "External review", "Clear arrangements at every level")));

    ThemeRating r = a.theme("managing-complexity");
    assertThat(r.centroid().getAsDouble()).isCloseTo(2.25, within(1e-12));
    assertThat(r.stage()).hasValue("maturing");
    assertThat(r.drivers().get(0).evidence().source()).isEqualTo("External review");
    assertThat(r.drivers().get(0).share()).isEqualTo(0.75);
  }

  @Test
  void themeWithoutEvidence_isUnrated_notGuessed() {
    MaturityAssessment a = MaturityAssessment.assess(KF, List.of(
        Evidence.of("shared-purpose", "thriving", 1, "Review", "Strong")));

    ThemeRating r = a.theme("scaling-and-spreading-success");
    assertThat(r.isRated()).isFalse();
    assertThat(r.stage()).isEmpty();
    assertThat(r.membership().values()).containsOnly(0.0);
    assertThat(a.overallCentroid()).hasValue(3.0);
  }

  @Test
  void evidenceNamingUnknownThemesOrStages_isRejectedWithEveryProblem() {
    assertThatThrownBy(() -> MaturityAssessment.assess(KF, List.of(
            Evidence.of("shared-purpose", "blossoming", 1, "x", "y"),
            Evidence.of("finance", "developing", 1, "x", "y"),
            Evidence.ofRange("shared-purpose", "thriving", "emerging", 1, "x", "y"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evidence[0].stageFrom: no stage 'blossoming'")
        .hasMessageContaining("evidence[1].theme: no theme 'finance'")
        .hasMessageContaining("evidence[2]: stage 'thriving' is above 'emerging'");
    assertThatThrownBy(() -> Evidence.of("shared-purpose", "developing", 0, "x", "y"))
        .hasMessageContaining("positive");
  }

  @Test
  void frameworkBuiltInCode_checksRules() {
    assertThatThrownBy(() -> MaturityFramework.builder("f", "F").source("s")
            .stage("a", "A").stage("b", "B").theme("t", "T", "d")
            .rule(new ModelSignalRule(ModelSignal.CAUCUSING, "u", "b", "a", 1)).build())
        .hasMessageContaining("modelSignals[0].theme: no theme 'u'")
        .hasMessageContaining("modelSignals[0]: stage 'b' is above 'a'");
  }
}
