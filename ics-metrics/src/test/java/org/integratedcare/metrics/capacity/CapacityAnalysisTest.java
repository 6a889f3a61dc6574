package org.integratedcare.metrics.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Maximum throughput and bottlenecks of care pathways whose answers are known by hand. Peter
 * Allanson (GGI, 2020) warns, citing Braess's paradox, that adding resources in one place may create
 * bottlenecks elsewhere; these tests show where the binding constraint sits and whether added
 * capacity is usable.
 */
class CapacityAnalysisTest {

  /** Emergency department 100, acute beds 60, discharge to social care 40, community services 50, in series. */
  private static CarePathway urgentCare() {
    return CarePathway.builder("Urgent and emergency care")
        .stage("ed", "Emergency department", 100)
        .stage("beds", "Acute beds", 60)
        .stage("discharge", "Discharge to social care", 40)
        .stage("community", "Community services", 50)
        .transfer("ed", "beds").transfer("beds", "discharge").transfer("discharge", "community")
        .entry("ed").exit("community")
        .build();
  }

  @Test
  void serialPathway_throughputIsTheSmallestStage() {
    CapacityAnalysis a = CapacityAnalysis.of(urgentCare());

    assertThat(a.maxThroughput()).hasValue(40);
    assertThat(a.bottleneck()).containsExactly(new Constraint(Constraint.Kind.STAGE, "discharge", 40));
    assertThat(a.isBottleneck("discharge")).isTrue();
    assertThat(a.stageLoads()).extracting(StageLoad::flow).containsExactly(40L, 40L, 40L, 40L);
    assertThat(a.stageLoads().get(2).utilisation()).hasValue(1.0);
    assertThat(a.explanation()).contains("40", "discharge");
  }

  @Test
  void addingAtTheBottleneck_raisesThroughputUntilTheNextStageBinds() {
    CapacityWhatIf w = CapacityAnalysis.whatIf(urgentCare(), "discharge", 30);

    // discharge 40 -> 70, so the smallest stage is now community services at 50
    assertThat(w.outcome()).isEqualTo(CapacityWhatIf.Outcome.THROUGHPUT_RISES);
    assertThat(w.gain()).isEqualTo(10);
    assertThat(w.after().maxThroughput()).hasValue(50);
    assertThat(w.bottleneckMoved()).isTrue();
    assertThat(w.after().bottleneck()).containsExactly(new Constraint(Constraint.Kind.STAGE, "community", 50));
    assertThat(w.explanation()).contains("from 40 to 50", "community");
  }

  @Test
  void addingAwayFromTheBottleneck_changesNothing() {
    CapacityWhatIf w = CapacityAnalysis.whatIf(urgentCare(), "ed", 50);

    assertThat(w.outcome()).isEqualTo(CapacityWhatIf.Outcome.NOT_A_BOTTLENECK);
    assertThat(w.gain()).isZero();
    assertThat(w.after().maxThroughput()).hasValue(40);
  }

  @Test
  void addingAtOneOfTwoEqualConstraints_onlyMovesTheBottleneck() {
    // beds 40 and discharge 40: the cut nearest the arrivals is beds; enlarging beds exposes discharge
    CarePathway p = CarePathway.builder("Tied")
        .stage("ed", "Emergency department", 100)
        .stage("beds", "Acute beds", 40)
        .stage("discharge", "Discharge to social care", 40)
        .transfer("ed", "beds").transfer("beds", "discharge")
        .entry("ed").exit("discharge")
        .build();

    CapacityWhatIf w = CapacityAnalysis.whatIf(p, "beds", 10);

    assertThat(w.before().bottleneck()).containsExactly(new Constraint(Constraint.Kind.STAGE, "beds", 40));
    assertThat(w.outcome()).isEqualTo(CapacityWhatIf.Outcome.BOTTLENECK_MOVES);
    assertThat(w.gain()).isZero();
    assertThat(w.after().bottleneck()).containsExactly(new Constraint(Constraint.Kind.STAGE, "discharge", 40));
  }

  @Test
  void parallelRoutes_addUp_andTheCutHasBothBranches() {
    // ED 100 splits to acute beds 60 and same-day emergency care 30: 90 in all
    CarePathway p = CarePathway.builder("Parallel")
        .stage("ed", "Emergency department", 100)
        .stage("beds", "Acute beds", 60)
        .stage("sdec", "Same-day emergency care", 30)
        .transfer("ed", "beds").transfer("ed", "sdec")
        .entry("ed").exit("beds").exit("sdec")
        .build();

    CapacityAnalysis a = CapacityAnalysis.of(p);

    assertThat(a.maxThroughput()).hasValue(90);
    assertThat(a.bottleneck()).containsExactlyInAnyOrder(
        new Constraint(Constraint.Kind.STAGE, "beds", 60), new Constraint(Constraint.Kind.STAGE, "sdec", 30));
  }

