package org.integratedcare.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.accountability.AccountabilityBasis;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.Person;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.mechanism.CommitteesInCommon;
import org.integratedcare.core.mechanism.JointCommittee;
import org.integratedcare.core.meeting.AgendaItem;
import org.integratedcare.core.meeting.Attendance;
import org.integratedcare.core.meeting.AttendanceKind;
import org.integratedcare.core.meeting.Decision;
import org.integratedcare.core.meeting.DecisionOutcome;
import org.integratedcare.core.meeting.Meeting;
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
import org.integratedcare.core.structure.Place;
import org.integratedcare.core.structure.PrimaryCareNetwork;
import org.integratedcare.core.structure.ProviderCollaborative;
import org.integratedcare.core.time.DateRange;

/**
 * A synthetic England at real scale, for measuring load, queries, rules and measures as a national
 * or regional tool would meet them. At scale 1: 42 ICBs, 4 or 5 places each (189), 30 primary care
 * networks each (1,260) of 5 practices (6,300), 5 trusts each (210), about 6.7 councils each (281)
 * with an electorate and a health and wellbeing board each, about 1,100 bodies, about 2,400 posts
 * filled by as many appointments, NHS England's delegation of primary care to every ICB, a scheme
 * of delegation per ICB down to committees, place committees and officers, committees in common of
 * the trusts, an ICP joint committee, and a year of meetings with decisions: about 45,000 records.
 * Scale 10 repeats the pattern 420 times; scale 100, 4,200 times.
 *
 * <p>The shape follows the 2022–26 arrangements; the records are invented (ids such as {@code
 * icb-7-place-2}); nothing here describes a real body. Deterministic: the same scale gives the same
 * model.
 */
public final class EnglandScale {
  private static final LocalDate START = LocalDate.of(2022, 7, 1);
  private static final DateRange P = DateRange.from(START);
  private static final int PLACES_MIN = 4;
  private static final int PCNS = 30;
  private static final int PRACTICES_PER_PCN = 5;
  private static final int TRUSTS = 5;
  private static final String[] COMMITTEES = {"finance", "quality", "audit", "remuneration",
      "primary-care", "people", "strategic-commissioning"};
  private static final String[] ICB_FUNCTIONS = {"acute", "community", "mental-health",
      "continuing-care", "capital"};
  private static final String[] NHSE_FUNCTIONS = {"primary-medical", "dental", "pharmacy",
      "optometry"};
  private static final PostRole[] BOARD = {
      PostRole.CHAIR, PostRole.CHIEF_EXECUTIVE, PostRole.PARTNER_MEMBER_TRUSTS,
      PostRole.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES, PostRole.PARTNER_MEMBER_LOCAL_AUTHORITIES,
      PostRole.DIRECTOR_OF_FINANCE, PostRole.MEDICAL_DIRECTOR, PostRole.DIRECTOR_OF_NURSING,
      PostRole.NON_EXECUTIVE, PostRole.NON_EXECUTIVE, PostRole.NON_EXECUTIVE, PostRole.EXECUTIVE_DIRECTOR};

  private EnglandScale() {}

  /**
   * The model at a scale.
   *
   * @param scale how many Englands: 1 for 42 ICBs, 10 for 420; at least 1
   * @return the built model
   * @throws IllegalArgumentException if {@code scale} is less than 1
   */
  public static IcsModel model(int scale) {
    return builder(scale).build();
  }

  /**
   * The records of the model at a scale, not yet built (checked and indexed).
   *
   * @param scale as for {@link #model(int)}
   * @return the builder
   * @throws IllegalArgumentException if {@code scale} is less than 1
   */
  public static IcsModel.Builder builder(int scale) {
    if (scale < 1) {
      throw new IllegalArgumentException("scale must be at least 1, not " + scale);
    }
    IcsModel.Builder m = IcsModel.builder().name("synthetic England at scale " + scale);
    m.add(Organisation.of("parliament", OrganisationKind.PARLIAMENT, "Parliament", P));
    m.add(Organisation.of("dhsc", OrganisationKind.SECRETARY_OF_STATE, "Secretary of State for Health and Social Care", P));
    m.add(Organisation.of("nhse", OrganisationKind.NHS_ENGLAND, "NHS England", P));
    m.add(link("l-nhse", "nhse", "dhsc", AccountabilityBasis.STATUTE));
    m.add(link("l-dhsc", "dhsc", "parliament", AccountabilityBasis.STATUTE));
    for (String f : NHSE_FUNCTIONS) {
      m.add(StatutoryFunction.builder().id("nhse-" + f).name("Commissioning of " + f + " services")
          .holder("nhse").basis("NHS Act 2006 s.83").delegable(true).period(P).build());
    }
    int councilCount = 0;
    for (int i = 0; i < 42 * scale; i++) {
      councilCount = system(m, i, councilCount);
    }
    return m;
  }

