package org.integratedcare.governance.rules.england;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.integratedcare.governance.internal.DelegationLaw;
import org.integratedcare.governance.rules.AbstractRule;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Person;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.organisation.Area;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.HealthAndWellbeingBoard;
import org.integratedcare.core.structure.Icb;
import org.integratedcare.core.structure.Icp;
import org.integratedcare.governance.rules.Basis;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.Rule;
import org.integratedcare.governance.rules.RuleContext;
import org.integratedcare.governance.rules.Severity;

/**
 * Rules from statute and regulations in England: the NHS Act 2006 as amended by the Health and
 * Care Act 2022, the Local Government and Public Involvement in Health Act 2007, the Health and
 * Social Care Act 2012, and S.I. 2022/642 and S.I. 2024/1205.
 *
 * <table>
 *   <caption>Rules (ids start {@code england.statutory.})</caption>
 *   <tr><th>Id</th><th>Checks</th><th>Basis</th></tr>
 *   <tr><td>icb-board-chair-and-chief-executive</td><td>each ICB's board has a chair and a chief
 *       executive appointed on the date</td><td>NHS Act 2006 Sch 1B para 3(1)</td></tr>
 *   <tr><td>icb-board-ordinary-members</td><td>at least three ordinary members, people other than
 *       the chair and the chief executive</td><td>Sch 1B para 3(1)(c), 3(2)</td></tr>
 *   <tr><td>icb-chief-executive-appointment</td><td>where recorded, the chief executive was
 *       appointed by the ICB (its chair) with the approval of NHS England</td><td>Sch 1B para
 *       7(1)</td></tr>
 *   <tr><td>icb-board-posts-held-together</td><td>one person is not both chair and chief executive
 *       (error); a chair or chief executive who also holds an ordinary seat fills it with no
 *       ordinary member (warning)</td><td>Sch 1B paras 3, 5 and 7</td></tr>
 *   <tr><td>icb-partner-member-nomination</td><td>each partner member was nominated by
 *       organisations of the kind the seat names; who nominated not recorded is a gap</td>
 *       <td>Sch 1B para 8, as summarised in ICB constitutions</td></tr>
 *   <tr><td>icb-board-partner-members</td><td>at least one partner member of each of the three
 *       kinds</td><td>Sch 1B (para 8(2)(a) for trusts; the other two as summarised in ICB
 *       constitutions)</td></tr>
 *   <tr><td>icb-chief-executive-employed</td><td>the chief executive is an employee of the
 *       ICB</td><td>Sch 1B para 7(2)</td></tr>
 *   <tr><td>icb-chair-appointment</td><td>where recorded, the chair was appointed by NHS England
 *       with the approval of the Secretary of State</td><td>Sch 1B para 5</td></tr>
 *   <tr><td>icb-board-independence-for-review (warning)</td><td>a board member whose register of
 *       interests names an independent provider, for the appointer's judgment</td><td>Sch 1B para
 *       4</td></tr>
 *   <tr><td>icb-areas-overlap</td><td>ICB areas in force on the date do not overlap</td>
 *       <td>NHS Act 2006 Pt 2 Ch A3</td></tr>
 *   <tr><td>icb-areas-may-overlap (info)</td><td>two ICB areas share a unit both hold only in
 *       part</td><td>NHS Act 2006 Pt 2 Ch A3</td></tr>
 *   <tr><td>icp-statutory-members</td><td>the ICP has a member appointed by the ICB and one by
 *       each responsible local authority, derived from the ICB's area as well as listed</td>
 *       <td>LGPIHA 2007 s.116ZA(1), (2)</td></tr>
 *   <tr><td>hwb-statutory-members</td><td>each health and wellbeing board has its statutory
 *       members</td><td>HSCA 2012 s.194(2)</td></tr>
 *   <tr><td>s65z5-parties</td><td>a s.65Z5 arrangement is made by a relevant body with a body the
 *       power allows</td><td>NHS Act 2006 s.65Z5</td></tr>
 *   <tr><td>nhs-england-non-delegable-functions</td><td>NHS England does not delegate the
 *       functions reg 2 excludes</td><td>S.I. 2022/642 reg 2</td></tr>
 *   <tr><td>trust-partner-member-chairs-trust</td><td>before 16 December 2024, a trust partner
 *       member who is also chair or non-executive of an NHS trust is not covered by S.I.
 *       2024/1205</td><td>S.I. 2024/1205</td></tr>
 * </table>
 *
 * <p>Every rule reads the model in the open world ({@link org.integratedcare.core.Completeness}):
 * a seat, member or body that is not recorded is a {@link Severity#GAP gap} saying what to record,
 * and an error is reported only where the recorded facts show the breach (a seat recorded with
 * nobody appointed where the body's appointments are declared complete; no such seat where its
 * posts are too). Facts the published
 * sources do not settle are {@link StatutoryParameters}. This class is immutable and thread-safe.
 */
public final class EnglandStatutoryPack extends EnglandPack {
  /** The pack's id. */
  public static final String ID = "england.statutory";
  /** The pack's version. */
  public static final String VERSION = "1.0.0";

  static final Basis SCH_1B = Basis.statute("NHS Act 2006 Sch 1B para 3 (inserted by Health and Care Act 2022)");

  private static final String TITLE = "England: statute and regulations";

  /** The pack with {@link StatutoryParameters#defaults()}; used by {@code ServiceLoader}. */
  public EnglandStatutoryPack() {
    this(StatutoryParameters.defaults());
  }