  @Test
  void stageCapacityLimitsEveryRouteThroughIt() {
    // two wards of 50 each discharge into one social care team of 70: node splitting caps the sum at 70
    CarePathway p = CarePathway.builder("Shared discharge")
        .stage("wardA", "Ward A", 50)
        .stage("wardB", "Ward B", 50)
        .stage("social", "Social care", 70)
        .transfer("wardA", "social").transfer("wardB", "social")
        .entry("wardA").entry("wardB").exit("social")
        .build();

    assertThat(CapacityAnalysis.of(p).maxThroughput()).hasValue(70);
    assertThat(CapacityAnalysis.of(p).bottleneck()).containsExactly(new Constraint(Constraint.Kind.STAGE, "social", 70));
  }

  @Test
  void transferLimit_andDemand_canBeTheBottleneck() {
    CarePathway limited = CarePathway.builder("Transport")
        .stage("beds", "Acute beds", 60)
        .stage("home", "Home with support", 60)
        .transfer(Transfer.limited("beds", "home", 25))
        .entry("beds").exit("home")
        .build();
    CarePathway quiet = CarePathway.builder("Low demand")
        .stage("ed", "Emergency department", 100)
        .entry("ed", 30).exit("ed")
        .build();

    assertThat(CapacityAnalysis.of(limited).bottleneck())
        .containsExactly(new Constraint(Constraint.Kind.TRANSFER, "beds -> home", 25));
    assertThat(CapacityAnalysis.of(quiet).maxThroughput()).hasValue(30);
    assertThat(CapacityAnalysis.of(quiet).bottleneck()).containsExactly(new Constraint(Constraint.Kind.DEMAND, "ed", 30));
  }

  @Test
  void routeWithNoLimit_isUnbounded() {
    CarePathway p = CarePathway.builder("Unlimited")
        .stage(Stage.unlimited("a", "A")).stage(Stage.unlimited("b", "B"))
        .transfer("a", "b").entry("a").exit("b").build();

    CapacityAnalysis a = CapacityAnalysis.of(p);

    assertThat(a.unbounded()).isTrue();
    assertThat(a.bottleneck()).isEmpty();
    assertThat(CapacityAnalysis.whatIf(p, "a", 5).outcome()).isEqualTo(CapacityWhatIf.Outcome.NOT_A_BOTTLENECK);
  }

  @Test
  void noRouteFromEntryToExit_givesZero() {
    CarePathway p = CarePathway.builder("Broken")
        .stage("a", "A", 10).stage("b", "B", 10).entry("a").exit("b").build();

    assertThat(CapacityAnalysis.of(p).maxThroughput()).hasValue(0);
    assertThat(CapacityAnalysis.of(p).bottleneck()).isEmpty();
  }

  @Test
  void whatIf_leavesTheOriginalPathwayUnchanged_andUnlimitedStagesStayUnlimited() {
    CarePathway p = urgentCare();

    CarePathway bigger = p.withAdditionalCapacity("beds", 5);

    assertThat(p.stage("beds").capacity()).hasValue(60);
    assertThat(bigger.stage("beds").capacity()).hasValue(65);
    assertThat(Stage.unlimited("x", "X").withAdditionalCapacity(5).capacity()).isEmpty();
  }

  @Test
  void build_reportsEveryProblemWithItsPath() {
    assertThatThrownBy(() -> CarePathway.builder("Bad")
            .stage("a", "A", 10).stage("a", "A again", 5)
            .transfer("a", "nowhere")
            .exit("missing")
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stages[1].id: stage id 'a' is used twice")
        .hasMessageContaining("transfers[0].to: no stage 'nowhere'")
        .hasMessageContaining("exits[0]: no stage 'missing'")
        .hasMessageContaining("entries: the pathway needs at least one entry stage");
    assertThatThrownBy(() -> Stage.of("x", "X", -1)).hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> CapacityAnalysis.whatIf(urgentCare(), "theatres", 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no stage 'theatres'");
  }

  /**
   * Property: on random pathways, the reported cut's capacities sum to the throughput (max-flow
   * equals min-cut), and adding capacity never lowers throughput and raises it by at most the amount
   * added (which is why max-flow cannot show Braess's paradox).
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void randomPathways_maxFlowEqualsMinCut_andAddedCapacityNeverHurts(long seed) {
    Random random = new Random(seed);
    int n = 3 + random.nextInt(6);
    CarePathway.Builder b = CarePathway.builder("Random " + seed);
    for (int i = 0; i < n; i++) {
      b.stage("s" + i, "Stage " + i, random.nextInt(50));
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && random.nextInt(3) == 0) {
          b.transfer(random.nextBoolean() ? Transfer.of("s" + i, "s" + j) : Transfer.limited("s" + i, "s" + j, random.nextInt(40)));
        }
      }
    }
    b.entry("s0").exit("s" + (n - 1));
    CarePathway p = b.build();

    CapacityAnalysis a = CapacityAnalysis.of(p);
    long cut = a.bottleneck().stream().mapToLong(Constraint::capacity).sum();
    assertThat(a.maxThroughput()).hasValue(cut);
    for (int i = 0; i < n; i++) {
      long add = 1 + random.nextInt(20);
      CapacityWhatIf w = CapacityAnalysis.whatIf(p, "s" + i, add);
      assertThat(w.gain()).isBetween(0L, add);
    }
  }
}
