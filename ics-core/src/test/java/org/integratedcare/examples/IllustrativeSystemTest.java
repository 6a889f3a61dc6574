package org.integratedcare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.Source;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.core.accountability.AccountabilityBasis;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.ConflictType;
import org.integratedcare.core.body.DecisionRule;
import org.integratedcare.core.body.Declaration;
import org.integratedcare.core.body.Designation;
import org.integratedcare.core.body.Person;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.body.Quorum;
import org.integratedcare.core.body.TermsOfReference;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.mechanism.Caucus;
import org.integratedcare.core.mechanism.CaucusGroup;
import org.integratedcare.core.mechanism.CommitteesInCommon;
import org.integratedcare.core.mechanism.ContractType;
import org.integratedcare.core.mechanism.ContractualArrangement;
import org.integratedcare.core.mechanism.JointCommittee;
import org.integratedcare.core.mechanism.MechanismKind;
import org.integratedcare.core.mechanism.MemorandumOfUnderstanding;
import org.integratedcare.core.mechanism.SharedPrinciple;
import org.integratedcare.core.meeting.AgendaItem;
import org.integratedcare.core.meeting.Attendance;
import org.integratedcare.core.meeting.AttendanceKind;
import org.integratedcare.core.meeting.ConflictManagement;
import org.integratedcare.core.meeting.Decision;
import org.integratedcare.core.meeting.DecisionOutcome;
import org.integratedcare.core.meeting.ItemDeclaration;
import org.integratedcare.core.meeting.Meeting;
import org.integratedcare.core.meeting.Vote;
import org.integratedcare.core.meeting.VoteChoice;
import org.integratedcare.core.organisation.Area;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.CollaborativeOrientation;
import org.integratedcare.core.structure.CollaborativeType;
import org.integratedcare.core.structure.HealthAndWellbeingBoard;
import org.integratedcare.core.structure.Icb;
import org.integratedcare.core.structure.Icp;
import org.integratedcare.core.structure.IntegratedCareSystem;
import org.integratedcare.core.structure.Level;
import org.integratedcare.core.structure.Neighbourhood;
import org.integratedcare.core.structure.Place;
import org.integratedcare.core.structure.PrimaryCareNetwork;
import org.integratedcare.core.structure.ProviderCollaborative;
import org.integratedcare.core.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * Builds a whole, clearly fictional integrated care system through the public API, as
 * documentation of how the model's pieces fit together. It lives outside the library's package so
 * that it can use nothing but the public API.
 *
 * <p>Exampleshire: one ICB with a Schedule 1B board, its ICP, two health and wellbeing boards (a
 * county and a unitary city), three places, a neighbourhood served by one PCN, an acute provider
 * collaborative governed by a joint committee, mechanisms of both families, delegations,
 * accountability links up to Parliament and the electorate, and a board meeting with a decision.
 */
class IllustrativeSystemTest {
  static final LocalDate ESTABLISHED = LocalDate.of(2022, 7, 1);
  static final DateRange SINCE_2022 = DateRange.from(ESTABLISHED);

