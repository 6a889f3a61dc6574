package org.integratedcare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.organisation.Area;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.Icb;
import org.integratedcare.core.structure.Neighbourhood;
import org.integratedcare.core.structure.Place;
import org.integratedcare.core.time.DateRange;

/** Integrity of a whole model: every problem comes back at once, each with its path. */
class IcsModelTest {
  private static final DateRange P = DateRange.from(LocalDate.of(2022, 7, 1));

  private static IcsModel.Builder base() {
    return IcsModel.builder()
        .add(Organisation.of("icb", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS Example ICB", P))
        .add(Organisation.of("county", OrganisationKind.UPPER_TIER_LOCAL_AUTHORITY, "Example County Council", P))
        .add(Body.builder().id("icb-board").name("ICB Board").kind(BodyKind.UNITARY_BOARD).addOrganisations("icb").period(P).build())
        .add(StatutoryFunction.builder().id("fn").name("Commissioning").holder("icb").period(P).build());
  }

  @Test
  void build_consistentModel_indexesEverything() {
    IcsModel model = base()
        .add(Body.builder().id("place-committee").name("Place committee").kind(BodyKind.COMMITTEE).addOrganisations("icb")
            .parent("icb-board").period(P).build())
        .add(Delegation.builder().id("d").delegator("icb-board").delegate("place-committee").addFunctions("fn")
            .instrument(DelegationInstrument.SCHEME_OF_DELEGATION).onwardDelegationAllowed(false).period(P).build())
        .build();

    assertThat(model.size()).isEqualTo(6);
    assertThat(model.body("icb-board")).isPresent();
    assertThat(model.organisation("icb-board")).isEmpty();
    assertThat(model.find("fn", StatutoryFunction.class)).isPresent();
    assertThat(model.committeesOf("icb-board")).extracting(Body::id).containsExactly("place-committee");
    assertThat(model.delegationsFrom("icb-board")).extracting(Delegation::id).containsExactly("d");
    assertThat(model.delegationsOf("fn")).extracting(Delegation::id).containsExactly("d");
    assertThat(model.bodiesOf("icb")).hasSize(2);
    assertThat(model.functionsHeldBy("icb")).hasSize(1);
  }

  @Test
  void build_reportsEveryProblemAtOnceWithPaths() {
    IcsModel.Builder builder = base()
        // duplicate id: a body reusing the ICB's id
        .add(Body.builder().id("icb").name("Shadow board").kind(BodyKind.COMMITTEE).addOrganisations("icb").period(P).build())
        // dangling reference and a reference to the wrong kind of record
        .add(Delegation.builder().id("d").delegator("icb-board").delegate("nowhere").addFunctions("fn", "county")
            .instrument(DelegationInstrument.SCHEME_OF_DELEGATION).onwardDelegationAllowed(false).period(P).build())
        // a post on a body that does not exist
        .add(Post.builder().id("chair").body("ghost-board").title("Chair").role(PostRole.CHAIR).period(P).build());

    ModelValidationException e = catchThrowableOfType(ModelValidationException.class, builder::build);

    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "bodies[1].id: id 'icb' is already used by organisations[0]; ids must be unique across the model",
        "posts[0].body: 'ghost-board' should be a body, but there is no record with that id",
        "delegations[0].delegate: 'nowhere' should be an organisation, body or post, but there is no record with that id",
        "delegations[0].functions[1]: 'county' should be a function, but it is an organisation");
    assertThat(e).hasMessageStartingWith("4 problems in the model:");
  }

  @Test
  void build_committeeCycle_reportedWithEveryMember() {
    IcsModel.Builder builder = base()
        .add(Body.builder().id("a").name("A").kind(BodyKind.COMMITTEE).addOrganisations("icb").parent("b").period(P).build())
        .add(Body.builder().id("b").name("B").kind(BodyKind.COMMITTEE).addOrganisations("icb").parent("c").period(P).build())
        .add(Body.builder().id("c").name("C").kind(BodyKind.SUB_COMMITTEE).addOrganisations("icb").parent("a").period(P).build());

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
            .containsExactly("bodies[1].parent: 'a' is its own parent through a -> b -> c -> a"));
  }

