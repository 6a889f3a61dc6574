package org.integratedcare.governance.rules.england;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Identified;
import org.integratedcare.core.accountability.AccountabilityBasis;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.ConflictType;
import org.integratedcare.core.body.Designation;
import org.integratedcare.core.body.Person;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.body.Quorum;
import org.integratedcare.core.body.TermsOfReference;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.mechanism.Mechanism;
import org.integratedcare.core.mechanism.MechanismKind;
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
import org.integratedcare.core.structure.Level;
import org.integratedcare.core.structure.Place;
import org.integratedcare.core.structure.ProviderCollaborative;
import org.integratedcare.core.structure.Structure;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.core.Completeness;

/**
 * A small, sound integrated care system, "Northshire", built through the core API, that every
 * built-in rule is satisfied by on {@link #DATE}. Tests break one arrangement at a time with
 * {@link #without(String...)}, {@link #with(Identified)} and {@link #withStructure(Structure)}.
 *
 * <p>It has an ICB whose board has a chair (appointed by NHS England, approved by the Secretary
 * of State), a chief executive employed by the ICB, three partner members, three executive
 * directors and two non-executives (deputy chair; senior non-executive and audit chair), one
 * ordinary member with mental health expertise; an ICP with members appointed by the ICB and both
 * responsible councils and a voluntary sector member; a health and wellbeing board with its
 * statutory members; a place committee with delegated community services; two trusts in a
 * provider collaborative; joint values and intent; vertical, lateral and bottom-up accountability;
 * vertical lines from the ICB through NHS England and the Secretary of State to Parliament; and a
 * quorate board meeting, within the board's authority, whose conflicted member withdrew.
 */
final class Northshire {
  static final LocalDate DATE = LocalDate.of(2025, 6, 1);
  static final DateRange SINCE = DateRange.from(LocalDate.of(2022, 7, 1));

  private final Map<String, Object> records = new LinkedHashMap<>();

  private Northshire() {}