  static IcsModel exampleshire() {
    IcsModel.Builder model = IcsModel.builder().name("Exampleshire integrated care system (illustrative)");

    // National accountability termini and bodies.
    model.add(Organisation.of("parliament", OrganisationKind.PARLIAMENT, "Parliament", DateRange.from(LocalDate.of(1800, 1, 1))));
    model.add(Organisation.of("dhsc", OrganisationKind.SECRETARY_OF_STATE, "Secretary of State for Health and Social Care", DateRange.from(LocalDate.of(2018, 1, 9))));
    model.add(Organisation.builder().id("nhse").name("NHS England", DateRange.from(LocalDate.of(2013, 4, 1)))
        .kind(OrganisationKind.NHS_ENGLAND, DateRange.from(LocalDate.of(2013, 4, 1)))
        .period(DateRange.from(LocalDate.of(2013, 4, 1))).build());
    model.add(Organisation.builder().id("nhse-midlands").name("NHS England Midlands", SINCE_2022)
        .kind(OrganisationKind.NHS_ENGLAND_REGION, SINCE_2022).odsCode("Y60", SINCE_2022).gssCode("E40000011", SINCE_2022)
        .partOf("nhse").period(SINCE_2022).build());

    // The ICB: an organisation with dated name and codes, and its statutory structure.
    model.add(Organisation.builder().id("icb").period(SINCE_2022)
        .name("NHS Exampleshire Integrated Care Board", SINCE_2022)
        .kind(OrganisationKind.INTEGRATED_CARE_BOARD, SINCE_2022)
        .addSources(Source.builder().document("Exampleshire ICB constitution").clause("1.1").status(SourceStatus.IN_FORCE).build())
        .build());
    model.add(Organisation.of("county", OrganisationKind.UPPER_TIER_LOCAL_AUTHORITY, "Exampleshire County Council", DateRange.from(LocalDate.of(1974, 4, 1))));
    model.add(Organisation.of("city", OrganisationKind.UNITARY_AUTHORITY, "Example City Council", DateRange.from(LocalDate.of(1998, 4, 1))));
    model.add(Organisation.of("electorate-county", OrganisationKind.ELECTORATE, "Electorate of Exampleshire", DateRange.from(LocalDate.of(1974, 4, 1))));
    model.add(Organisation.of("electorate-city", OrganisationKind.ELECTORATE, "Electorate of Example City", DateRange.from(LocalDate.of(1998, 4, 1))));
    model.add(Icb.builder().id("icb").region("nhse-midlands").board("icb-board")
        .area(Area.builder().addUnits("county", "city").population(1_100_000).build())
        .period(SINCE_2022).build());

    // Providers.
    model.add(Organisation.of("acute-ft", OrganisationKind.NHS_FOUNDATION_TRUST, "Exampleshire Hospitals NHS Foundation Trust", DateRange.from(LocalDate.of(2005, 4, 1))));
    model.add(Organisation.of("city-trust", OrganisationKind.NHS_TRUST, "Example City Hospitals NHS Trust", DateRange.from(LocalDate.of(1994, 4, 1))));
    model.add(Organisation.of("mh-ft", OrganisationKind.NHS_FOUNDATION_TRUST, "Exampleshire Mental Health NHS Foundation Trust", DateRange.from(LocalDate.of(2008, 4, 1))));
    model.add(Organisation.of("practice-a", OrganisationKind.GP_PRACTICE, "Riverside Surgery", DateRange.from(LocalDate.of(1990, 1, 1))));
    model.add(Organisation.of("practice-b", OrganisationKind.GP_PRACTICE, "Hillview Medical Centre", DateRange.from(LocalDate.of(1995, 1, 1))));
    model.add(Organisation.of("pcn-river", OrganisationKind.PRIMARY_CARE_NETWORK, "Riverside PCN", DateRange.from(LocalDate.of(2019, 7, 1))));
    model.add(Organisation.of("vcse-alliance", OrganisationKind.VCSE_ORGANISATION, "Exampleshire Voluntary Action", DateRange.from(LocalDate.of(2001, 1, 1))));
    model.add(Organisation.of("healthwatch", OrganisationKind.HEALTHWATCH, "Healthwatch Exampleshire", DateRange.from(LocalDate.of(2013, 4, 1))));
    model.add(PrimaryCareNetwork.builder().id("pcn-river").addMemberPractices("practice-a", "practice-b")
        .nominatedPayee("practice-a").clinicalDirector("dr-shah").period(DateRange.from(LocalDate.of(2019, 7, 1))).build());

    // The Schedule 1B unitary board: posts exist whether or not they are filled.
    model.add(Body.builder().id("icb-board").name("ICB Board").kind(BodyKind.UNITARY_BOARD)
        .addOrganisations("icb").level(Level.SYSTEM).period(SINCE_2022)
        .termsOfReference(TermsOfReference.builder().quorum(Quorum.builder().minimumVotingMembers(6).addRequiredPosts("icb-chair").build())
            .decisionRule(DecisionRule.SIMPLE_MAJORITY).addProgrammes("system strategy and the joint forward plan").build())
        .build());
    post(model, "icb-chair", "icb-board", "Chair", PostRole.CHAIR);
    post(model, "icb-ceo", "icb-board", "Chief Executive", PostRole.CHIEF_EXECUTIVE);
    post(model, "icb-pm-trusts", "icb-board", "Partner member (NHS trusts and foundation trusts)", PostRole.PARTNER_MEMBER_TRUSTS);
    post(model, "icb-pm-primary", "icb-board", "Partner member (primary medical services)", PostRole.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES);
    post(model, "icb-pm-la", "icb-board", "Partner member (local authorities)", PostRole.PARTNER_MEMBER_LOCAL_AUTHORITIES);
    post(model, "icb-dof", "icb-board", "Director of Finance", PostRole.DIRECTOR_OF_FINANCE);
    post(model, "icb-md", "icb-board", "Medical Director", PostRole.MEDICAL_DIRECTOR);
    post(model, "icb-don", "icb-board", "Director of Nursing", PostRole.DIRECTOR_OF_NURSING);
    model.add(Post.builder().id("icb-ned").body("icb-board").title("Non-executive member").role(PostRole.NON_EXECUTIVE).seats(2).period(SINCE_2022).build());

    // People and their appointments: appointing, nominating and approving organisations per Sch 1B.
    model.add(Person.builder().id("ms-okafor").name("Adaeze Okafor").build());
    model.add(Person.builder().id("mr-hughes").name("Gareth Hughes").employment("icb", SINCE_2022).build());
    model.add(Person.builder().id("dr-shah").name("Dr Priya Shah").employment("practice-a", DateRange.from(LocalDate.of(2010, 1, 1)))
        .addDeclarations(Declaration.builder().description("GP partner at Riverside Surgery").conflict(ConflictType.ACTUAL)
            .organisation("practice-a").period(DateRange.from(LocalDate.of(2010, 1, 1))).build())
        .build());
    model.add(Person.builder().id("ms-clarke").name("Joanne Clarke").employment("acute-ft", DateRange.from(LocalDate.of(2015, 1, 1))).build());
    model.add(Person.builder().id("cllr-ahmed").name("Cllr Yusuf Ahmed").build());
    model.add(Person.builder().id("ms-evans").name("Sian Evans").build());
    model.add(Appointment.builder().id("appt-chair").post("icb-chair").person("ms-okafor")
        .appointedBy("nhse").approvedBy("dhsc").termEnds(LocalDate.of(2026, 6, 30)).period(SINCE_2022).build());
    model.add(Appointment.builder().id("appt-ceo").post("icb-ceo").person("mr-hughes").appointedBy("icb").approvedBy("nhse").period(SINCE_2022).build());
    model.add(Appointment.builder().id("appt-pm-primary").post("icb-pm-primary").person("dr-shah").appointedBy("icb")
        .addNominatedBy("practice-a", "practice-b").period(SINCE_2022).build());
    model.add(Appointment.builder().id("appt-pm-trusts").post("icb-pm-trusts").person("ms-clarke").appointedBy("icb")
        .addNominatedBy("acute-ft", "city-trust", "mh-ft").period(SINCE_2022).build());
    model.add(Appointment.builder().id("appt-pm-la").post("icb-pm-la").person("cllr-ahmed").appointedBy("icb")
        .addNominatedBy("county", "city").period(SINCE_2022).build());
    model.add(Appointment.builder().id("appt-ned").post("icb-ned").person("ms-evans").appointedBy("icb")
        .addDesignations(Designation.MENTAL_HEALTH_EXPERTISE, Designation.AUDIT_CHAIR).period(SINCE_2022).build());

    // The ICP: a joint committee of the ICB and each responsible local authority (LGPIHA 2007 s.116ZA).
    model.add(Body.builder().id("icp-committee").name("Exampleshire Integrated Care Partnership").kind(BodyKind.JOINT_COMMITTEE)
        .addOrganisations("icb", "county", "city").level(Level.SYSTEM).period(SINCE_2022)
        .termsOfReference(TermsOfReference.builder().addProgrammes("integrated care strategy").decisionRule(DecisionRule.CONSENSUS).build())
        .build());
    model.add(Icp.builder().id("icp").name("Exampleshire Integrated Care Partnership").icb("icb")
        .addResponsibleLocalAuthorities("county", "city").addOtherMembers("vcse-alliance", "healthwatch").body("icp-committee").period(SINCE_2022).build());

    // Two health and wellbeing boards: committees of the county and of the city (HSCA 2012 s.194).
    model.add(Body.builder().id("hwb-county-board").name("Exampleshire Health and Wellbeing Board").kind(BodyKind.COMMITTEE)
        .addOrganisations("county").level(Level.PLACE).period(DateRange.from(LocalDate.of(2013, 4, 1))).build());
    model.add(Body.builder().id("hwb-city-board").name("Example City Health and Wellbeing Board").kind(BodyKind.COMMITTEE)
        .addOrganisations("city").level(Level.PLACE).period(DateRange.from(LocalDate.of(2013, 4, 1))).build());
    model.add(HealthAndWellbeingBoard.builder().id("hwb-county").name("Exampleshire Health and Wellbeing Board").localAuthority("county")
        .addRelevantIcbs("icb").body("hwb-county-board").period(DateRange.from(LocalDate.of(2013, 4, 1))).build());
    model.add(HealthAndWellbeingBoard.builder().id("hwb-city").name("Example City Health and Wellbeing Board").localAuthority("city")
        .addRelevantIcbs("icb").body("hwb-city-board").period(DateRange.from(LocalDate.of(2013, 4, 1))).build());

    // Functions: held by law by the ICB and by NHS England.
    model.add(StatutoryFunction.builder().id("fn-community-commissioning").name("Commissioning of community health services").holder("icb").period(SINCE_2022).build());
    model.add(StatutoryFunction.builder().id("fn-primary-medical").name("Commissioning of primary medical services").holder("nhse").period(SINCE_2022).build());
    model.add(StatutoryFunction.builder().id("fn-icb-assessment").name("Annual performance assessment of ICBs").holder("nhse")
        .basis("NHS Act 2006 s.14Z59").delegable(false).period(SINCE_2022).build());

    // Three places, each with a committee of the ICB board holding delegated functions.
    for (String p : new String[] {"north", "south", "city"}) {
      String unit = p.equals("city") ? "city" : "county";
      model.add(Body.builder().id("place-" + p + "-committee").name("Exampleshire " + p + " place committee").kind(BodyKind.COMMITTEE)
          .addOrganisations("icb").parent("icb-board").level(Level.PLACE).place("place-" + p).period(SINCE_2022)
          .termsOfReference(TermsOfReference.builder().addFunctions("fn-community-commissioning").quorum(Quorum.of(3)).build())
          .build());
      model.add(Place.builder().id("place-" + p).name("Exampleshire " + p).icb("icb")
          .area(p.equals("city") ? Area.of(unit) : Area.builder().addPartialUnits(unit).build())
          .partnershipBody("place-" + p + "-committee").period(SINCE_2022).build());
      model.add(Delegation.builder().id("sord-" + p).delegator("icb-board").delegate("place-" + p + "-committee")
          .addFunctions("fn-community-commissioning").instrument(DelegationInstrument.SCHEME_OF_DELEGATION).clause("SoRD 4." + p.length())
          .financialLimit(new BigDecimal("5000000")).onwardDelegationAllowed(false).reportsTo("icb-board").period(SINCE_2022).build());
    }
    model.add(Neighbourhood.builder().id("nbh-riverside").name("Riverside").place("place-north").addPrimaryCareNetworks("pcn-river")
        .population(42_000).period(DateRange.from(LocalDate.of(2025, 7, 9))).build());

    // NHS England delegates primary medical services to the ICB under s.65Z5 (NHS England's primary care
    // delegation page, https://www.england.nhs.uk/commissioning/primary-care/primary-care-comm/delegation-of-primary-medical-pharmaceutical-ophthalmic-and-dental-functions).
    model.add(Delegation.builder().id("nhse-pms").delegator("nhse").delegate("icb").addFunctions("fn-primary-medical")
        .instrument(DelegationInstrument.S65Z5_DELEGATION).onwardDelegationAllowed(true).period(SINCE_2022)
        .addSources(Source.builder().document("NHS England, delegation of primary medical services").status(SourceStatus.IN_FORCE).build())
        .build());

    // An acute collaborative deciding through a joint committee; each trust makes its function joint.
    model.add(StatutoryFunction.builder().id("fn-elective-recovery").name("Elective recovery planning").holder("acute-ft").period(SINCE_2022).build());
    model.add(Body.builder().id("acute-jc").name("Exampleshire Acute Collaborative Joint Committee").kind(BodyKind.JOINT_COMMITTEE)
        .addOrganisations("acute-ft", "city-trust").level(Level.SYSTEM).period(DateRange.from(LocalDate.of(2023, 4, 1))).build());
    model.add(Delegation.builder().id("acute-ft-joint").delegator("acute-ft").delegate("acute-jc").addFunctions("fn-elective-recovery")
        .instrument(DelegationInstrument.S65Z5_JOINT_EXERCISE).onwardDelegationAllowed(false).period(DateRange.from(LocalDate.of(2023, 4, 1))).build());
    model.add(JointCommittee.builder().id("mech-acute-jc").name("Acute collaborative joint committee").body("acute-jc")
        .addParties("acute-ft", "city-trust").legalBasis("NHS Act 2006 s.65Z5 and s.65Z6").period(DateRange.from(LocalDate.of(2023, 4, 1))).build());
    model.add(ProviderCollaborative.builder().id("collab-acute").name("Exampleshire Acute Collaborative").type(CollaborativeType.ACUTE)
        .orientation(CollaborativeOrientation.HORIZONTAL).addMembers("acute-ft", "city-trust").mechanism("mech-acute-jc")
        .period(DateRange.from(LocalDate.of(2023, 4, 1))).build());

    // A lead-provider contract for mental health: delivery, not commissioning, passes.
    model.add(ContractualArrangement.builder().id("mech-mh-lead").name("Mental health lead-provider contract").contractType(ContractType.LEAD_PROVIDER)
        .addCommissioners("icb").addProviders("mh-ft").leadProvider("mh-ft").addParties("icb", "mh-ft").period(SINCE_2022).build());

    // Informal mechanisms: the foundations Allanson (GGI, "Whose system is it anyway?", 2020) says committees
    // alone cannot replace.
    model.add(SharedPrinciple.builder().id("mech-values").kind(MechanismKind.JOINT_VALUES_AND_INTENT).name("Exampleshire partnership compact")
        .statement("We put residents before organisations and decide together what we can only do together.")
        .addParties("icb", "county", "city", "acute-ft", "mh-ft", "vcse-alliance").period(SINCE_2022).build());
    model.add(SharedPrinciple.builder().id("mech-subsidiarity").kind(MechanismKind.SUBSIDIARITY).name("Decisions close to communities")
        .statement("Decisions are taken at place unless there is a clear benefit in taking them at system level.")
        .addParties("icb", "county", "city").period(SINCE_2022).build());
    model.add(Caucus.builder().id("mech-ned-network").name("Exampleshire non-executive network").group(CaucusGroup.NON_EXECUTIVES)
        .addParties("icb", "acute-ft", "mh-ft").addParticipants("ms-evans").period(SINCE_2022).build());
    model.add(MemorandumOfUnderstanding.builder().id("mech-mou").name("Memorandum of understanding on population health")
        .addParties("icb", "county", "city").purpose("Shared intent on population health management").period(SINCE_2022).build());
    model.add(CommitteesInCommon.builder().id("mech-cic").name("Place committees in common").addCommittees("place-north-committee", "place-south-committee")
        .addParties("icb").period(SINCE_2022).build());

    // Accountability: vertical to Parliament and the electorate, lateral and bottom-up beside it.
    link(model, "l-icb-nhse", "icb", "nhse", AccountabilityDirection.VERTICAL, AccountabilityBasis.STATUTE, "NHS Act 2006 s.14Z59");
    link(model, "l-nhse-sos", "nhse", "dhsc", AccountabilityDirection.VERTICAL, AccountabilityBasis.STATUTE, "NHS Act 2006 s.13A");
    link(model, "l-sos-parliament", "dhsc", "parliament", AccountabilityDirection.VERTICAL, AccountabilityBasis.STATUTE, null);
    link(model, "l-county-voters", "county", "electorate-county", AccountabilityDirection.VERTICAL, AccountabilityBasis.ELECTION, null);
    link(model, "l-city-voters", "city", "electorate-city", AccountabilityDirection.VERTICAL, AccountabilityBasis.ELECTION, null);
    link(model, "l-place-board", "place-north-committee", "icb-board", AccountabilityDirection.VERTICAL, AccountabilityBasis.DELEGATION, "SoRD 4.5");
    link(model, "l-icb-county", "icb", "county", AccountabilityDirection.LATERAL, AccountabilityBasis.AGREEMENT, null);
    link(model, "l-icb-healthwatch", "icb", "healthwatch", AccountabilityDirection.BOTTOM_UP, AccountabilityBasis.STATUTE, "LGPIHA 2007 s.116ZB");

    // A board meeting: a quorate meeting, a declared interest managed, and a decision carried.
    model.add(Meeting.builder().id("board-2025-05").body("icb-board").date(LocalDate.of(2025, 5, 14))
        .addAttendance(Attendance.of("ms-okafor", AttendanceKind.PRESENT), Attendance.of("mr-hughes", AttendanceKind.PRESENT),
            Attendance.of("dr-shah", AttendanceKind.PRESENT), Attendance.of("ms-clarke", AttendanceKind.VIRTUAL),
            Attendance.of("cllr-ahmed", AttendanceKind.PRESENT), Attendance.of("ms-evans", AttendanceKind.PRESENT))
        .addItems(AgendaItem.builder().number("7").title("Community services contract award")
            .addDeclarations(ItemDeclaration.builder().person("ms-clarke").conflict(ConflictType.ACTUAL)
                .description("Executive of the bidding trust").management(ConflictManagement.WITHDREW).build())
            .decision(Decision.builder().motion("Award the community services contract").function("fn-community-commissioning")
                .addBinds("icb").amount(new BigDecimal("3200000"))
                .addVotes(Vote.of("ms-okafor", VoteChoice.FOR), Vote.of("mr-hughes", VoteChoice.FOR), Vote.of("dr-shah", VoteChoice.FOR),
                    Vote.of("cllr-ahmed", VoteChoice.FOR), Vote.of("ms-evans", VoteChoice.ABSTAIN))
                .outcome(DecisionOutcome.CARRIED).build())
            .build())
        .build());

    model.add(IntegratedCareSystem.builder().id("ics").name("Exampleshire ICS").icb("icb").icp("icp")
        .addPlaces("place-north", "place-south", "place-city").addProviderCollaboratives("collab-acute").period(SINCE_2022).build());
    return model.build();
  }