  @Test
  void build_icbStructureMustDescribeAnIcbOrganisation() {
    IcsModel.Builder builder = base()
        .add(Icb.builder().id("county").area(Area.of("county")).period(P).build())
        .add(Icb.builder().id("missing").area(Area.of("county")).period(P).build());

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
            .containsExactly(
                "structures[0].id: organisation 'county' is never of kind integrated-care-board",
                "structures[1].id: 'missing' must be the id of an organisation of kind integrated-care-board, but there is no such record"));
  }

  @Test
  void build_structureReferencesAreCheckedByKind() {
    IcsModel.Builder builder = base()
        .add(Neighbourhood.builder().id("n").name("Riverside").place("icb-board").period(P).build())
        .add(Place.builder().id("place").name("Place").icb("icb").area(Area.of("county", "E06000001", "unknown-unit")).period(P).build());

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.problems()).extracting(Problem::path)
            .containsExactlyInAnyOrder("structures[0].place", "structures[1].area.units[2]"));
  }

  @Test
  void build_organisationPartOfCycle_reported() {
    IcsModel.Builder builder = IcsModel.builder()
        .add(Organisation.builder().id("x").name("X", P).kind(OrganisationKind.SUB_ICB_LOCATION, P).partOf("y").period(P).build())
        .add(Organisation.builder().id("y").name("Y", P).kind(OrganisationKind.SUB_ICB_LOCATION, P).partOf("x").period(P).build());

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.problems()).extracting(Problem::message)
            .containsExactly("'x' is part of itself through x -> y -> x"));
  }

  @Test
  void toBuilder_mergesAnotherModel() {
    IcsModel reference = IcsModel.builder()
        .add(Organisation.of("nhse", OrganisationKind.NHS_ENGLAND, "NHS England", P)).build();
    IcsModel merged = base().build().toBuilder().addAll(reference).build();

    assertThat(merged.organisations()).extracting(Organisation::id).containsExactly("icb", "county", "nhse");
  }

  @Test
  void equality_isByNameAndRecordsInOrder() {
    IcsModel a = base().name("Example").build();
    IcsModel b = base().name("Example").build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(base().name("Other").build());
    assertThat(a).isNotEqualTo(base().name("Example").add(Organisation.of("x", OrganisationKind.NHS_TRUST, "X", P)).build());
    assertThat(a).hasToString("IcsModel[Example, 4 records]");
  }

  @Test
  void lists_areUnmodifiable() {
    List<Organisation> organisations = base().build().organisations();

    assertThatThrownBy(() -> organisations.add(Organisation.of("x", OrganisationKind.NHS_TRUST, "X", P)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void impliedByStatute_isOnUnlessSwitchedOff_andAnyModelSwitchingItOffSwitchesOffAMerge() {
    IcsModel on = IcsModel.builder().build();
    IcsModel off = IcsModel.builder().impliedByStatute(false).build();

    assertThat(on.impliedByStatute()).isTrue();
    assertThat(off.impliedByStatute()).isFalse();
    assertThat(on).isNotEqualTo(off);
    assertThat(on.toBuilder().addAll(off).build().impliedByStatute()).isFalse();
  }

  @Test
  void recordedLinkMarkedImpliedByStatute_isRejectedWithItsPath() {
    DateRange p = DateRange.from(LocalDate.of(2022, 7, 1));
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class, () -> IcsModel.builder()
        .add(Organisation.of("nhse", OrganisationKind.NHS_ENGLAND, "NHS England", p))
        .add(Organisation.of("icb", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS Somewhere ICB", p))
        .add(org.integratedcare.core.accountability.AccountabilityLink.builder().id("l").giver("icb").holder("nhse")
            .direction(org.integratedcare.core.accountability.AccountabilityDirection.VERTICAL)
            .basis(org.integratedcare.core.accountability.AccountabilityBasis.STATUTE).period(p)
            .impliedByStatute(true).build())
        .build());

    assertThat(e.problems()).extracting(Problem::path).containsExactly("accountabilityLinks[0].impliedByStatute");
  }
}
