package org.integratedcare.metrics;

import org.integratedcare.core.IcsModel;
import org.integratedcare.core.accountability.AccountabilityBasis;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.mechanism.Caucus;
import org.integratedcare.core.mechanism.CaucusGroup;
import org.integratedcare.core.mechanism.FormalDelegation;
import org.integratedcare.core.mechanism.JointCommittee;
import org.integratedcare.core.mechanism.MechanismKind;
import org.integratedcare.core.mechanism.SharedPrinciple;
import org.integratedcare.core.organisation.Area;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.CollaborativeOrientation;
import org.integratedcare.core.structure.CollaborativeType;
import org.integratedcare.core.structure.HealthAndWellbeingBoard;
import org.integratedcare.core.structure.Icb;
import org.integratedcare.core.structure.Icp;
import org.integratedcare.core.structure.IntegratedCareSystem;
import org.integratedcare.core.structure.Level;
import org.integratedcare.core.structure.Place;
import org.integratedcare.core.structure.PrimaryCareNetwork;
import org.integratedcare.core.structure.ProviderCollaborative;
import static org.integratedcare.metrics.Records.SINCE_2022;
import static org.integratedcare.metrics.Records.appointment;
import static org.integratedcare.metrics.Records.body;
import static org.integratedcare.metrics.Records.delegation;
import static org.integratedcare.metrics.Records.function;
import static org.integratedcare.metrics.Records.link;
import static org.integratedcare.metrics.Records.mou;
import static org.integratedcare.metrics.Records.org;
import static org.integratedcare.metrics.Records.person;
import static org.integratedcare.metrics.Records.post;
import static org.integratedcare.metrics.Records.vertical;


/**
 * A fictional but realistic system, Exampleshire, built through the core API: one ICB, two unitary
 * councils each with a place partnership and a health and wellbeing board, an ICP, an acute
 * foundation trust and a community trust in a provider collaborative, a primary care network, a
 * council for voluntary service, Healthwatch and an independent care-home provider.
 *
 * <p>It has the strengths and faults a reviewer would expect to find: community services and
 * north adult social care decided at place (a s.75 pooled arrangement in the north), mental health
 * commissioning decided both by a system committee and by the north place board (duplication), a
 * community trust answering vertically to both NHS England and the ICB (divided), a VCSE seat on
 * the south place board left vacant, and an independent provider with only a speaking seat.
 */
public final class ExampleshireModel {
  private ExampleshireModel() {}

