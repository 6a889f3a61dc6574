package org.integratedcare.metrics.structure;

import static org.assertj.core.api.Assertions.assertThat;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.organisation.Area;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.organisation.Sector;
import org.integratedcare.core.structure.HealthAndWellbeingBoard;
import org.integratedcare.core.structure.Icp;
import org.integratedcare.core.structure.Level;
import org.integratedcare.core.structure.Place;
import static org.integratedcare.metrics.Records.ENDED;
import static org.integratedcare.metrics.Records.ON;
import static org.integratedcare.metrics.Records.SINCE_2022;
import static org.integratedcare.metrics.Records.appointment;
import static org.integratedcare.metrics.Records.body;
import static org.integratedcare.metrics.Records.org;
import static org.integratedcare.metrics.Records.person;
import static org.integratedcare.metrics.Records.placeBody;
import static org.integratedcare.metrics.Records.post;

import org.junit.jupiter.api.Test;

/**
 * Inclusion of voluntary, independent and public voices in partnership forums (Niall Dickson, NHS
 * Confederation, in Healthcare Leader:
 * avoid a system that "only collaborates and engages with other statutory or public sector
 * bodies"). ICP membership per LGPIHA 2007 s.116ZA(2); HWB membership per HSCA 2012 s.194.
 */
class InclusionTest {

  static IcsModel model() {
    IcsModel.Builder b = IcsModel.builder()
        .add(org("icb", OrganisationKind.INTEGRATED_CARE_BOARD))
        .add(org("la1", OrganisationKind.UNITARY_AUTHORITY))
        .add(org("vcse", OrganisationKind.VCSE_ORGANISATION))
        .add(org("indep", OrganisationKind.INDEPENDENT_PROVIDER))
        .add(Icp.builder().id("icp").name("ICP").icb("icb").addResponsibleLocalAuthorities("la1").body("icpBody")
            .period(SINCE_2022).build())
        .add(HealthAndWellbeingBoard.builder().id("hwb").name("HWB").localAuthority("la1").period(SINCE_2022).build())
        .add(Place.builder().id("placeA").name("Place A").icb("icb").area(Area.of("la1")).partnershipBody("pb")
            .period(SINCE_2022).build())
        .add(body("icpBody", BodyKind.JOINT_COMMITTEE, Level.SYSTEM, "icb", "la1"))
        .add(placeBody("pb", "placeA", "icb", "la1"))
        .add(post("pIcb", "icpBody", PostRole.ICB_REPRESENTATIVE, true))
        .add(post("pLa", "icpBody", PostRole.LOCAL_AUTHORITY_APPOINTEE, true))
        .add(post("pVcse", "icpBody", PostRole.VCSE_REPRESENTATIVE, false))
        .add(post("pHw", "icpBody", PostRole.HEALTHWATCH_REPRESENTATIVE, false))
        .add(Post.builder().id("pMember").body("icpBody").title("Members").role(PostRole.MEMBER).seats(2)
            .period(SINCE_2022).build())
        .add(post("pObserver", "icpBody", PostRole.OBSERVER, false))
        .add(post("pOther", "icpBody", PostRole.MEMBER, true))
        .add(post("pIndep", "pb", PostRole.PROVIDER_REPRESENTATIVE, true));
    for (int i = 1; i <= 8; i++) {
      b.add(person("person" + i));
    }
    return b
        .add(appointment("aIcb", "pIcb", "person1", "icb"))
        .add(appointment("aLa", "pLa", "person2"))
        .add(appointment("aVcse", "pVcse", "person3", "vcse"))
        .add(appointment("aHw", "pHw", "person4"))
        .add(Appointment.builder().id("aMember").post("pMember").person("person5").appointedBy("icb")
            .period(SINCE_2022).build())
        .add(Appointment.builder().id("aMemberOld").post("pMember").person("person6").appointedBy("icb")
            .period(ENDED).build())
        .add(appointment("aOther", "pOther", "person7"))
        .add(appointment("aIndep", "pIndep", "person8", "indep"))
        .build();
  }

  @Test
  void icpForum_showsVotingAndSpeakingSectors_andTheMissingCategory() {
    Inclusion inc = Inclusion.of(model().on(ON));

    ForumInclusion icp = inc.forums().get(0);
    assertThat(icp.body()).isEqualTo("icpBody");
    assertThat(icp.kind()).isEqualTo(ForumKind.INTEGRATED_CARE_PARTNERSHIP);
    assertThat(icp.votingSectors()).containsExactly(Sector.NHS, Sector.LOCAL_GOVERNMENT);
    assertThat(icp.speakingOnlySectors()).containsExactly(Sector.VCSE, Sector.PUBLIC);
    assertThat(icp.missingCategories()).containsExactly(Sector.INDEPENDENT);
    assertThat(icp.seatsHeld()).isEqualTo(6);
    assertThat(icp.vacancies()).isEqualTo(2); // the second member seat and the observer seat
    assertThat(icp.unattributedSeats()).isEqualTo(1);
  }