  /** One integrated care system; returns the number of councils made so far. */
  private static int system(IcsModel.Builder m, int i, int councilsBefore) {
    String icb = "icb-" + i;
    String board = icb + "-board";
    m.add(Organisation.of(icb, OrganisationKind.INTEGRATED_CARE_BOARD, "NHS Synthetic " + i + " Integrated Care Board", P));
    m.add(link("l-" + icb, icb, "nhse", AccountabilityBasis.STATUTE));
    m.add(body(board, "Board of ICB " + i, BodyKind.UNITARY_BOARD, null, Level.SYSTEM, icb));

    // councils: 6 or 7 a system, 281 at scale 1, each with its electorate and health and wellbeing board
    int councils = 6 + (i % 42 < 29 ? 1 : 0);
    List<String> councilIds = new ArrayList<>();
    Area.Builder area = Area.builder();
    for (int c = 0; c < councils; c++) {
      String council = icb + "-la-" + c;
      String electorate = council + "-electorate";
      councilIds.add(council);
      area.addUnits(council);
      m.add(Organisation.of(council, OrganisationKind.UNITARY_AUTHORITY, "Synthetic Council " + i + "/" + c, P));
      m.add(Organisation.of(electorate, OrganisationKind.ELECTORATE, "Electorate of council " + i + "/" + c, P));
      m.add(link("l-" + council, council, electorate, AccountabilityBasis.ELECTION));
      String hwbBody = council + "-hwb";
      m.add(body(hwbBody, "Health and Wellbeing Board " + i + "/" + c, BodyKind.COMMITTEE, null, Level.PLACE, council));
      m.add(HealthAndWellbeingBoard.builder().id(council + "-hwb-structure").name("Health and Wellbeing Board " + i + "/" + c)
          .localAuthority(council).addRelevantIcbs(icb).body(hwbBody).period(P).build());
    }
    m.add(Icb.builder().id(icb).board(board).area(area.build()).period(P).build());

    // ICP as a joint committee of the ICB and its councils
    String icpBody = icb + "-icp-committee";
    List<String> icpParties = new ArrayList<>(councilIds);
    icpParties.add(0, icb);
    m.add(Body.builder().id(icpBody).name("Integrated care partnership " + i).kind(BodyKind.JOINT_COMMITTEE)
        .addAllOrganisations(icpParties).level(Level.SYSTEM).period(P).build());
    m.add(Icp.builder().id(icb + "-icp").name("Synthetic " + i + " Integrated Care Partnership").icb(icb)
        .addAllResponsibleLocalAuthorities(councilIds).body(icpBody).period(P).build());
    m.add(JointCommittee.builder().id(icb + "-icp-jc").name("ICP joint committee " + i)
        .addAllParties(icpParties).body(icpBody).period(P).build());

    // board posts, people and appointments
    List<String> boardPeople = new ArrayList<>();
    for (int b = 0; b < BOARD.length; b++) {
      boardPeople.add(seat(m, board, b, BOARD[b], icb));
    }
    // functions held by the ICB, each delegated by the board to its executive officers (the
    // operational scheme), and NHS England's delegation of primary care
    for (String f : ICB_FUNCTIONS) {
      m.add(StatutoryFunction.builder().id(icb + "-" + f).name("Arranging " + f + " services, ICB " + i)
          .holder(icb).basis("NHS Act 2006 s.3").delegable(true).period(P).build());
      for (int b = 5; b < BOARD.length; b += 2) {
        m.add(Delegation.builder().id(icb + "-" + f + "-officer-" + b).delegator(board).delegate(board + "-post-" + b)
            .addFunctions(icb + "-" + f).instrument(DelegationInstrument.SCHEME_OF_DELEGATION)
            .financialLimit(BigDecimal.valueOf(500_000)).onwardDelegationAllowed(false).reportsTo(board)
            .period(P).build());
      }
    }
    Delegation.Builder nhse = Delegation.builder().id(icb + "-nhse-delegation").delegator("nhse").delegate(icb)
        .instrument(DelegationInstrument.S65Z5_DELEGATION).onwardDelegationAllowed(true).period(P);
    for (String f : NHSE_FUNCTIONS) {
      nhse.addFunctions("nhse-" + f);
    }
    m.add(nhse.build());

    // committees of the board, each under the scheme of delegation, each with four seats
    for (int c = 0; c < COMMITTEES.length; c++) {
      String committee = icb + "-" + COMMITTEES[c];
      m.add(body(committee, COMMITTEES[c] + " committee, ICB " + i, BodyKind.COMMITTEE, board, Level.SYSTEM, icb));
      m.add(link("l-" + committee, committee, board, AccountabilityBasis.DELEGATION));
      Delegation.Builder d = Delegation.builder().id(committee + "-sord").delegator(board).delegate(committee)
          .instrument(DelegationInstrument.SCHEME_OF_DELEGATION).clause("SoRD " + (c + 1))
          .financialLimit(BigDecimal.valueOf(5_000_000L * (c + 1))).onwardDelegationAllowed(true)
          .reportsTo(board).period(P);
      d.addFunctions(icb + "-" + ICB_FUNCTIONS[c % ICB_FUNCTIONS.length]);
      if (COMMITTEES[c].equals("primary-care")) {
        for (String f : NHSE_FUNCTIONS) {
          d.addFunctions("nhse-" + f);
        }
      }
      m.add(d.build());
      for (int s = 0; s < 4; s++) {
        String person = seat(m, committee, s, s == 0 ? PostRole.CHAIR : PostRole.MEMBER, icb);
        if (s > 0) {
          // officers acting under the committee's delegation
          m.add(Delegation.builder().id(committee + "-officer-" + s).delegator(committee)
              .delegate(committee + "-post-" + s).addFunctions(icb + "-" + ICB_FUNCTIONS[c % ICB_FUNCTIONS.length])
              .instrument(DelegationInstrument.SCHEME_OF_DELEGATION).financialLimit(BigDecimal.valueOf(250_000))
              .onwardDelegationAllowed(false).reportsTo(committee).period(P).build());
        }
        if (s == 0) {
          meetings(m, committee, person, icb, icb + "-" + ICB_FUNCTIONS[c % ICB_FUNCTIONS.length], 6);
        }
      }
    }
    meetings(m, board, boardPeople.get(0), icb, icb + "-acute", 12);

    // places, 4 or 5 a system (189 at scale 1), each with a committee of the board
    int places = PLACES_MIN + (i % 42 < 21 ? 1 : 0);
    List<String> placeIds = new ArrayList<>();
    for (int p = 0; p < places; p++) {
      String place = icb + "-place-" + p;
      String committee = place + "-committee";
      placeIds.add(place);
      m.add(Body.builder().from(body(committee, "Place committee " + i + "/" + p, BodyKind.COMMITTEE, board, Level.PLACE, icb)).place(place).build());
      m.add(Place.builder().id(place).name("Place " + i + "/" + p).icb(icb)
          .area(Area.of(councilIds.get(p % councilIds.size()))).partnershipBody(committee).period(P).build());
      Delegation.Builder d = Delegation.builder().id(committee + "-sord").delegator(board).delegate(committee)
          .instrument(DelegationInstrument.SCHEME_OF_DELEGATION).financialLimit(BigDecimal.valueOf(2_000_000))
          .onwardDelegationAllowed(false).reportsTo(board).period(P);
      d.addFunctions(icb + "-community", icb + "-mental-health");
      m.add(d.build());
      m.add(link("l-" + committee, committee, board, AccountabilityBasis.DELEGATION));
      for (int s = 0; s < 4; s++) {
        String person = seat(m, committee, s, s == 0 ? PostRole.CHAIR : PostRole.PLACE_MEMBER, icb);
        if (s == 0) {
          meetings(m, committee, person, icb, icb + "-community", 6);
        }
      }
    }
    m.add(IntegratedCareSystem.builder().id(icb + "-ics").name("Synthetic " + i + " ICS").icb(icb).icp(icb + "-icp")
        .addAllPlaces(placeIds).period(P).build());

    // primary care: 30 networks of 5 practices, each practice answering to the ICB by contract
    for (int n = 0; n < PCNS; n++) {
      String pcn = icb + "-pcn-" + n;
      List<String> practices = new ArrayList<>();
      for (int g = 0; g < PRACTICES_PER_PCN; g++) {
        String practice = pcn + "-practice-" + g;
        practices.add(practice);
        m.add(Organisation.of(practice, OrganisationKind.GP_PRACTICE, "Practice " + i + "/" + n + "/" + g, P));
        m.add(link("l-" + practice, practice, icb, AccountabilityBasis.CONTRACT));
      }
      m.add(Organisation.of(pcn, OrganisationKind.PRIMARY_CARE_NETWORK, "Primary care network " + i + "/" + n, P));
      m.add(PrimaryCareNetwork.builder().id(pcn).addAllMemberPractices(practices).period(P).build());
    }

    // trusts, their boards, and committees in common of the trust boards
    List<String> trusts = new ArrayList<>();
    List<String> trustCommittees = new ArrayList<>();
    for (int t = 0; t < TRUSTS; t++) {
      String trust = icb + "-trust-" + t;
      trusts.add(trust);
      m.add(Organisation.of(trust, t % 2 == 0 ? OrganisationKind.NHS_FOUNDATION_TRUST : OrganisationKind.NHS_TRUST,
          "Synthetic Trust " + i + "/" + t, P));
      m.add(link("l-" + trust, trust, "nhse", AccountabilityBasis.REGULATION));
      String trustBoard = trust + "-board";
      m.add(body(trustBoard, "Board of trust " + i + "/" + t, BodyKind.UNITARY_BOARD, null, Level.SYSTEM, trust));
      String cic = trust + "-collaborative-committee";
      m.add(body(cic, "Collaborative committee of trust " + i + "/" + t, BodyKind.COMMITTEE, trustBoard, Level.SYSTEM, trust));
      trustCommittees.add(cic);
    }
    m.add(CommitteesInCommon.builder().id(icb + "-cic").name("Acute collaborative committees in common " + i)
        .addAllParties(trusts).addAllCommittees(trustCommittees)
        .period(P).build());
    m.add(ProviderCollaborative.builder().id(icb + "-collaborative").name("Acute collaborative " + i)
        .type(CollaborativeType.ACUTE).orientation(CollaborativeOrientation.HORIZONTAL).addAllMembers(trusts)
        .mechanism(icb + "-cic").period(P).build());
    return councilsBefore + councils;
  }