  static Northshire sound() {
    Northshire n = new Northshire();
    n.org("nhse", OrganisationKind.NHS_ENGLAND, "NHS England");
    n.org("sos", OrganisationKind.SECRETARY_OF_STATE, "Secretary of State for Health and Social Care");
    n.org("icb-n", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS Northshire Integrated Care Board");
    n.org("trust-acute", OrganisationKind.NHS_FOUNDATION_TRUST, "Northshire Hospitals NHS Foundation Trust");
    n.org("trust-mh", OrganisationKind.NHS_TRUST, "Northshire Mental Health NHS Trust");
    n.org("gp-1", OrganisationKind.GP_PRACTICE, "Riverside Surgery");
    // the councils carry the (invented) GSS codes the ICB's area is written in, so the ICP's
    // responsible local authorities follow from the area
    n.with(Organisation.builder().id("council-n").name("Northshire County Council", SINCE)
        .kind(OrganisationKind.UPPER_TIER_LOCAL_AUTHORITY, SINCE).gssCode("E10000001", SINCE).period(SINCE).build());
    n.with(Organisation.builder().id("council-s").name("Southby Council", SINCE)
        .kind(OrganisationKind.UNITARY_AUTHORITY, SINCE).gssCode("E06000002", SINCE).period(SINCE).build());
    n.org("vcse-1", OrganisationKind.VCSE_ORGANISATION, "Northshire Voluntary Action");
    n.org("healthwatch-n", OrganisationKind.HEALTHWATCH, "Healthwatch Northshire");
    n.org("patients", OrganisationKind.PATIENTS_AND_COMMUNITIES, "People of Northshire");
    n.org("parliament", OrganisationKind.PARLIAMENT, "Parliament");

    n.withStructure(Icb.builder().id("icb-n").area(Area.of("E10000001", "E06000002"))
        .board("board-icb").period(SINCE).build());
    n.withStructure(Icp.builder().id("icp-n").name("Northshire Integrated Care Partnership")
        .icb("icb-n").addResponsibleLocalAuthorities("council-n", "council-s")
        .addOtherMembers("vcse-1").body("body-icp").period(SINCE).build());
    n.withStructure(HealthAndWellbeingBoard.builder().id("hwb-n")
        .name("Northshire Health and Wellbeing Board").localAuthority("council-n")
        .addRelevantIcbs("icb-n").body("body-hwb").period(SINCE).build());
    n.withStructure(Place.builder().id("place-north").name("North Northshire").icb("icb-n")
        .area(Area.of("E10000001")).partnershipBody("body-place").period(SINCE).build());
    n.withStructure(ProviderCollaborative.builder().id("pc-n").name("Northshire Provider Collaborative")
        .type(CollaborativeType.ACUTE).orientation(CollaborativeOrientation.HORIZONTAL)
        .addMembers("trust-acute", "trust-mh").period(SINCE).build());

    n.function("fn-commissioning", "Arranging NHS services for the population", "icb-n", "NHS Act 2006 s.3");
    n.function("fn-community", "Commissioning community health services at place", "icb-n", "NHS Act 2006 s.3");
    n.function("fn-primary-care", "Commissioning primary medical services", "nhse", "NHS Act 2006 s.83");

    n.body("board-icb", "Board of NHS Northshire ICB", BodyKind.UNITARY_BOARD, Level.SYSTEM, null,
        TermsOfReference.builder().addFunctions("fn-commissioning", "fn-primary-care")
            .quorum(Quorum.builder().minimumVotingMembers(6).addRequiredPosts("post-chair").build()).build(),
        "icb-n");
    n.body("body-icp", "Northshire Integrated Care Partnership", BodyKind.JOINT_COMMITTEE, Level.SYSTEM, null,
        TermsOfReference.builder().addProgrammes("Integrated care strategy").build(),
        "icb-n", "council-n", "council-s");
    n.body("body-hwb", "Northshire Health and Wellbeing Board", BodyKind.COMMITTEE, null, null,
        TermsOfReference.builder().addProgrammes("Joint strategic needs assessment",
            "Joint health and wellbeing strategy").build(), "council-n");
    n.body("body-place", "North Northshire Place Committee", BodyKind.COMMITTEE, Level.PLACE, "board-icb",
        TermsOfReference.builder().addFunctions("fn-community").build(), "icb-n");

    n.member("board-icb", "post-chair", PostRole.CHAIR, "p-chair", "Alex Chair",
        a -> a.appointedBy("nhse").approvedBy("sos"));
    n.member("board-icb", "post-ceo", PostRole.CHIEF_EXECUTIVE, "p-ceo", "Sam Chief", a -> a);
    n.with(Person.builder().id("p-ceo").name("Sam Chief").employment("icb-n", SINCE).build());
    n.member("board-icb", "post-pm-trusts", PostRole.PARTNER_MEMBER_TRUSTS, "p-pm-trusts", "Jo Trusts",
        a -> a.addNominatedBy("trust-acute", "trust-mh"));
    n.member("board-icb", "post-pm-pms", PostRole.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES, "p-pm-pms",
        "Dr Kim Practice", a -> a.addNominatedBy("gp-1"));
    n.member("board-icb", "post-pm-la", PostRole.PARTNER_MEMBER_LOCAL_AUTHORITIES, "p-pm-la",
        "Cllr Lee Council", a -> a.addNominatedBy("council-n", "council-s"));
    n.member("board-icb", "post-dof", PostRole.DIRECTOR_OF_FINANCE, "p-dof", "Pat Finance", a -> a);
    n.member("board-icb", "post-md", PostRole.MEDICAL_DIRECTOR, "p-md", "Dr Ray Medic",
        a -> a.addDesignations(Designation.MENTAL_HEALTH_EXPERTISE));
    n.member("board-icb", "post-don", PostRole.DIRECTOR_OF_NURSING, "p-don", "Chris Nurse", a -> a);
    n.member("board-icb", "post-ned-1", PostRole.NON_EXECUTIVE, "p-ned-1", "Morgan Deputy",
        a -> a.addDesignations(Designation.DEPUTY_CHAIR));
    n.member("board-icb", "post-ned-2", PostRole.NON_EXECUTIVE, "p-ned-2", "Robin Audit",
        a -> a.addDesignations(Designation.SENIOR_NON_EXECUTIVE, Designation.AUDIT_CHAIR));

    n.member("body-icp", "post-icp-icb", PostRole.ICB_REPRESENTATIVE, "p-chair", "Alex Chair",
        a -> a.appointedBy("icb-n"));
    n.member("body-icp", "post-icp-north", PostRole.LOCAL_AUTHORITY_APPOINTEE, "p-cllr-n", "Cllr Nova North",
        a -> a.appointedBy("council-n"));
    n.member("body-icp", "post-icp-south", PostRole.LOCAL_AUTHORITY_APPOINTEE, "p-cllr-s", "Cllr Sol South",
        a -> a.appointedBy("council-s"));

    n.member("body-hwb", "post-hwb-cllr", PostRole.COUNCILLOR, "p-cllr-n", "Cllr Nova North", a -> a);
    n.member("body-hwb", "post-hwb-dass", PostRole.DIRECTOR_OF_ADULT_SOCIAL_SERVICES, "p-dass", "Dana Adults", a -> a);
    n.member("body-hwb", "post-hwb-dcs", PostRole.DIRECTOR_OF_CHILDRENS_SERVICES, "p-dcs", "Charlie Children", a -> a);
    n.member("body-hwb", "post-hwb-dph", PostRole.DIRECTOR_OF_PUBLIC_HEALTH, "p-dph", "Dr Pip Health", a -> a);
    n.member("body-hwb", "post-hwb-hw", PostRole.HEALTHWATCH_REPRESENTATIVE, "p-hw", "Hari Watch",
        a -> a.appointedBy("healthwatch-n"));
    n.member("body-hwb", "post-hwb-icb", PostRole.ICB_REPRESENTATIVE, "p-ceo", "Sam Chief",
        a -> a.appointedBy("icb-n"));

    n.member("body-place", "post-place-lead", PostRole.PLACE_MEMBER, "p-place", "Val Place", a -> a);

    n.with(Delegation.builder().id("dlg-primary-care").delegator("nhse").delegate("icb-n")
        .addFunctions("fn-primary-care").instrument(DelegationInstrument.S65Z5_DELEGATION)
        .onwardDelegationAllowed(false).period(SINCE).build());
    n.with(Delegation.builder().id("dlg-community").delegator("board-icb").delegate("body-place")
        .addFunctions("fn-community").instrument(DelegationInstrument.SCHEME_OF_DELEGATION)
        .onwardDelegationAllowed(false).period(SINCE).build());

    n.with(SharedPrinciple.builder().id("mech-values").kind(MechanismKind.JOINT_VALUES_AND_INTENT)
        .name("Northshire partnership compact").addParties("icb-n", "council-n", "council-s", "trust-acute")
        .statement("We work as one system for the people of Northshire").period(SINCE).build());

    n.link("link-nhse", "icb-n", "nhse", AccountabilityDirection.VERTICAL, AccountabilityBasis.STATUTE);
    n.link("link-mandate", "nhse", "sos", AccountabilityDirection.VERTICAL, AccountabilityBasis.STATUTE);
    n.link("link-parliament", "sos", "parliament", AccountabilityDirection.VERTICAL, AccountabilityBasis.STATUTE);
    n.link("link-partners", "icb-n", "council-n", AccountabilityDirection.LATERAL, AccountabilityBasis.AGREEMENT);
    n.link("link-public", "board-icb", "patients", AccountabilityDirection.BOTTOM_UP, AccountabilityBasis.STATUTE);

    Meeting.Builder meeting = Meeting.builder().id("mtg-board-may").body("board-icb")
        .date(LocalDate.of(2025, 5, 8));
    for (String p : new String[] {"p-chair", "p-ceo", "p-pm-trusts", "p-pm-pms", "p-pm-la", "p-dof",
        "p-md", "p-don", "p-ned-1", "p-ned-2"}) {
      meeting.addAttendance(Attendance.of(p, AttendanceKind.PRESENT));
    }
    meeting.addItems(AgendaItem.builder().number("7").title("Acute services contract award")
        .addDeclarations(ItemDeclaration.builder().person("p-pm-trusts").conflict(ConflictType.ACTUAL)
            .management(ConflictManagement.WITHDREW).build())
        .decision(Decision.builder().motion("Award the acute services contract")
            .function("fn-commissioning").addBinds("icb-n").outcome(DecisionOutcome.CARRIED)
            .addVotes(Vote.of("p-chair", VoteChoice.FOR), Vote.of("p-ceo", VoteChoice.FOR),
                Vote.of("p-pm-pms", VoteChoice.FOR), Vote.of("p-pm-la", VoteChoice.AGAINST),
                Vote.of("p-dof", VoteChoice.FOR), Vote.of("p-md", VoteChoice.FOR),
                Vote.of("p-don", VoteChoice.FOR), Vote.of("p-ned-1", VoteChoice.FOR),
                Vote.of("p-ned-2", VoteChoice.ABSTAIN))
            .build())
        .build());
    n.with(meeting.build());
    return n;
  }

  Northshire org(String id, OrganisationKind kind, String name) {
    return with(Organisation.of(id, kind, name, SINCE));
  }

  Northshire function(String id, String name, String holder, String basis) {
    return with(StatutoryFunction.builder().id(id).name(name).holder(holder).basis(basis).period(SINCE).build());
  }

  Northshire body(String id, String name, BodyKind kind, Level level, String parent,
      TermsOfReference terms, String... organisations) {
    Body.Builder b = Body.builder().id(id).name(name).kind(kind).addOrganisations(organisations)
        .termsOfReference(terms).period(SINCE);
    if (level != null) {
      b.level(level);
    }
    if (parent != null) {
      b.parent(parent);
    }
    return with(b.build());
  }

  /** Adds a post, a person (unless already present) and an appointment {@code a-<post>}. */
  Northshire member(String bodyId, String postId, PostRole role, String personId, String name,
      UnaryOperator<Appointment.Builder> details) {
    with(Post.builder().id(postId).body(bodyId).title(role.typeName()).role(role).period(SINCE).build());
    records.putIfAbsent(personId, Person.builder().id(personId).name(name).build());
    return with(details.apply(Appointment.builder().id("a-" + postId).post(postId).person(personId)
        .period(SINCE)).build());
  }

  Northshire link(String id, String giver, String holder, AccountabilityDirection direction,
      AccountabilityBasis basis) {
    return with(AccountabilityLink.builder().id(id).giver(giver).holder(holder).direction(direction)
        .basis(basis).period(SINCE).build());
  }

  /** Adds or replaces a record with the same id. */
  Northshire with(Identified record) {
    records.put(record.id(), record);
    return this;
  }

  /** Adds or replaces a structure with the same id. */
  Northshire withStructure(Structure structure) {
    records.put("structure:" + structure.id(), structure);
    return this;
  }

  /** Removes records (or, as {@code structure:<id>}, structures) by id. */
  Northshire without(String... ids) {
    for (String id : ids) {
      if (records.remove(id) == null) {
        throw new IllegalArgumentException("no record " + id + " in the fixture");
      }
    }
    return this;
  }

  /** The keys of every record and structure, in the order added. */
  java.util.List<String> keys() {
    return java.util.List.copyOf(records.keySet());
  }

  /** The record with the id, for copying with changes. */
  <T> T get(String id, Class<T> type) {
    return type.cast(records.get(id));
  }

  /**
   * Drops the fixture's declaration that it records everything: the same facts read in the open
   * world, where a seat with nobody recorded is a gap in the record, not a vacancy.
   */
  Northshire recordedInPart() {
    complete = false;
    return this;
  }

  private boolean complete = true;

  /** The model; declared complete ({@link Completeness#everything()}) unless {@link #recordedInPart()}. */
  IcsModel model() {
    IcsModel.Builder b = IcsModel.builder().name("Northshire");
    if (complete) {
      b.declareComplete(Completeness.everything());
    }
    for (Object r : records.values()) {
      if (r instanceof Organisation o) {
        b.add(o);
      } else if (r instanceof Structure s) {
        b.add(s);
      } else if (r instanceof Body x) {
        b.add(x);
      } else if (r instanceof Post x) {
        b.add(x);
      } else if (r instanceof Person x) {
        b.add(x);
      } else if (r instanceof Appointment x) {
        b.add(x);
      } else if (r instanceof StatutoryFunction x) {
        b.add(x);
      } else if (r instanceof Delegation x) {
        b.add(x);
      } else if (r instanceof Mechanism x) {
        b.add(x);
      } else if (r instanceof AccountabilityLink x) {
        b.add(x);
      } else if (r instanceof Meeting x) {
        b.add(x);
      } else {
        throw new IllegalStateException("unexpected record " + r);
      }
    }
    return b.build();
  }
}