  @Test
  void seatSector_comesFromNominators_thenRole_thenAppointer() {
    ForumInclusion icp = Inclusion.of(model().on(ON)).forums().get(0);

    assertThat(icp.seats()).extracting(Seat::appointment, Seat::basis).contains(
        org.assertj.core.groups.Tuple.tuple("aIcb", Seat.SectorBasis.NOMINATING_ORGANISATIONS),
        org.assertj.core.groups.Tuple.tuple("aLa", Seat.SectorBasis.POST_ROLE),
        org.assertj.core.groups.Tuple.tuple("aHw", Seat.SectorBasis.POST_ROLE),
        org.assertj.core.groups.Tuple.tuple("aMember", Seat.SectorBasis.APPOINTING_ORGANISATION),
        org.assertj.core.groups.Tuple.tuple("aOther", Seat.SectorBasis.UNATTRIBUTED));
  }

  @Test
  void overall_combinesForums_andListsStructuresWhoseMembershipCannotBeRead() {
    Inclusion inc = Inclusion.of(model().on(ON));

    assertThat(inc.forums()).extracting(ForumInclusion::kind)
        .containsExactly(ForumKind.INTEGRATED_CARE_PARTNERSHIP, ForumKind.PLACE_PARTNERSHIP);
    assertThat(inc.votingSectors()).containsExactly(Sector.NHS, Sector.LOCAL_GOVERNMENT, Sector.INDEPENDENT);
    assertThat(inc.speakingOnlySectors()).containsExactly(Sector.VCSE, Sector.PUBLIC);
    assertThat(inc.missingCategories()).isEmpty();
    assertThat(inc.forumsWithVotingSeat()).containsEntry(Sector.INDEPENDENT, 1).containsEntry(Sector.VCSE, 0);
    assertThat(inc.forumsWithAnySeat()).containsEntry(Sector.VCSE, 1);
    assertThat(inc.structuresWithoutBody()).containsExactly("hwb");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "HEALTHWATCH_REPRESENTATIVE, PUBLIC",
      "VCSE_REPRESENTATIVE, VCSE",
      "DIRECTOR_OF_PUBLIC_HEALTH, LOCAL_GOVERNMENT",
      "COUNCILLOR, LOCAL_GOVERNMENT",
      "PARTNER_MEMBER_LOCAL_AUTHORITIES, LOCAL_GOVERNMENT",
      "ICB_REPRESENTATIVE, NHS",
      "PARTNER_MEMBER_TRUSTS, NHS"})
  void roles_implyTheirSector(PostRole role, Sector sector) {
    assertThat(Inclusion.sectorOfRole(role)).hasValue(sector);
  }

  @Test
  void seatNominatedJointly_countsForEachNominatorsSector() {
    IcsModel m = IcsModel.builder()
        .add(org("icb", OrganisationKind.INTEGRATED_CARE_BOARD))
        .add(org("la1", OrganisationKind.UNITARY_AUTHORITY))
        .add(org("vcse", OrganisationKind.VCSE_ORGANISATION))
        .add(Place.builder().id("placeA").name("Place A").icb("icb").area(Area.of("la1")).partnershipBody("pb")
            .period(SINCE_2022).build())
        .add(placeBody("pb", "placeA", "icb", "la1"))
        .add(post("joint", "pb", PostRole.MEMBER, true))
        .add(person("p"))
        .add(appointment("a", "joint", "p", "la1", "vcse"))
        .build();

    ForumInclusion pb = Inclusion.of(m.on(ON)).forums().get(0);

    assertThat(pb.votingSectors()).containsExactly(Sector.LOCAL_GOVERNMENT, Sector.VCSE);
    assertThat(pb.missingCategories()).containsExactly(Sector.NHS, Sector.INDEPENDENT, Sector.PUBLIC);
  }

  @Test
  void rolesThatAnySectorMayHold_implyNone() {
    assertThat(Inclusion.sectorOfRole(PostRole.CHAIR)).isEmpty();
    assertThat(Inclusion.sectorOfRole(PostRole.PROVIDER_REPRESENTATIVE)).isEmpty();
  }
}
