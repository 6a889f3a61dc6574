package org.integratedcare.metrics.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.organisation.Area;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.Icb;
import org.integratedcare.core.structure.Level;
import org.integratedcare.core.structure.Place;
import static org.integratedcare.metrics.Records.ON;
import static org.integratedcare.metrics.Records.SINCE_2022;
import static org.integratedcare.metrics.Records.body;
import static org.integratedcare.metrics.Records.delegation;
import static org.integratedcare.metrics.Records.function;
import static org.integratedcare.metrics.Records.org;
import static org.integratedcare.metrics.Records.placeBody;

import org.junit.jupiter.api.Test;

/**
 * Duplication: two bodies with binding authority for one function over the same people (Peter
 * Allanson, GGI, 2020: governance should deliver objectives "without duplication").
 */
class DuplicationTest {

  static IcsModel model() {
    return IcsModel.builder()
        .add(org("icb", OrganisationKind.INTEGRATED_CARE_BOARD))
        .add(org("la1", OrganisationKind.UNITARY_AUTHORITY))
        .add(org("la2", OrganisationKind.UNITARY_AUTHORITY))
        .add(Icb.builder().id("icb").area(Area.of("la1", "la2")).period(SINCE_2022).build())
        .add(Place.builder().id("pA").name("Place A").icb("icb").area(Area.of("la1")).period(SINCE_2022).build())
        .add(Place.builder().id("pB").name("Place B").icb("icb").area(Area.of("la2")).period(SINCE_2022).build())
        .add(body("sys", BodyKind.COMMITTEE, Level.SYSTEM, "icb"))
        .add(placeBody("pbA", "pA", "icb", "la1"))
        .add(placeBody("pbB", "pB", "icb", "la2"))
        .add(function("f1", "icb")).add(function("f2", "icb")).add(function("f3", "icb")).add(function("f4", "icb"))
        .add(delegation("d1", "icb", "pbA", "f1"))
        .add(delegation("d2", "icb", "pbB", "f1"))
        .add(delegation("d3", "icb", "sys", "f2", "f3"))
        .add(delegation("d4", "icb", "pbA", "f2"))
        .build();
  }

  @Test
  void systemAndPlaceBodiesDecidingTheSameFunctionForPlaceA_isDuplication() {
    Duplication d = Duplication.of(model().on(ON));

    assertThat(d.duplicated()).singleElement().satisfies(f -> {
      assertThat(f.function()).isEqualTo("f2");
      assertThat(f.bodies()).containsExactly("sys", "pbA");
      assertThat(f.sharedUnits()).containsExactly("la1");
    });
  }

  @Test
  void placesWithSeparatePopulations_areNotDuplication_andShareCountsFunctionsWithABody() {
    Duplication d = Duplication.of(model().on(ON));

    assertThat(d.functionsInForce()).isEqualTo(4);
    assertThat(d.functionsWithBindingBody()).isEqualTo(3); // f4 is kept by the ICB itself, not a body
    assertThat(d.share().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
  }
}