  /**
   * The pack with the given parameters.
   *
   * @param parameters the parameters, not null
   */
  public EnglandStatutoryPack(StatutoryParameters parameters) {
    super(ID, VERSION, TITLE, List.of(
        new BoardChairAndChiefExecutive(),
        new BoardOrdinaryMembers(),
        new BoardPartnerMembers(),
        new ChiefExecutiveEmployed(),
        new ChairAppointment(),
        new ChiefExecutiveAppointment(),
        new PostsHeldTogether(),
        new PartnerMemberNomination(),
        new IndependenceForReview(),
        new IcbAreas(false),
        new IcbAreas(true),
        new IcpMembers(),
        new HwbMembers(),
        new S65z5Parties(Objects.requireNonNull(parameters, "parameters")),
        new NhsEnglandNonDelegable(parameters),
        new TrustPartnerMemberChairsTrust()));
  }

  /** The ICB boards in force on the date, with their appointments in force and the posts' roles. */
  record Board(Icb icb, Body body, List<Appointment> appointments, Map<String, PostRole> roles) {
    static List<Board> all(ModelView view) {
      List<Board> boards = new ArrayList<>();
      for (Icb icb : view.structures(Icb.class)) {
        Optional<Body> body = icb.board().flatMap(view::body);
        if (body.isEmpty()) {
          continue;
        }
        List<Appointment> appointments = view.appointmentsOn(body.get().id());
        Map<String, PostRole> roles = new HashMap<>();
        for (Appointment a : appointments) {
          Models.role(view, a).ifPresent(r -> roles.put(a.id(), r));
        }
        boards.add(new Board(icb, body.get(), appointments, roles));
      }
      return boards;
    }

    List<Appointment> with(PostRole role) {
      return appointments.stream().filter(a -> roles.get(a.id()) == role).toList();
    }

    Set<String> people(java.util.function.Predicate<PostRole> roleTest) {
      Set<String> people = new LinkedHashSet<>();
      for (Appointment a : appointments) {
        PostRole r = roles.get(a.id());
        if (r != null && roleTest.test(r)) {
          people.add(a.person());
        }
      }
      return people;
    }

    List<String> appointmentIds() {
      return appointments.stream().map(Appointment::id).toList();
    }

    /**
     * The appointments to the post with this role other than those recorded as acting in it: a
     * person acting as chair or chief executive is not appointed to the post (see {@link
     * org.integratedcare.core.body.Capacity#ACTING}) and keeps the seat they hold.
     */
    List<Appointment> appointedTo(PostRole role) {
      return with(role).stream().filter(a -> !a.isActing()).toList();
    }
  }