  public static IcsModel build() {
    IcsModel.Builder b = IcsModel.builder().name("Exampleshire ICS")
        .add(org("nhse", OrganisationKind.NHS_ENGLAND))
        .add(org("sos", OrganisationKind.SECRETARY_OF_STATE))
        .add(org("parliament", OrganisationKind.PARLIAMENT))
        .add(org("icb", OrganisationKind.INTEGRATED_CARE_BOARD))
        .add(org("north-council", OrganisationKind.UNITARY_AUTHORITY))
        .add(org("south-council", OrganisationKind.UNITARY_AUTHORITY))
        .add(org("north-electorate", OrganisationKind.ELECTORATE))
        .add(org("south-electorate", OrganisationKind.ELECTORATE))
        .add(org("hospitals", OrganisationKind.NHS_FOUNDATION_TRUST))
        .add(org("community", OrganisationKind.NHS_TRUST))
        .add(org("cvs", OrganisationKind.VCSE_ORGANISATION))
        .add(org("healthwatch", OrganisationKind.HEALTHWATCH))
        .add(org("carehomes", OrganisationKind.INDEPENDENT_PROVIDER))
        .add(org("north-pcn", OrganisationKind.PRIMARY_CARE_NETWORK))
        .add(org("gp1", OrganisationKind.GP_PRACTICE))
        .add(org("gp2", OrganisationKind.GP_PRACTICE))
        .add(org("patients", OrganisationKind.PATIENTS_AND_COMMUNITIES))

        .add(Icb.builder().id("icb").area(Area.of("north-council", "south-council")).board("icb-board")
            .period(SINCE_2022).build())
        .add(Icp.builder().id("icp").name("Exampleshire ICP").icb("icb")
            .addResponsibleLocalAuthorities("north-council", "south-council").addOtherMembers("cvs", "healthwatch")
            .body("icp-body").period(SINCE_2022).build())
        .add(Place.builder().id("north").name("North Exampleshire").icb("icb").area(Area.of("north-council"))
            .partnershipBody("north-board").period(SINCE_2022).build())
        .add(Place.builder().id("south").name("South Exampleshire").icb("icb").area(Area.of("south-council"))
            .partnershipBody("south-board").period(SINCE_2022).build())
        .add(HealthAndWellbeingBoard.builder().id("north-hwb").name("North HWB").localAuthority("north-council")
            .addRelevantIcbs("icb").body("north-hwb-body").period(SINCE_2022).build())
        .add(HealthAndWellbeingBoard.builder().id("south-hwb").name("South HWB").localAuthority("south-council")
            .addRelevantIcbs("icb").body("south-hwb-body").period(SINCE_2022).build())
        .add(ProviderCollaborative.builder().id("collaborative").name("Exampleshire provider collaborative")
            .type(CollaborativeType.OTHER).orientation(CollaborativeOrientation.VERTICAL)
            .addMembers("hospitals", "community").mechanism("collaborative-mou").period(SINCE_2022).build())
        .add(PrimaryCareNetwork.builder().id("north-pcn").addMemberPractices("gp1", "gp2").period(SINCE_2022).build())
        .add(IntegratedCareSystem.builder().id("ics").name("Exampleshire ICS").icb("icb").icp("icp")
            .addPlaces("north", "south").addProviderCollaboratives("collaborative").period(SINCE_2022).build())

        .add(body("icb-board", BodyKind.UNITARY_BOARD, Level.SYSTEM, "icb"))
        .add(Body.builder().id("quality").name("Quality and mental health committee").kind(BodyKind.COMMITTEE)
            .parent("icb-board").addOrganisations("icb").period(SINCE_2022).build())
        .add(body("icp-body", BodyKind.JOINT_COMMITTEE, Level.SYSTEM, "icb", "north-council", "south-council"))
        .add(Body.builder().id("north-board").name("North place board").kind(BodyKind.JOINT_COMMITTEE)
            .place("north").level(Level.PLACE).addOrganisations("icb", "north-council").period(SINCE_2022).build())
        .add(Body.builder().id("south-board").name("South place board").kind(BodyKind.COMMITTEE)
            .place("south").parent("icb-board").addOrganisations("icb").period(SINCE_2022).build())
        .add(body("north-hwb-body", BodyKind.COMMITTEE, Level.PLACE, "north-council"))
        .add(body("south-hwb-body", BodyKind.COMMITTEE, Level.PLACE, "south-council"))

        // ICP: LGPIHA 2007 s.116ZA(2) members plus VCSE and Healthwatch
        .add(post("icp-icb", "icp-body", PostRole.ICB_REPRESENTATIVE, true))
        .add(post("icp-north", "icp-body", PostRole.LOCAL_AUTHORITY_APPOINTEE, true))
        .add(post("icp-south", "icp-body", PostRole.LOCAL_AUTHORITY_APPOINTEE, true))
        .add(post("icp-vcse", "icp-body", PostRole.VCSE_REPRESENTATIVE, true))
        .add(post("icp-hw", "icp-body", PostRole.HEALTHWATCH_REPRESENTATIVE, false))
        // North place board: a broad partnership
        .add(post("nb-icb", "north-board", PostRole.ICB_REPRESENTATIVE, true))
        .add(post("nb-dass", "north-board", PostRole.DIRECTOR_OF_ADULT_SOCIAL_SERVICES, true))
        .add(post("nb-hospitals", "north-board", PostRole.PROVIDER_REPRESENTATIVE, true))
        .add(post("nb-community", "north-board", PostRole.PROVIDER_REPRESENTATIVE, true))
        .add(post("nb-pcn", "north-board", PostRole.PROVIDER_REPRESENTATIVE, true))
        .add(post("nb-vcse", "north-board", PostRole.VCSE_REPRESENTATIVE, true))
        .add(post("nb-carehomes", "north-board", PostRole.PROVIDER_REPRESENTATIVE, false))
        // South place board: an ICB committee with a vacant VCSE seat
        .add(post("sb-icb", "south-board", PostRole.ICB_REPRESENTATIVE, true))
        .add(post("sb-cllr", "south-board", PostRole.COUNCILLOR, true))
        .add(post("sb-vcse", "south-board", PostRole.VCSE_REPRESENTATIVE, true))
        // Health and wellbeing boards: HSCA 2012 s.194(2)
        .add(post("nh-cllr", "north-hwb-body", PostRole.COUNCILLOR, true))
        .add(post("nh-dph", "north-hwb-body", PostRole.DIRECTOR_OF_PUBLIC_HEALTH, true))
        .add(post("nh-hw", "north-hwb-body", PostRole.HEALTHWATCH_REPRESENTATIVE, true))
        .add(post("nh-icb", "north-hwb-body", PostRole.ICB_REPRESENTATIVE, true))
        .add(post("sh-cllr", "south-hwb-body", PostRole.COUNCILLOR, true))
        .add(post("sh-hw", "south-hwb-body", PostRole.HEALTHWATCH_REPRESENTATIVE, true))
        .add(post("sh-icb", "south-hwb-body", PostRole.ICB_REPRESENTATIVE, true));
    String[][] seats = {
        {"icp-icb", "icb"}, {"icp-north", "north-council"}, {"icp-south", "south-council"}, {"icp-vcse", "cvs"},
        {"icp-hw", "healthwatch"}, {"nb-icb", "icb"}, {"nb-dass", "north-council"}, {"nb-hospitals", "hospitals"},
        {"nb-community", "community"}, {"nb-pcn", "north-pcn"}, {"nb-vcse", "cvs"}, {"nb-carehomes", "carehomes"},
        {"sb-icb", "icb"}, {"sb-cllr", "south-council"}, {"nh-cllr", "north-council"}, {"nh-dph", "north-council"},
        {"nh-hw", "healthwatch"}, {"nh-icb", "icb"}, {"sh-cllr", "south-council"}, {"sh-hw", "healthwatch"},
        {"sh-icb", "icb"}};
    for (String[] s : seats) {
      b.add(person("p-" + s[0])).add(appointment("a-" + s[0], s[0], "p-" + s[0], s[1]));
    }
    return b
        .add(function("primary-medical", "nhse"))
        .add(function("community-services", "icb"))
        .add(function("urgent-care", "icb"))
        .add(function("mental-health", "icb"))
        .add(function("adult-social-care-north", "north-council"))
        .add(function("adult-social-care-south", "south-council"))
        .add(function("acute-services", "hospitals"))
        .add(function("community-provision", "community"))
        .add(delegation("d-primary", "nhse", "icb", DelegationInstrument.S65Z5_DELEGATION, SINCE_2022, "primary-medical"))
        .add(delegation("d-sord", "icb", "icb-board", "community-services", "urgent-care", "mental-health"))
        .add(delegation("d-north", "icb-board", "north-board", DelegationInstrument.S65Z5_JOINT_EXERCISE, SINCE_2022,
            "community-services", "mental-health"))
        .add(delegation("d-south", "icb-board", "south-board", "community-services"))
        .add(delegation("d-quality", "icb-board", "quality", "mental-health"))
        .add(delegation("d-s75", "north-council", "north-board", DelegationInstrument.S75_PARTNERSHIP, SINCE_2022,
            "adult-social-care-north"))
        .add(vertical("l-icb", "icb", "nhse"))
        .add(vertical("l-nhse", "nhse", "sos"))
        .add(vertical("l-sos", "sos", "parliament"))
        .add(vertical("l-north", "north-council", "north-electorate"))
        .add(vertical("l-south", "south-council", "south-electorate"))
        .add(vertical("l-hospitals", "hospitals", "nhse"))
        .add(vertical("l-community-nhse", "community", "nhse"))
        .add(vertical("l-community-icb", "community", "icb"))
        .add(link("l-board", "icb-board", "icb", AccountabilityDirection.VERTICAL, AccountabilityBasis.DELEGATION))
        .add(link("l-nb-icb", "north-board", "icb-board", AccountabilityDirection.VERTICAL, AccountabilityBasis.DELEGATION))
        .add(link("l-nb-council", "north-board", "north-council", AccountabilityDirection.VERTICAL,
            AccountabilityBasis.DELEGATION))
        .add(link("l-quality", "quality", "icb-board", AccountabilityDirection.VERTICAL, AccountabilityBasis.DELEGATION))
        .add(link("l-patients", "icb", "patients", AccountabilityDirection.BOTTOM_UP, AccountabilityBasis.STATUTE))
        .add(link("l-icp", "icb", "north-council", AccountabilityDirection.LATERAL, AccountabilityBasis.AGREEMENT))
        .add(FormalDelegation.builder().id("primary-care-delegation").name("Primary care delegation")
            .addParties("nhse", "icb").addDelegations("d-primary").period(SINCE_2022).build())
        .add(JointCommittee.builder().id("icp-jc").name("ICP joint committee").body("icp-body")
            .addParties("icb", "north-council", "south-council").period(SINCE_2022).build())
        .add(mou("collaborative-mou", "hospitals", "community"))
        .add(SharedPrinciple.builder().id("values").name("Exampleshire compact").kind(MechanismKind.JOINT_VALUES_AND_INTENT)
            .statement("We act for the health of every resident, together")
            .addParties("icb", "north-council", "south-council", "hospitals", "community", "cvs")
            .period(SINCE_2022).build())
        .add(Caucus.builder().id("ned-network").name("Non-executive network").group(CaucusGroup.NON_EXECUTIVES)
            .addParties("icb", "hospitals").period(SINCE_2022).build())
        .build();
  }
}