  private static void post(IcsModel.Builder model, String id, String body, String title, PostRole role) {
    model.add(Post.builder().id(id).body(body).title(title).role(role).period(SINCE_2022).build());
  }

  private static void link(IcsModel.Builder model, String id, String giver, String holder,
      AccountabilityDirection direction, AccountabilityBasis basis, String citation) {
    model.add(AccountabilityLink.builder().id(id).giver(giver).holder(holder).direction(direction).basis(basis)
        .citation(java.util.Optional.ofNullable(citation)).period(SINCE_2022).build());
  }

  @Test
  void wholeSystem_buildsAndIndexes() {
    IcsModel model = exampleshire();

    assertThat(model.structures()).hasSize(11);
    assertThat(model.find("icb")).get().isInstanceOf(Organisation.class);
    assertThat(model.structure("icb")).get().isInstanceOf(Icb.class);
    assertThat(model.postsOf("icb-board")).hasSize(9);
    assertThat(model.committeesOf("icb-board")).extracting(Body::id)
        .containsExactly("place-north-committee", "place-south-committee", "place-city-committee");
    assertThat(model.delegationsTo("icb")).extracting(Delegation::id).containsExactly("nhse-pms");
    assertThat(model.functionsHeldBy("nhse")).extracting(StatutoryFunction::id)
        .containsExactly("fn-primary-medical", "fn-icb-assessment");
    assertThat(model.linksFrom("icb")).hasSize(3);
    assertThat(model.mechanismsOf("vcse-alliance")).extracting(m -> m.kind()).containsExactly(MechanismKind.JOINT_VALUES_AND_INTENT);
  }