  /** A post on a body, a person and the appointment; returns the person's id. */
  private static String seat(IcsModel.Builder m, String body, int n, PostRole role, String employer) {
    String post = body + "-post-" + n;
    String person = body + "-person-" + n;
    m.add(Post.builder().id(post).body(body).title(role.typeName() + " " + n).role(role).period(P).build());
    m.add(Person.builder().id(person).name("Person " + body + "/" + n).employment(employer, P).build());
    m.add(Appointment.builder().id(post + "-appointment").post(post).person(person).appointedBy(employer)
        .period(P).build());
    return person;
  }

  /** A year's meetings of a body, each with one decision on the function. */
  private static void meetings(IcsModel.Builder m, String body, String chair, String binds, String function,
      int count) {
    for (int k = 0; k < count; k++) {
      LocalDate date = LocalDate.of(2025, 4, 10).plusMonths(k * 12L / count);
      m.add(Meeting.builder().id(body + "-meeting-" + k).body(body).date(date)
          .addAttendance(Attendance.of(chair, AttendanceKind.PRESENT))
          .addItems(AgendaItem.builder().number("1").title("Minutes of the last meeting").build())
          .addItems(AgendaItem.builder().number("2").title("Contract award " + k)
              .decision(Decision.builder().motion("Award the contract").function(function).addBinds(binds)
                  .amount(BigDecimal.valueOf(100_000L * (k + 1))).outcome(DecisionOutcome.CARRIED).build())
              .build())
          .build());
    }
  }

  private static Body body(String id, String name, BodyKind kind, String parent, Level level, String organisation) {
    Body.Builder b = Body.builder().id(id).name(name).kind(kind).addOrganisations(organisation).level(level).period(P);
    if (parent != null) {
      b.parent(parent);
    }
    return b.build();
  }

  private static AccountabilityLink link(String id, String giver, String holder, AccountabilityBasis basis) {
    return AccountabilityLink.builder().id(id).giver(giver).holder(holder)
        .direction(AccountabilityDirection.VERTICAL).basis(basis).period(P).build();
  }
}
