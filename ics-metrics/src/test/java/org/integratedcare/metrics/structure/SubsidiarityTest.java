package org.integratedcare.metrics.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.organisation.Area;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.Icb;
import org.integratedcare.core.structure.Level;
import org.integratedcare.core.structure.Place;
import static org.integratedcare.metrics.Records.ENDED;
import static org.integratedcare.metrics.Records.ON;
import static org.integratedcare.metrics.Records.SINCE_2022;
import static org.integratedcare.metrics.Records.body;
import static org.integratedcare.metrics.Records.delegation;
import static org.integratedcare.metrics.Records.function;
import static org.integratedcare.metrics.Records.org;
import static org.integratedcare.metrics.Records.placeBody;

import org.junit.jupiter.api.Test;

/**
 * Subsidiarity: decisions as close to communities as possible (NHS England and NHS Improvement,
 * <i>Interim guidance on the functions and governance of the ICB</i>, August 2021), read from where
 * delegations in force leave each function.
 */
class SubsidiarityTest {

  /**
   * An ICB whose board delegates f1 to two place committees, f2 to a system committee, keeps f3,
   * contracts f5 out (not a delegation of the function), had an expired delegation of f6, and
   * delegates f7 both to the system committee and to place A; a trust holds f4 with no level known.
   */
  static IcsModel model() {
    return IcsModel.builder()
        .add(org("icb", OrganisationKind.INTEGRATED_CARE_BOARD))
        .add(org("trust", OrganisationKind.NHS_TRUST))
        .add(org("la1", OrganisationKind.UNITARY_AUTHORITY))
        .add(org("la2", OrganisationKind.UNITARY_AUTHORITY))
        .add(Icb.builder().id("icb").area(Area.of("la1", "la2")).period(SINCE_2022).build())
        .add(Place.builder().id("placeA").name("Place A").icb("icb").area(Area.of("la1")).period(SINCE_2022).build())
        .add(Place.builder().id("placeB").name("Place B").icb("icb").area(Area.of("la2")).period(SINCE_2022).build())
        .add(body("board", BodyKind.UNITARY_BOARD, Level.SYSTEM, "icb"))
        .add(Body.builder().id("sysCttee").name("System committee").kind(BodyKind.COMMITTEE).parent("board")
            .addOrganisations("icb").period(SINCE_2022).build())
        .add(placeBody("pcA", "placeA", "icb"))
        .add(placeBody("pcB", "placeB", "icb"))
        .add(function("f1", "icb")).add(function("f2", "icb")).add(function("f3", "icb"))
        .add(function("f4", "trust")).add(function("f5", "icb")).add(function("f6", "icb"))
        .add(function("f7", "icb"))
        .add(delegation("d1", "icb", "board", "f1", "f2"))
        .add(delegation("d2", "board", "pcA", "f1"))
        .add(delegation("d3", "board", "pcB", "f1"))
        .add(delegation("d5", "board", "sysCttee", "f2"))
        .add(delegation("d6", "board", "pcA", DelegationInstrument.CONTRACT, SINCE_2022, "f5"))
        .add(delegation("d7", "board", "pcA", DelegationInstrument.SCHEME_OF_DELEGATION, ENDED, "f6"))
        .add(delegation("d8", "icb", "sysCttee", "f7"))
        .add(delegation("d9", "icb", "pcA", "f7"))
        .build();
  }

  @Test
  void shareIsFunctionsExercisedLocally_overThoseWithAKnownLevel() {
    Subsidiarity s = Subsidiarity.of(model().on(ON));

    assertThat(s.functionsInForce()).isEqualTo(7);
    assertThat(s.functionsWithKnownLevel()).isEqualTo(6); // f4's holder, a trust, has no level
    assertThat(s.exercisedLocally()).isEqualTo(2); // f1 and f7
    assertThat(s.whollyLocal()).isEqualTo(1); // f1
    assertThat(s.share().getAsDouble()).isCloseTo(2.0 / 6, within(1e-12));
    assertThat(s.pointsByLevel()).containsEntry(Level.PLACE, 3).containsEntry(Level.SYSTEM, 5);
  }

  @Test
  void exercisePoints_areTheEndsOfDelegationChainsInForce() {
    Subsidiarity s = Subsidiarity.of(model().on(ON));

    assertThat(point(s, "f1")).containsExactly("pcA", "pcB");
    assertThat(point(s, "f2")).containsExactly("sysCttee"); // committee inherits its board's system level
    assertThat(point(s, "f3")).containsExactly("icb"); // kept by the holder, an ICB: system level
    assertThat(point(s, "f5")).containsExactly("icb"); // a contract passes delivery, not the function
    assertThat(point(s, "f6")).containsExactly("icb"); // the delegation has ended
    FunctionExercise f2 = s.functions().stream().filter(f -> f.function().equals("f2")).findFirst().orElseThrow();
    assertThat(f2.points().get(0).level()).hasValue(Level.SYSTEM);
  }

  @Test
  void modelWithoutFunctions_hasNoShare() {
    assertThat(Subsidiarity.of(IcsModel.empty().on(ON)).share()).isEmpty();
  }

  private static java.util.List<String> point(Subsidiarity s, String function) {
    return s.functions().stream().filter(f -> f.function().equals(function)).findFirst().orElseThrow()
        .points().stream().map(ExercisePoint::id).toList();
  }
}