  @Test
  void viewOnADate_showsOnlyWhatIsInForce() {
    IcsModel model = exampleshire();

    ModelView before = model.on(LocalDate.of(2023, 3, 31));
    ModelView after = model.on(LocalDate.of(2025, 8, 1));

    assertThat(before.isInForce("acute-jc")).isFalse();
    assertThat(after.isInForce("acute-jc")).isTrue();
    assertThat(before.structures(Neighbourhood.class)).isEmpty();
    assertThat(after.structures(Neighbourhood.class)).extracting(Neighbourhood::id).containsExactly("nbh-riverside");
    assertThat(after.appointmentsOn("icb-board")).hasSize(6);
    assertThat(after.organisations(OrganisationKind.INTEGRATED_CARE_BOARD)).extracting(Organisation::id).containsExactly("icb");
    assertThat(after.organisationByOdsCode("Y60")).get().extracting(Organisation::id).isEqualTo("nhse-midlands");
  }

  @Test
  void appointments_knowWhenATermHasRunOut() {
    IcsModel model = exampleshire();
    Appointment chair = model.appointmentsTo("icb-chair").get(0);

    assertThat(chair.isServingBeyondTerm(LocalDate.of(2026, 6, 30))).isFalse();
    assertThat(chair.isServingBeyondTerm(LocalDate.of(2026, 7, 1))).isTrue();
  }

  @Test
  void decisions_countTheirVotes() {
    Decision decision = exampleshire().meetings().get(0).items().get(0).decision().orElseThrow();

    assertThat(decision.votesFor()).isEqualTo(4);
    assertThat(decision.votesAgainst()).isZero();
    assertThat(decision.abstentions()).isEqualTo(1);
    assertThat(DecisionRule.SIMPLE_MAJORITY.isMet(decision.votesFor(), decision.votesAgainst(), decision.abstentions())).isTrue();
  }
}