  static final class BoardChairAndChiefExecutive extends AbstractRule {
    BoardChairAndChiefExecutive() {
      super(ID + ".icb-board-chair-and-chief-executive",
          "ICB board has a chair and a chief executive", Severity.ERROR,
          Basis.statute("NHS Act 2006 Sch 1B para 3(1)"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      for (Icb icb : view.structures(Icb.class)) {
        Optional<String> boardId = icb.board();
        if (boardId.isEmpty() || view.body(boardId.get()).isEmpty()) {
          out.add(gap(context.structureSubject(icb.id()), "ICB " + Models.label(view, icb.id())
          + " has no board recorded in force on " + view.date()
          + ", so its composition (a chair, a chief executive and at least three other members) "
          + "cannot be checked: record the board.", boardId.map(List::of).orElse(List.of(icb.id()))));
        }
      }
      for (Board board : Board.all(view)) {
        for (PostRole role : List.of(PostRole.CHAIR, PostRole.CHIEF_EXECUTIVE)) {
          Recorded.Seat seat = Recorded.seat(view, board.body(), r -> r == role, board.with(role));
          String boardName = "the board of ICB " + Models.label(view, board.icb().id());
          List<String> evidence = new ArrayList<>(Recorded.posts(view, board.body(), r -> r == role));
          evidence.add(board.body().id());
          Recorded.seatFinding(this, context.subject(board.body().id()), seat, "The board of ICB "
              + Models.label(view, board.icb().id()) + " has no " + describe(role) + " appointed on "
              + view.date() + (seat == Recorded.Seat.VACANT ? ": the seat is vacant." : ": it has no such seat."),
              "whether " + boardName + " has a " + describe(role) + " on " + view.date(),
              describe(role) + "'s", "the board", evidence).ifPresent(out::add);
        }
      }
      return out;
    }

    private static String describe(PostRole role) {
      return role == PostRole.CHAIR ? "chair" : "chief executive";
    }
  }

  static final class BoardOrdinaryMembers extends AbstractRule {
    BoardOrdinaryMembers() {
      super(ID + ".icb-board-ordinary-members", "ICB board has at least three ordinary members",
          Severity.ERROR, Basis.statute("NHS Act 2006 Sch 1B para 3(1)(c) and 3(2), "
              + "https://www.legislation.gov.uk/ukpga/2006/41/schedule/1B: at least three members other than "
              + "the chair and the chief executive"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      List<Finding> out = new ArrayList<>();
      for (Board board : Board.all(context.view())) {
        // Sch 1B para 3(2): an ordinary member is a member other than the chair or the chief
        // executive, so a chair or chief executive who also holds another seat is not one
        Set<String> ordinary = board.people(r -> r != PostRole.OBSERVER);
        // (a member recorded as acting as chair or chief executive is not appointed to that post)
        board.appointedTo(PostRole.CHAIR).forEach(a -> ordinary.remove(a.person()));
        board.appointedTo(PostRole.CHIEF_EXECUTIVE).forEach(a -> ordinary.remove(a.person()));
        if (ordinary.size() < 3) {
          if (Recorded.seatsComplete(context.view(), board.body())) {
            out.add(finding(context.subject(board.body().id()), "The board of ICB "
                + Models.label(context.view(), board.icb().id()) + " has " + ordinary.size()
                + " ordinary member(s) on " + context.date()
                + "; besides the chair and the chief executive it must have at least three.",
                board.appointmentIds()));
          } else {
            out.add(gap(context.subject(board.body().id()), "The board of ICB "
                + Models.label(context.view(), board.icb().id()) + " has " + ordinary.size()
                + " ordinary member(s) recorded on " + context.date() + "; it must have at least "
                + "three besides the chair and the chief executive: record the other seats and their "
                + "holders, or declare the board's posts and appointments complete.",
                ordinary.isEmpty() ? List.of(board.body().id()) : board.appointmentIds()));
          }
        }
      }
      return out;
    }
  }

  static final class BoardPartnerMembers extends AbstractRule {
    BoardPartnerMembers() {
      super(ID + ".icb-board-partner-members",
          "ICB board has a partner member of each of the three kinds", Severity.ERROR,
          Basis.statute("NHS Act 2006 Sch 1B, ordinary members nominated by NHS trusts and foundation "
          + "trusts (para 8(2)(a)), providers of primary medical services and local authorities, "
          + "as summarised in ICB constitutions"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      List<Finding> out = new ArrayList<>();
      for (Board board : Board.all(context.view())) {
        for (PostRole role : List.of(PostRole.PARTNER_MEMBER_TRUSTS,
        PostRole.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES, PostRole.PARTNER_MEMBER_LOCAL_AUTHORITIES)) {
          Recorded.Seat seat = Recorded.seat(context.view(), board.body(), r -> r == role, board.with(role));
          List<String> evidence = new ArrayList<>(Recorded.posts(context.view(), board.body(), r -> r == role));
          evidence.add(board.body().id());
          String icb = Models.label(context.view(), board.icb().id());
          Recorded.seatFinding(this, context.subject(board.body().id()), seat, "The board of ICB " + icb
              + " has no partner member " + nominators(role) + " appointed on " + context.date() + ".",
              "whether the board of ICB " + icb + " has a partner member " + nominators(role) + " on "
                  + context.date(), "partner member's", "the board", evidence).ifPresent(out::add);
        }
      }
      return out;
    }

    static String nominators(PostRole role) {
      switch (role) {
        case PARTNER_MEMBER_TRUSTS:
          return "nominated by NHS trusts and foundation trusts";
        case PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES:
          return "nominated by providers of primary medical services";
        default:
          return "nominated by local authorities";
      }
    }
  }

  static final class ChiefExecutiveEmployed extends AbstractRule {
    ChiefExecutiveEmployed() {
      super(ID + ".icb-chief-executive-employed", "ICB chief executive is an employee of the ICB",
          Severity.ERROR, Basis.statute("NHS Act 2006 Sch 1B para 7(2)"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      for (Board board : Board.all(view)) {
        for (Appointment a : board.with(PostRole.CHIEF_EXECUTIVE)) {
          Optional<Person> person = view.model().person(a.person());
          if (person.isPresent() && !person.get().isEmployedBy(board.icb().id(), view.date())) {
            boolean employedElsewhere = person.get().employments().stream()
                .anyMatch(e -> e.holdsOn(view.date()));
            if (employedElsewhere) {
              out.add(finding(context.subject(a.id()), "The chief executive of ICB "
                  + Models.label(view, board.icb().id()) + ", " + Models.label(view, a.person())
                  + ", is recorded as employed on " + view.date() + " by another organisation and not"
                  + " by the ICB; the chief executive must be and remain an employee of the ICB.",
                  List.of(a.id(), a.person())));
            } else {
              out.add(gap(context.subject(a.id()), "The employer of the chief executive of ICB "
                  + Models.label(view, board.icb().id()) + ", " + Models.label(view, a.person())
                  + ", is not recorded on " + view.date() + ": the chief executive must be an "
                  + "employee of the ICB, so record the employment.", List.of(a.id(), a.person())));
            }
          }
        }
      }
      return out;
    }
  }

  /**
   * Sch 1B para 5: the chair is appointed by NHS England with the approval of the Secretary of
   * State. An interim chair holds the post by appointment too, so is checked the same way. Someone
   * recorded as {@linkplain org.integratedcare.core.body.Capacity#ACTING acting} as chair is not
   * appointed as chair, so there is no para 5 appointment to check: {@code
   * england.guidance.icb-acting-chair} reports it. Who appointed or approved, where not recorded, is
   * not reported.
   */
  static final class ChairAppointment extends AbstractRule {
    ChairAppointment() {
      super(ID + ".icb-chair-appointment",
          "ICB chair appointed by NHS England with the approval of the Secretary of State",
          Severity.ERROR, Basis.statute("NHS Act 2006 Sch 1B para 5"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      for (Board board : Board.all(view)) {
        for (Appointment a : board.appointedTo(PostRole.CHAIR)) {
          String chair = (a.capacity().orElse(null) == org.integratedcare.core.body.Capacity.INTERIM
              ? "The interim chair of ICB " : "The chair of ICB ") + Models.label(view, board.icb().id());
          String interim = a.capacity().orElse(null) == org.integratedcare.core.body.Capacity.INTERIM
              ? " An interim chair holds the post by appointment, made the same way." : "";
          a.appointedBy().ifPresent(by -> {
        if (!isKind(view, by, OrganisationKind.NHS_ENGLAND)) {
          out.add(finding(context.subject(a.id()), chair + " is recorded as appointed by "
              + Models.label(view, by) + "; the chair is appointed by NHS England." + interim,
              List.of(a.id(), by)));
        }
          });
          a.approvedBy().ifPresent(by -> {
        if (!isKind(view, by, OrganisationKind.SECRETARY_OF_STATE)) {
          out.add(finding(context.subject(a.id()), chair + " is recorded as approved by "
              + Models.label(view, by)
              + "; the appointment needs the approval of the Secretary of State." + interim,
              List.of(a.id(), by)));
        }
          });
        }
      }
      return out;
    }
  }

  /**
   * Sch 1B para 7(1): the chief executive is appointed by the chair, with the approval of NHS
   * England. The model records the appointing organisation, not the person, so an appointment the
   * chair makes is recorded as made by the ICB: one recorded as made by another organisation, or
   * approved by someone other than NHS England, is an error. Nothing recorded is not reported.
   */
  static final class ChiefExecutiveAppointment extends AbstractRule {
    ChiefExecutiveAppointment() {
      super(ID + ".icb-chief-executive-appointment",
          "ICB chief executive appointed by the chair with the approval of NHS England", Severity.ERROR,
          Basis.statute("NHS Act 2006 Sch 1B para 7(1), https://www.legislation.gov.uk/ukpga/2006/41/schedule/1B: "
              + "the chief executive is appointed by the chair, with the approval of NHS England"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      for (Board board : Board.all(view)) {
        String icb = Models.label(view, board.icb().id());
        for (Appointment a : board.with(PostRole.CHIEF_EXECUTIVE)) {
          a.appointedBy().filter(by -> !by.equals(board.icb().id()) && !board.body().organisations().contains(by))
              .ifPresent(by -> out.add(finding(context.subject(a.id()), "The chief executive of ICB " + icb
                  + " is recorded as appointed by " + Models.label(view, by) + "; the chief executive is appointed "
                  + "by the ICB's chair (record the ICB as the appointer).", List.of(a.id(), by))));
          a.approvedBy().filter(by -> !isKind(view, by, OrganisationKind.NHS_ENGLAND))
              .ifPresent(by -> out.add(finding(context.subject(a.id()), "The chief executive of ICB " + icb
                  + " is recorded as approved by " + Models.label(view, by)
                  + "; the appointment needs the approval of NHS England.", List.of(a.id(), by))));
        }
      }
      return out;
    }
  }

  /**
   * Posts one person holds at once on an ICB's board. Sch 1B para 3(1) provides for a chair, a chief
   * executive and at least three other members, para 7(1) for the chief executive to be appointed by
   * the chair and para 7(2) for the chief executive to be an employee, and para 3(2) defines an
   * ordinary member as a member other than the chair or chief executive: one person as both chair and
   * chief executive is an error; a chair or chief executive who also holds another seat is a warning
   * that the seat is not filled by an ordinary member (the ordinary-member and partner-member counts
   * are the rules that say whether the board still meets its minimum).
   */
  static final class PostsHeldTogether extends AbstractRule {
    PostsHeldTogether() {
      super(ID + ".icb-board-posts-held-together",
          "One person is not both chair and chief executive, nor chair or chief executive and an ordinary member",
          Severity.ERROR, Basis.statute("NHS Act 2006 Sch 1B paras 3(1), 3(2), 5 and 7, "
              + "https://www.legislation.gov.uk/ukpga/2006/41/schedule/1B: the board consists of a chair appointed "
              + "by NHS England, a chief executive appointed by the chair and employed by the ICB, and at least "
              + "three other members; an ordinary member is a member other than the chair or chief executive"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      for (Board board : Board.all(view)) {
        String icb = Models.label(view, board.icb().id());
        Map<String, List<Appointment>> byPerson = new java.util.TreeMap<>();
        board.appointments().forEach(a -> byPerson.computeIfAbsent(a.person(), k -> new ArrayList<>()).add(a));
        for (Map.Entry<String, List<Appointment>> e : byPerson.entrySet()) {
          // acting in a post is not an appointment to it (icb-acting-chair reports an acting chair)
          List<Appointment> chair = e.getValue().stream()
              .filter(a -> board.roles().get(a.id()) == PostRole.CHAIR && !a.isActing()).toList();
          List<Appointment> ceo = e.getValue().stream()
              .filter(a -> board.roles().get(a.id()) == PostRole.CHIEF_EXECUTIVE && !a.isActing()).toList();
          String person = Models.label(view, e.getKey());
          if (!chair.isEmpty() && !ceo.isEmpty()) {
            out.add(finding(context.subject(chair.get(0).id()), person + " is both chair and chief executive of "
                + "ICB " + icb + " on " + view.date() + "; the board has a chair appointed by NHS England and a "
                + "chief executive appointed by the chair, as two of its members.",
                List.of(chair.get(0).id(), ceo.get(0).id())));
          }
          if (chair.isEmpty() && ceo.isEmpty()) {
            continue;
          }
          Appointment office = chair.isEmpty() ? ceo.get(0) : chair.get(0);
          String officeName = chair.isEmpty() ? "chief executive" : "chair";
          for (Appointment other : e.getValue()) {
            PostRole role = board.roles().get(other.id());
            if (role == null || role == PostRole.CHAIR || role == PostRole.CHIEF_EXECUTIVE
                || role == PostRole.OBSERVER) {
              continue;
            }
            String seat = Models.label(view, other.post());
            String deputy = other.designations().contains(org.integratedcare.core.body.Designation.DEPUTY_CHAIR)
                && !chair.isEmpty()
                ? " A deputy chair presides when the chair is unavailable but does not become the chair, which is "
                    + "an appointment by NHS England with the approval of the Secretary of State (NHS England, "
                    + "Guidance on integrated care board constitutions and governance)."
                : "";
            out.add(finding(context.subject(other.id()), person + ", the " + officeName + " of ICB " + icb
                + ", also holds the seat " + seat + " on " + view.date() + ". An ordinary member is a member "
                + "other than the chair or the chief executive, so this seat is not filled by an ordinary member "
                + "and does not count towards the three the board must have." + deputy,
                List.of(office.id(), other.id())).withSeverity(Severity.WARNING));
          }
        }
      }
      return out;
    }
  }

  /**
   * Who nominated each partner member. The ordinary members include members nominated by the NHS
   * trusts and foundation trusts that provide services in the ICB's area, by the providers of primary
   * medical services in the area, and by the local authorities with social-care functions whose
   * areas coincide with or include part of the ICB's area (Sch 1B para 8; sub-paragraph (2)(a) as S.I.
   * 2024/1205 confirms, the rest as ICB constitutions summarise it). A partner member recorded as
   * nominated by an organisation of another kind is an error; nominators not recorded, or of no
   * recorded kind, are a gap. A primary care network is not itself a provider of primary medical
   * services: its member practices are, so a nomination recorded against the network is a gap.
   */
  static final class PartnerMemberNomination extends AbstractRule {
    PartnerMemberNomination() {
      super(ID + ".icb-partner-member-nomination",
          "A partner member is nominated by organisations of the kind the seat names", Severity.ERROR,
          Basis.statute("NHS Act 2006 Sch 1B para 8, https://www.legislation.gov.uk/ukpga/2006/41/schedule/1B "
              + "(para 8(2)(a), the member nominated by NHS trusts and foundation trusts, as S.I. 2024/1205 "
              + "confirms; the members nominated by providers of primary medical services and by local "
              + "authorities with social-care functions as ICB constitutions summarise the paragraph, for "
              + "example Hertfordshire and West Essex ICB constitution 2.1.6; the paragraph's own wording "
              + "beyond 8(1)(a) was not read: UNCONFIRMED)"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      for (Board board : Board.all(view)) {
        String icb = Models.label(view, board.icb().id());
        for (Appointment a : board.appointments()) {
          PostRole role = board.roles().get(a.id());
          if (role != PostRole.PARTNER_MEMBER_TRUSTS && role != PostRole.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES
              && role != PostRole.PARTNER_MEMBER_LOCAL_AUTHORITIES) {
            continue;
          }
          String who = Models.label(view, a.person()) + ", partner member " + BoardPartnerMembers.nominators(role)
              + " on the board of ICB " + icb;
          if (a.nominatedBy().isEmpty()) {
            out.add(gap(context.subject(a.id()), "Cannot tell who nominated " + who + ": record the "
                + "organisations that nominated the member (nominatedBy).", List.of(a.id())));
            continue;
          }
          for (String org : new java.util.TreeSet<>(a.nominatedBy())) {
            Optional<OrganisationKind> kind = view.model().organisation(org)
                .flatMap(o -> o.kindOn(view.date()).or(() -> Optional.of(o.kind())));
            if (kind.isEmpty()) {
              out.add(gap(context.subject(a.id()), who + ", is recorded as nominated by " + org
                  + ", which is not a recorded organisation, so whether it may nominate for the seat cannot be "
                  + "told: record the organisation and its kind.", List.of(a.id(), org)));
            } else if (role == PostRole.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES
                && kind.get() == OrganisationKind.PRIMARY_CARE_NETWORK) {
              out.add(gap(context.subject(a.id()), who + ", is recorded as nominated by primary care network "
                  + Models.label(view, org) + "; the nominators are the providers of primary medical services, "
                  + "the network's member practices: record the practices that nominated.", List.of(a.id(), org)));
            } else if (!mayNominate(role, kind.get())) {
              out.add(finding(context.subject(a.id()), who + ", is recorded as nominated by "
                  + Models.label(view, org) + ", " + Models.withArticle(kind.get().typeName().replace('-', ' ')) + ", on "
                  + view.date() + "; this seat is for a member nominated by " + nominatorKinds(role) + ".",
                  List.of(a.id(), org)));
            }
          }
        }
      }
      return out;
    }

    private static boolean mayNominate(PostRole role, OrganisationKind kind) {
      switch (role) {
        case PARTNER_MEMBER_TRUSTS:
          return kind.isTrust();
        case PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES:
          return kind == OrganisationKind.GP_PRACTICE;
        default:
          return kind.hasSocialCareResponsibilities();
      }
    }

    private static String nominatorKinds(PostRole role) {
      switch (role) {
        case PARTNER_MEMBER_TRUSTS:
          return "NHS trusts and NHS foundation trusts that provide services in the ICB's area";
        case PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES:
          return "providers of primary medical services (general practices) in the ICB's area";
        default:
          return "local authorities with social-care functions (county, unitary and London borough councils) "
              + "whose areas coincide with or include part of the ICB's area";
      }
    }
  }

  /**
   * Sch 1B para 4: nobody may be appointed to an ICB's board if the appointer thinks the appointment
   * could reasonably be seen as undermining the independence of the health service because of the
   * person's involvement with the private healthcare sector or otherwise. The judgment is the
   * appointer's, so a member whose register of interests names an independent provider is a
   * finding for review, not a breach.
   */
  static final class IndependenceForReview extends AbstractRule {
    IndependenceForReview() {
      super(ID + ".icb-board-independence-for-review",
          "A board member's involvement with the private healthcare sector is for the appointer to weigh",
          Severity.WARNING, Basis.statute("NHS Act 2006 Sch 1B para 4, "
              + "https://www.legislation.gov.uk/ukpga/2006/41/schedule/1B: no appointment that the appointer "
              + "considers could reasonably be regarded as undermining the independence of the health service "
              + "because of the person's involvement with the private healthcare sector or otherwise"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      for (Board board : Board.all(view)) {
        for (Appointment a : board.appointments()) {
          Optional<Person> person = view.model().person(a.person());
          if (person.isEmpty()) {
            continue;
          }
          for (org.integratedcare.core.body.Declaration d : person.get().declarationsOn(view.date())) {
            String org = d.organisation().orElse(null);
            if (org != null && isKind(view, org, OrganisationKind.INDEPENDENT_PROVIDER)) {
              out.add(finding(context.subject(a.id()), Models.label(view, a.person()) + ", on the board of ICB "
                  + Models.label(view, board.icb().id()) + ", declares an interest in "
                  + Models.label(view, org) + ", an independent provider, on " + view.date() + " (\""
                  + d.description() + "\"); the appointer must be satisfied that the appointment could not "
                  + "reasonably be regarded as undermining the independence of the health service: record "
                  + "that judgment, or review the appointment.", List.of(a.id(), a.person(), org)));
            }
          }
        }
      }
      return out;
    }
  }

  static boolean isKind(ModelView view, String organisationId, OrganisationKind kind) {
    return view.model().organisation(organisationId)
        .flatMap(o -> o.kindOn(view.date()).or(() -> Optional.of(o.kind())))
        .map(k -> k == kind).orElse(false);
  }

  static final class IcbAreas extends AbstractRule {
    private final boolean partialOnly;

    IcbAreas(boolean partialOnly) {
      super(ID + (partialOnly ? ".icb-areas-may-overlap" : ".icb-areas-overlap"),
          partialOnly ? "ICB areas share a unit that each holds only in part"
          : "ICB areas in force on the same date do not overlap",
          partialOnly ? Severity.INFO : Severity.ERROR,
          Basis.statute("NHS Act 2006 Pt 2 Ch A3, establishment of integrated care boards "
          + "(areas may not coincide or overlap)"));
      this.partialOnly = partialOnly;
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Icb> icbs = view.structures(Icb.class);
      Map<String, List<Icb>> whole = new HashMap<>();
      Map<String, List<Icb>> partial = new HashMap<>();
      for (Icb icb : icbs) {
        icb.area().units().forEach(u -> whole.computeIfAbsent(u, k -> new ArrayList<>()).add(icb));
        icb.area().partialUnits().forEach(u -> partial.computeIfAbsent(u, k -> new ArrayList<>()).add(icb));
      }
      Map<String, Icb> byId = new HashMap<>();
      icbs.forEach(i -> byId.put(i.id(), i));
      Map<String, Set<String>> shared = new java.util.TreeMap<>();
      for (Icb icb : icbs) {
        Area area = icb.area();
        for (String unit : partialOnly ? area.partialUnits() : area.units()) {
          List<Icb> others = new ArrayList<>(partial.getOrDefault(unit, List.of()));
          if (!partialOnly) {
        others.addAll(whole.getOrDefault(unit, List.of()));
          }
          for (Icb other : others) {
        if (other.id().equals(icb.id())) {
          continue;
        }
        boolean first = icb.id().compareTo(other.id()) < 0;
        String key = first ? icb.id() + "\n" + other.id() : other.id() + "\n" + icb.id();
        shared.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(unit);
          }
        }
      }
      if (partialOnly) {
        shared.keySet().removeIf(k -> {
          String[] pair = k.split("\n");
          return byId.get(pair[0]).area().overlaps(byId.get(pair[1]).area());
        });
      }
      List<Finding> out = new ArrayList<>();
      for (Map.Entry<String, Set<String>> e : shared.entrySet()) {
        String[] pair = e.getKey().split("\n");
        String units = String.join(", ", e.getValue());
        String message = partialOnly
        ? "The areas of ICBs " + Models.label(view, pair[0]) + " and " + Models.label(view, pair[1])
            + " both hold part of " + units + " on " + view.date()
            + "; check that the parts do not overlap, since ICB areas may not overlap."
        : "The areas of ICBs " + Models.label(view, pair[0]) + " and " + Models.label(view, pair[1])
            + " overlap on " + view.date() + " (" + units + "); ICB areas may not coincide or overlap.";
        out.add(finding(context.structureSubject(pair[0]), message, List.of(pair[0], pair[1])));
      }
      return out;
    }
  }

  static final class IcpMembers extends AbstractRule {
    IcpMembers() {
      super(ID + ".icp-statutory-members",
          "ICP has a member appointed by the ICB and one by each responsible local authority",
          Severity.ERROR, Basis.statute("Local Government and Public Involvement in Health Act 2007 s.116ZA(1) "
              + "and (2), https://www.legislation.gov.uk/ukpga/2007/28/section/116ZA: the ICB and each "
              + "responsible local authority whose area coincides with, or falls wholly or partly within, the "
              + "ICB's area each appoint a member (the responsible local authorities read as the councils with "
              + "social-care functions: county, unitary and London borough councils; UNCONFIRMED wording)"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      ResponsibleAuthorities responsible = new ResponsibleAuthorities(view);
      for (Icp icp : view.structures(Icp.class)) {
        Optional<Body> body = icp.body().flatMap(view::body);
        if (body.isEmpty()) {
          out.add(gap(context.structureSubject(icp.id()), "Integrated care partnership "
          + icp.name() + " (" + icp.id() + ") has no joint committee body recorded in force on "
          + view.date() + ", so its members appointed by the ICB and the responsible local "
          + "authorities cannot be checked: record the joint committee and its members.",
          List.of(icp.id())));
          continue;
        }
        Set<String> appointers = new HashSet<>();
        List<Appointment> appointments = view.appointmentsOn(body.get().id());
        appointments.forEach(a -> a.appointedBy().ifPresent(appointers::add));
        Set<String> derived = new java.util.TreeSet<>();
        view.structures(Icb.class).stream().filter(i -> i.id().equals(icp.icb())).findFirst()
            .ifPresent(icb -> derived.addAll(responsible.of(icb, unresolved -> out.add(gap(
                context.structureSubject(icp.id()), "Area unit " + unresolved + " of ICB "
                    + Models.label(view, icp.icb()) + " is not a recorded council with social-care functions "
                    + "(or a district whose county council is recorded), so the responsible local authorities "
                    + "of integrated care partnership " + icp.name() + " cannot all be derived from the ICB's "
                    + "area: record the council.", List.of(icp.id(), icp.icb()))))));
        List<String> needed = new ArrayList<>();
        needed.add(icp.icb());
        Set<String> authorities = new java.util.TreeSet<>(icp.responsibleLocalAuthorities());
        authorities.addAll(derived);
        needed.addAll(authorities);
        for (String appointer : needed) {
          if (!appointer.equals(icp.icb()) && derived.contains(appointer)
              && !icp.responsibleLocalAuthorities().contains(appointer) && appointers.contains(appointer)) {
            continue;
          }
          if (!appointers.contains(appointer)) {
            if (Recorded.complete(view, org.integratedcare.core.Completeness.Aspect.APPOINTMENTS, body.get())
                || Recorded.complete(view, org.integratedcare.core.Completeness.Aspect.MEMBERS, icp.id())) {
              out.add(finding(context.subject(body.get().id()), "Integrated care partnership "
                  + icp.name() + " has no member appointed by " + Models.label(view, appointer)
                  + " on " + view.date() + "; the ICB and each responsible local authority appoint one"
                  + unlisted(icp, derived, appointer) + ".", List.of(icp.id(), body.get().id(), appointer)));
            } else {
              out.add(gap(context.subject(body.get().id()), "No member of integrated care partnership "
                  + icp.name() + " appointed by " + Models.label(view, appointer) + " is recorded on "
                  + view.date() + "; the ICB and each responsible local authority appoint one"
                  + unlisted(icp, derived, appointer) + ": record the member, or declare the partnership's "
                  + "members complete.",
                  List.of(icp.id(), body.get().id(), appointer)));
            }
          }
        }
      }
      return out;
    }
  }

  /** A clause for a responsible authority derived from the ICB's area that the ICP does not list. */
  private static String unlisted(Icp icp, Set<String> derived, String appointer) {
    return derived.contains(appointer) && !icp.responsibleLocalAuthorities().contains(appointer)
        ? " (its area lies within the ICB's area, so it is a responsible local authority, though the "
            + "partnership's record does not list it)"
        : "";
  }

  static final class HwbMembers extends AbstractRule {
    private static final List<PostRole> REQUIRED = List.of(PostRole.COUNCILLOR,
        PostRole.DIRECTOR_OF_ADULT_SOCIAL_SERVICES, PostRole.DIRECTOR_OF_CHILDRENS_SERVICES,
        PostRole.DIRECTOR_OF_PUBLIC_HEALTH, PostRole.HEALTHWATCH_REPRESENTATIVE);

    HwbMembers() {
      super(ID + ".hwb-statutory-members", "Health and wellbeing board has its statutory members",
          Severity.ERROR, Basis.statute("Health and Social Care Act 2012 s.194(2)"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      for (HealthAndWellbeingBoard hwb : view.structures(HealthAndWellbeingBoard.class)) {
        Optional<Body> body = hwb.body().flatMap(view::body);
        if (body.isEmpty()) {
          out.add(gap(context.structureSubject(hwb.id()), "Health and wellbeing board "
          + hwb.name() + " (" + hwb.id() + ") has no committee body recorded in force on "
          + view.date() + ", so its statutory members cannot be checked: record the committee "
          + "and its members.", List.of(hwb.id())));
          continue;
        }
        Map<PostRole, List<Appointment>> byRole = new java.util.EnumMap<>(PostRole.class);
        for (Appointment a : view.appointmentsOn(body.get().id())) {
          Models.role(view, a).ifPresent(r -> byRole.computeIfAbsent(r, k -> new ArrayList<>()).add(a));
        }
        for (PostRole role : REQUIRED) {
          Recorded.Seat seat = Recorded.seat(view, body.get(), r -> r == role,
              byRole.getOrDefault(role, List.of()));
          List<String> evidence = new ArrayList<>(List.of(hwb.id(), body.get().id()));
          evidence.addAll(Recorded.posts(view, body.get(), r -> r == role));
          Recorded.seatFinding(this, context.subject(body.get().id()), seat, "Health and wellbeing board "
              + hwb.name() + " has no " + describe(role) + " on " + view.date() + ".",
              "whether health and wellbeing board " + hwb.name() + " has a " + describe(role) + " on "
                  + view.date(), describe(role) + "'s", "the board", evidence).ifPresent(out::add);
        }
        Set<String> represented = new HashSet<>();
        for (Appointment a : byRole.getOrDefault(PostRole.ICB_REPRESENTATIVE, List.of())) {
          a.appointedBy().ifPresent(represented::add);
          represented.addAll(a.nominatedBy());
        }
        for (String icb : new java.util.TreeSet<>(hwb.relevantIcbs())) {
          if (!represented.contains(icb)) {
            if (Recorded.complete(view, org.integratedcare.core.Completeness.Aspect.APPOINTMENTS, body.get())) {
              out.add(finding(context.subject(body.get().id()), "Health and wellbeing board "
                  + hwb.name() + " has no representative appointed by ICB " + Models.label(view, icb)
                  + " on " + view.date() + "; each relevant ICB must appoint one.",
                  List.of(hwb.id(), body.get().id(), icb)));
            } else {
              out.add(gap(context.subject(body.get().id()), "No representative of ICB "
                  + Models.label(view, icb) + " on health and wellbeing board " + hwb.name()
                  + " is recorded on " + view.date() + "; each relevant ICB must appoint one: record "
                  + "the appointment, or declare the board's appointments complete.",
                  List.of(hwb.id(), body.get().id(), icb)));
            }
          }
        }
      }
      return out;
    }

    private static String describe(PostRole role) {
      switch (role) {
        case COUNCILLOR:
          return "councillor member";
        case DIRECTOR_OF_ADULT_SOCIAL_SERVICES:
          return "director of adult social services";
        case DIRECTOR_OF_CHILDRENS_SERVICES:
          return "director of children's services";
        case DIRECTOR_OF_PUBLIC_HEALTH:
          return "director of public health";
        default:
          return "representative of the Local Healthwatch";
      }
    }
  }

  static boolean isS65z5(DelegationInstrument instrument) {
    return DelegationLaw.isS65z5(instrument);
  }

  static final class S65z5Parties extends AbstractRule {
    private final StatutoryParameters parameters;

    S65z5Parties(StatutoryParameters parameters) {
      super(ID + ".s65z5-parties",
          "A s.65Z5 arrangement is made by a relevant body with a body the power allows",
          Severity.ERROR, Basis.statute("NHS Act 2006 s.65Z5; NHS England statutory guidance under s.65Z7"));
      this.parameters = parameters;
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      for (Delegation d : view.delegations()) {
        if (!DelegationLaw.isS65z5(d.instrument())) {
          continue;
        }
        // the parties the power allows are stated once, in DelegationLaw, which DecisionAuthority also
        // applies; an organisation of no recorded kind is a gap in the data, not a breach
        for (DelegationLaw.PartyProblem p : DelegationLaw.parties(Models.organisationsOf(view, d.delegator()),
            Models.organisationsOf(view, d.delegate()), view::kindOf, parameters.relevantBodies(),
            parameters.s65z5Recipients(), false)) {
          String org = p.organisation();
          OrganisationKind kind = p.kind().orElseThrow();
          if (p.delegatorSide()) {
            out.add(finding(context.subject(d.id()), "Arrangement " + d.id() + " under s.65Z5 is made by "
                + Models.label(view, org) + ", " + Models.withArticle(kind.typeName())
                + ", which is not a relevant body (NHS England, an ICB, an NHS trust or an NHS foundation trust).",
                List.of(d.id(), org)));
          } else {
            out.add(finding(context.subject(d.id()), "Arrangement " + d.id() + " under s.65Z5 gives functions of "
                + Models.label(view, d.delegator()) + " to " + Models.label(view, org) + ", "
                + Models.withArticle(kind.typeName()) + "; s.65Z5 allows arrangements only with another relevant "
                + "body or a local authority.", List.of(d.id(), org)));
          }
        }
      }
      return out;
    }
  }

  static final class NhsEnglandNonDelegable extends AbstractRule {
    private final Set<String> sections;

    NhsEnglandNonDelegable(StatutoryParameters parameters) {
      super(ID + ".nhs-england-non-delegable-functions",
          "NHS England does not delegate the functions S.I. 2022/642 excludes", Severity.ERROR,
          Basis.regulation("S.I. 2022/642 reg 2 (National Health Service (Joint Working and "
          + "Delegation Arrangements) (England) Regulations 2022; "
          + "https://www.legislation.gov.uk/uksi/2022/642/regulation/2)"));
      this.sections = new LinkedHashSet<>(parameters.nhsEnglandNonDelegableSections());
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      for (Delegation d : view.delegations()) {
        if (!DelegationLaw.isS65z5(d.instrument())) {
          continue;
        }
        for (String functionId : new java.util.TreeSet<>(d.functions())) {
          Optional<StatutoryFunction> f = view.model().function(functionId);
          if (f.isEmpty() || !DelegationLaw.isNhsEngland(view.model(), f.get().holder(), view.date())) {
            continue;
          }
          // the same statement of delegability that DecisionAuthority applies to every delegation
          Optional<DelegationLaw.Bar> bar = DelegationLaw.bar(view.model(), f.get(), view.date(), d.instrument(),
              true, sections, true);
          if (bar.isPresent()) {
            String why = bar.get().section().map(s -> "its basis cites s." + s + ", which reg 2 excludes from s.65Z5")
                .orElse("it is recorded as not delegable");
            out.add(finding(context.subject(d.id()), "NHS England arranges for "
                + Models.label(view, functionId) + " to be exercised by "
                + Models.label(view, d.delegate()) + " under s.65Z5, but " + why + ".",
                List.of(d.id(), functionId)));
          }
        }
      }
      return out;
    }
  }

  static final class TrustPartnerMemberChairsTrust extends AbstractRule {
    static final LocalDate IN_FORCE = LocalDate.of(2024, 12, 16);

    TrustPartnerMemberChairsTrust() {
      super(ID + ".trust-partner-member-chairs-trust",
          "Trust partner member who chairs or sits as non-executive on an NHS trust board",
          Severity.WARNING, Basis.regulation("S.I. 2024/1205 (in force 16 December 2024): an NHS Act "
          + "2006 Sch 1B para 8(2)(a) member may also be chair or a non-executive director of an NHS trust"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      if (!view.date().isBefore(IN_FORCE)) {
        return List.of();
      }
      List<Finding> out = new ArrayList<>();
      for (Board board : Board.all(view)) {
        for (Appointment member : board.with(PostRole.PARTNER_MEMBER_TRUSTS)) {
          for (Appointment other : view.appointmentsOf(member.person())) {
        Optional<Post> post = view.model().post(other.post());
        if (post.isEmpty() || (post.get().role() != PostRole.CHAIR
            && post.get().role() != PostRole.NON_EXECUTIVE)) {
          continue;
        }
        Optional<Body> body = view.body(post.get().body());
        if (body.isEmpty()) {
          continue;
        }
        for (String org : new java.util.TreeSet<>(body.get().organisations())) {
          if (view.kindOf(org).orElse(null) == OrganisationKind.NHS_TRUST) {
            out.add(finding(context.subject(member.id()), Models.label(view, member.person())
                + " is the trusts' partner member on the board of ICB "
                + Models.label(view, board.icb().id()) + " and also "
                + (post.get().role() == PostRole.CHAIR ? "chair" : "a non-executive director")
                + " of NHS trust " + Models.label(view, org) + " on " + view.date()
                + ". S.I. 2024/1205, which allows this, came into force only on 16 December 2024; "
                + "check the appointment against the rules in force on the date.",
                List.of(member.id(), other.id(), org)));
          }
        }
          }
        }
      }
      return out;
    }
  }
}
