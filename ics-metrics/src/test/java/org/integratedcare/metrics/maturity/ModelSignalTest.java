package org.integratedcare.metrics.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.mechanism.MechanismKind;
import org.integratedcare.core.mechanism.SharedPrinciple;
import org.integratedcare.core.organisation.Area;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.CollaborativeOrientation;
import org.integratedcare.core.structure.CollaborativeType;
import org.integratedcare.core.structure.Level;
import org.integratedcare.core.structure.Place;
import org.integratedcare.core.structure.ProviderCollaborative;
import static org.integratedcare.metrics.Records.ON;
import static org.integratedcare.metrics.Records.SINCE_2022;
import static org.integratedcare.metrics.Records.body;
import static org.integratedcare.metrics.Records.delegation;
import static org.integratedcare.metrics.Records.function;
import static org.integratedcare.metrics.Records.org;
import static org.integratedcare.metrics.Records.placeBody;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The facts of a model that count as evidence of maturity. */
class ModelSignalTest {

  private static ModelView view() {
    return IcsModel.builder()
        .add(org("icb", OrganisationKind.INTEGRATED_CARE_BOARD))
        .add(org("la", OrganisationKind.UNITARY_AUTHORITY))
        .add(org("t1", OrganisationKind.NHS_TRUST))
        .add(org("t2", OrganisationKind.NHS_TRUST))
        .add(Place.builder().id("place").name("Place").icb("icb").area(Area.of("la")).period(SINCE_2022).build())
        .add(placeBody("placeBoard", "place", "icb", "la"))
        .add(body("sys", BodyKind.COMMITTEE, Level.SYSTEM, "icb"))
        .add(function("f", "icb")).add(function("g", "la"))
        .add(delegation("toPlace", "icb", "placeBoard", "f"))
        .add(delegation("toSystem", "icb", "sys", "f"))
        .add(delegation("pooled", "la", "placeBoard", DelegationInstrument.S75_PARTNERSHIP, SINCE_2022, "g"))
        .add(SharedPrinciple.builder().id("values").name("Values").kind(MechanismKind.JOINT_VALUES_AND_INTENT)
            .statement("Together").addParties("icb", "la").period(SINCE_2022).build())
        .add(SharedPrinciple.builder().id("solo").name("One-sided").kind(MechanismKind.OPEN_INFORMATION_SHARING)
            .statement("We publish").addParties("icb").period(SINCE_2022).build())
        .add(ProviderCollaborative.builder().id("pc").name("PC").type(CollaborativeType.ACUTE)
            .orientation(CollaborativeOrientation.HORIZONTAL).addMembers("t1", "t2").period(SINCE_2022).build())
        .build().on(ON);
  }

  @Test
  void signals_countWhatIsInForce() {
    ModelView v = view();

    assertThat(ModelSignal.JOINT_VALUES_AND_INTENT.observe(v)).isEqualTo(1);
    assertThat(ModelSignal.OPEN_INFORMATION_SHARING.observe(v)).isZero(); // one party shares with no one
    assertThat(ModelSignal.POOLED_ARRANGEMENT.observe(v)).isEqualTo(1);
    assertThat(ModelSignal.LOCAL_DELEGATION.observe(v)).isEqualTo(2); // to the place board, f and g
    assertThat(ModelSignal.PROVIDER_COLLABORATIVE.observe(v)).isEqualTo(1);
    assertThat(ModelSignal.CAUCUSING.observe(v)).isZero();
  }

  @Test
  void derive_givesOneItemPerRuleWhoseSignalIsPresent() {
    List<Evidence> e = ModelEvidence.derive(view(), MaturityFramework.kingsFundProgressThemes());

    assertThat(e).extracting(Evidence::theme).containsExactly("shared-purpose", "scaling-and-spreading-success",
        "using-resources-effectively", "managing-complexity");
    assertThat(e.get(0).description()).isEqualTo("1 shared principles of joint values and intent in force");
    assertThat(e.get(0).source()).contains("2026-06-01", "joint-values-and-intent");
  }

  @Test
  void typeNames_roundTrip_andUnknownNamesListTheKnownOnes() {
    for (ModelSignal s : ModelSignal.values()) {
      assertThat(ModelSignal.ofTypeName(s.typeName())).isSameAs(s);
    }
    assertThatThrownBy(() -> ModelSignal.ofTypeName("goodwill"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("joint-committee");
  }
}
