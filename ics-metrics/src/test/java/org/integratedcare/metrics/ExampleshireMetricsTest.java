package org.integratedcare.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.integratedcare.core.organisation.Sector;
import org.integratedcare.metrics.maturity.Evidence;
import org.integratedcare.metrics.maturity.MaturityAssessment;
import org.integratedcare.metrics.maturity.MaturityFramework;
import org.integratedcare.metrics.maturity.ModelEvidence;
import org.integratedcare.metrics.structure.ForumInclusion;
import org.integratedcare.metrics.structure.FunctionAccountability;
import org.integratedcare.metrics.structure.StructuralMeasures;
import org.junit.jupiter.api.Test;

/**
 * The measures of the Exampleshire model read as a reviewer would expect: see {@link
 * ExampleshireModel} for the strengths and faults built into it.
 */
class ExampleshireMetricsTest {
  private final StructuralMeasures s = StructuralMeasures.of(ExampleshireModel.build(), Records.ON);

  @Test
  void subsidiarity_placeDecidesCommunityServicesAndNorthSocialCare() {
    // 8 functions; 3 are kept by a council or trust whose level the model does not fix;
    // of the other 5, community services, mental health (in part) and north adult social care are local
    assertThat(s.subsidiarity().functionsInForce()).isEqualTo(8);
    assertThat(s.subsidiarity().functionsWithKnownLevel()).isEqualTo(5);
    assertThat(s.subsidiarity().exercisedLocally()).isEqualTo(3);
    assertThat(s.subsidiarity().whollyLocal()).isEqualTo(2);
    assertThat(s.subsidiarity().share().getAsDouble()).isCloseTo(0.6, within(1e-12));
  }

  @Test
  void inclusion_icpHasAVotingVcseSeat_butNoIndependentVoice_andSouthPlaceLeftItsVcseSeatVacant() {
    ForumInclusion icp = forum("icp-body");
    ForumInclusion south = forum("south-board");
    ForumInclusion north = forum("north-board");

    assertThat(icp.votingSectors()).contains(Sector.VCSE);
    assertThat(icp.missingCategories()).containsExactly(Sector.INDEPENDENT);
    assertThat(north.speakingOnlySectors()).containsExactly(Sector.INDEPENDENT);
    assertThat(south.vacancies()).isEqualTo(1);
    assertThat(south.missingCategories()).contains(Sector.VCSE);
    assertThat(s.inclusion().missingCategories()).isEmpty();
    assertThat(s.inclusion().speakingOnlySectors()).containsExactly(Sector.INDEPENDENT);
  }

  @Test
  void accountability_icbFunctionsReachParliamentInThree_andTheCommunityTrustIsDivided() {
    assertThat(s.accountability().divided()).isEqualTo(1);
    assertThat(s.accountability().unanswered()).isZero();
    assertThat(s.accountability().functions()).filteredOn(f -> f.holder().equals("icb"))
        .allSatisfy(f -> assertThat(f.chainLength()).hasValue(3));
    assertThat(s.accountability().functions()).filteredOn(f -> f.status() == FunctionAccountability.Status.DIVIDED)
        .extracting(FunctionAccountability::function).containsExactly("community-provision");
    // the south place committee has no report-back duty or link for community services
    assertThat(s.accountability().functions()).flatExtracting(FunctionAccountability::unreportedDelegations)
        .containsExactly("d-south");
  }

  @Test
  void duplication_mentalHealthIsDecidedBothAtSystemAndInNorthPlace() {
    assertThat(s.duplication().duplicated()).singleElement().satisfies(d -> {
      assertThat(d.function()).isEqualTo("mental-health");
      assertThat(d.bodies()).containsExactlyInAnyOrder("north-board", "quality");
      assertThat(d.sharedUnits()).containsExactly("north-council");
    });
  }

  @Test
  void network_showsThePcnAsGatewayForItsPractices_andTheIcbAsTheSystemBroker() {
    assertThat(s.mechanisms().formal()).isEqualTo(3);
    assertThat(s.mechanisms().informal()).isEqualTo(2);
    assertThat(s.network().components()).isEqualTo(1); // practices connect through their PCN's place seat
    // the practices reach the rest of the system only through their PCN's seat on the north board
    assertThat(s.network().brokers()).startsWith("north-pcn", "icb");
    assertThat(s.network().of("icb").partners()).isEqualTo(s.network().organisations() - 3); // all but itself and 2 practices
    assertThat(s.network().of("healthwatch").betweenness()).isZero();
  }

  @Test
  void modelEvidence_fromTheBuiltInRules_ratesSharedPurposeDeveloping() {
    MaturityFramework kf = MaturityFramework.kingsFundProgressThemes();
    List<Evidence> fromModel = ModelEvidence.derive(ExampleshireModel.build().on(Records.ON), kf);

    assertThat(fromModel).extracting(Evidence::theme).contains("shared-purpose", "system-leadership",
        "scaling-and-spreading-success", "using-resources-effectively", "managing-complexity");
    assertThat(fromModel).allMatch(e -> e.origin() == Evidence.Origin.MODEL);
    MaturityAssessment a = MaturityAssessment.assess(kf, ExampleshireModel.build().on(Records.ON), List.of(
        Evidence.of("shared-purpose", "maturing", 3, "Peer review 2026", "Partners cite the compact in decisions")));
    assertThat(a.theme("shared-purpose").stage()).hasValue("maturing"); // 3 parts maturing to 1 developing
    assertThat(a.theme("system-focused-behaviours").isRated()).isFalse(); // no information sharing recorded
  }

  @Test
  void beforeTheStatutoryIcbsExisted_nothingIsInForce() {
    // everything in the example starts on 1 July 2022 (NHS Act 2006 Part 2 Chapter A3 commenced)
    StructuralMeasures before = StructuralMeasures.of(ExampleshireModel.build(), java.time.LocalDate.of(2022, 6, 30));

    assertThat(before.subsidiarity().functionsInForce()).isZero();
    assertThat(before.inclusion().forums()).isEmpty();
    assertThat(before.network().organisations()).isZero();
    assertThat(before.mechanisms().informalShare()).isEmpty();
  }

  private ForumInclusion forum(String body) {
    return s.inclusion().forums().stream().filter(f -> f.body().equals(body)).findFirst().orElseThrow();
  }
}
