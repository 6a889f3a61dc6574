package org.integratedcare.governance.rules.england;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.integratedcare.governance.rules.AbstractRule;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Declaration;
import org.integratedcare.core.body.Person;
import org.integratedcare.core.body.DecisionRule;
import org.integratedcare.core.body.Quorum;
import org.integratedcare.core.body.TermsOfReference;
import org.integratedcare.core.meeting.AgendaItem;
import org.integratedcare.core.meeting.Attendance;
import org.integratedcare.core.meeting.ConflictManagement;
import org.integratedcare.core.meeting.Decision;
import org.integratedcare.core.meeting.DecisionOutcome;
import org.integratedcare.core.meeting.ItemDeclaration;
import org.integratedcare.core.meeting.Meeting;
import org.integratedcare.core.meeting.Vote;
import org.integratedcare.core.meeting.VoteChoice;
import org.integratedcare.governance.authority.AuthorityAnswer;
import org.integratedcare.governance.authority.AuthorityQuery;
import org.integratedcare.governance.authority.DecisionAuthority;
import org.integratedcare.governance.authority.Outcome;
import org.integratedcare.governance.authority.LegalAssumptions;
import org.integratedcare.governance.authority.Verdict;
import org.integratedcare.governance.rules.Basis;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.Rule;
import org.integratedcare.governance.rules.RuleContext;
import org.integratedcare.governance.rules.Severity;

/**
 * Decision validity over the meetings held on or before the date checked: each meeting is judged
 * by the appointments in force on the day it was held.
 *
 * <table>
 *   <caption>Rules (ids start {@code england.decisions.})</caption>
 *   <tr><th>Id</th><th>Checks</th><th>Basis</th></tr>
 *   <tr><td>meeting-quorate</td><td>the members present (in person, virtually or by
 *       substitute) who hold voting posts on the body that day reach the quorum in its terms of
 *       reference, and a holder of each required post is present</td><td>the body's terms of
 *       reference</td></tr>
 *   <tr><td>decision-rule-met</td><td>a motion recorded as carried, with a vote record, met the
 *       body's decision rule</td><td>the body's terms of reference</td></tr>
 *   <tr><td>conflicted-member-voted</td><td>no member who declared an interest in an item voted
 *       on it unless the record says the conflict was managed by the chair's agreement; a member
 *       recorded as withdrawing or taking no part who voted is also reported</td><td>NHS England,
 *       Managing conflicts of interest in the NHS; ICB constitutions and conflicts of interest
 *       policies</td></tr>
 *   <tr><td>item-quorate-after-withdrawals</td><td>a meeting quorate as a whole stayed quorate for
 *       each decision once the members who withdrew from the item are left out, where the body's
 *       standing orders say withdrawn members do not count ({@link Quorum#withdrawnMembersCount()});
 *       a gap where they do not say and the answer decides the item</td><td>the body's standing
 *       orders or terms of reference</td></tr>
 *   <tr><td>registered-interest-voted</td><td>a member with an interest on the register, in force
 *       on the day, about an organisation the decision {@linkplain Decision#benefits() benefits},
 *       who voted for or against without declaring on the item; a gap where votes are not recorded
 *       one by one and such a member was present</td><td>NHS England, Managing conflicts of
 *       interest in the NHS; ICB constitutions</td></tr>
 *   <tr><td>meeting-presided-by-chair-or-deputy (warning)</td><td>a meeting of an ICB board
 *       recorded as chaired by someone who, on its date, was neither the chair in post nor the
 *       deputy chair; a gap where who presided is not recorded but decisions were taken while the
 *       chair sent apologies, or where the board's chair or deputy chair that day is not recorded
 *       </td><td>NHS England, Guidance on integrated care board constitutions and governance</td></tr>
 *   <tr><td>decision-within-authority</td><td>a motion recorded as carried, on a function and
 *       binding organisations named in the record, was taken by a body whose decision binds each
 *       of them on the meeting's date, as {@link DecisionAuthority} finds (amount included)</td>
 *       <td>the scheme of reservation and delegation and the delegations recorded</td></tr>
 * </table>
 *
 * <p>A meeting of a body with no terms of reference, or no quorum in them, is not checked for
 * quorum. This class is immutable and thread-safe.
 */
public final class DecisionValidityPack extends EnglandPack {
  /** The pack's id. */
  public static final String ID = "england.decisions";
  /** The pack's version. */
  public static final String VERSION = "1.0.0";

  private static final String TITLE = "Decision validity";

  static final String CONFLICTS_GUIDANCE = "NHS England, Managing conflicts of interest in the NHS "
      + "(https://www.england.nhs.uk/long-read/managing-conflicts-of-interest-in-the-nhs/), for ICBs, NHS "
      + "trusts and foundation trusts; ICB constitutions, arrangements for conflict of interest management "
      + "(for example Hertfordshire and West Essex ICB constitution, section 6, "
      + "https://hertsandwestessex.ics.nhs.uk/about/icb/our-constitution/constitution)";

  /** The pack under the default legal assumptions; used by {@code ServiceLoader}. */
  public DecisionValidityPack() {
    this(LegalAssumptions.defaults());
  }

  /**
   * The pack under the given legal assumptions, used to judge the body's authority.
   *
   * @param assumptions the assumptions on points of law the published sources leave open, not null
   */
  public DecisionValidityPack(LegalAssumptions assumptions) {
    super(ID, VERSION, TITLE, List.of(new SeatsWithinTheirNumber(), new Quorate(), new ItemQuorate(), new DecisionRuleMet(), new ConflictedVote(),
        new RegisteredInterestVoted(), new PresidedByChairOrDeputy(),
        new WithinAuthority(java.util.Objects.requireNonNull(assumptions, "assumptions"))));
  }

  /** The meetings held on or before the context's date, with their index in the model. */
  static List<Integer> meetingsToDate(RuleContext context) {
    List<Integer> out = new ArrayList<>();
    List<Meeting> meetings = context.model().meetings();
    for (int i = 0; i < meetings.size(); i++) {
      if (!meetings.get(i).date().isAfter(context.date())) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Who was present at a meeting as a member: for each member counted present (in person, virtually
   * or through a substitute) who holds a voting post on the body that day, the posts held, and who
   * stood in for whom.
   */
  record Presence(Map<String, List<Appointment>> membersPresent, Map<String, String> memberOfAttendee) {

    static Presence of(RuleContext context, Meeting meeting) {
      ModelView day = context.model().on(meeting.date());
      Map<String, List<Appointment>> seats = new HashMap<>();
      for (Appointment a : day.appointmentsOn(meeting.body())) {
        if (Models.voting(day, a)) {
          seats.computeIfAbsent(a.person(), k -> new ArrayList<>()).add(a);
        }
      }
      Map<String, List<Appointment>> present = new java.util.TreeMap<>();
      Map<String, String> memberOf = new HashMap<>();
      for (Attendance at : meeting.attendance()) {
        if (!at.kind().countsAsMemberPresent()) {
          continue;
        }
        String member = at.substituteFor().orElse(at.person());
        List<Appointment> held = seats.get(member);
        if (held != null) {
          present.put(member, held);
          memberOf.put(at.person(), member);
        }
      }
      return new Presence(present, memberOf);
    }

    /** What falls short of the quorum among the members present, leaving out some; empty if quorate. */
    List<String> problems(ModelView day, Quorum quorum, Set<String> leftOut) {
      Set<String> postsPresent = new HashSet<>();
      int members = 0;
      for (Map.Entry<String, List<Appointment>> e : membersPresent.entrySet()) {
        if (!leftOut.contains(e.getKey())) {
          members++;
          e.getValue().forEach(a -> postsPresent.add(a.post()));
        }
      }
      List<String> problems = new ArrayList<>();
      if (members < quorum.minimumVotingMembers()) {
        problems.add(members + " voting member(s) present against a quorum of " + quorum.minimumVotingMembers());
      }
      for (String post : new TreeSet<>(quorum.requiredPosts())) {
        if (!postsPresent.contains(post)) {
          problems.add("no holder of required post " + Models.label(day, post) + " present");
        }
      }
      return problems;
    }
  }

  static Optional<Quorum> quorumOf(RuleContext context, Meeting meeting) {
    return context.model().body(meeting.body()).flatMap(Body::termsOfReference).flatMap(TermsOfReference::quorum);
  }

  static final class Quorate extends AbstractRule {
    Quorate() {
      super(ID + ".meeting-quorate", "The meeting was quorate", Severity.ERROR,
          Basis.constitution("The body's terms of reference (quorum)"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      List<Finding> out = new ArrayList<>();
      for (int i : meetingsToDate(context)) {
        Meeting meeting = context.model().meetings().get(i);
        Optional<Quorum> quorum = quorumOf(context, meeting);
        if (quorum.isEmpty()) {
          continue;
        }
        ModelView day = context.model().on(meeting.date());
        Presence presence = Presence.of(context, meeting);
        List<String> problems = presence.problems(day, quorum.get(), Set.of());
        if (!problems.isEmpty()) {
          List<String> evidence = new ArrayList<>();
          evidence.add(meeting.id());
          evidence.add(meeting.body());
          evidence.addAll(presence.membersPresent().keySet());
          out.add(finding(context.subject(meeting.id()), "The meeting of " + Models.label(day, meeting.body())
              + " on " + meeting.date() + " was not quorate: " + String.join("; ", problems)
              + ". Decisions taken at it may be invalid.", evidence));
        }
      }
      return out;
    }
  }

  /**
   * Whether a decision was taken while the meeting stayed quorate after members withdrew from the
   * item because of a conflict of interest. Whether a withdrawn member still counts is for the body's
   * standing orders or terms of reference ({@link Quorum#withdrawnMembersCount()}); where they do not
   * say and the answer decides the item, the rule reports a gap.
   */
  static final class ItemQuorate extends AbstractRule {
    ItemQuorate() {
      super(ID + ".item-quorate-after-withdrawals",
          "The meeting stayed quorate for each decision after members withdrew from the item",
          Severity.ERROR, Basis.constitution("The body's standing orders or terms of reference (quorum, and "
              + "whether members who withdraw from an item because of a conflict of interest count towards it)"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      List<Finding> out = new ArrayList<>();
      for (int i : meetingsToDate(context)) {
        Meeting meeting = context.model().meetings().get(i);
        Optional<Quorum> quorum = quorumOf(context, meeting);
        if (quorum.isEmpty() || quorum.get().withdrawnMembersCount().orElse(false)) {
          continue;
        }
        ModelView day = context.model().on(meeting.date());
        Presence presence = Presence.of(context, meeting);
        if (!presence.problems(day, quorum.get(), Set.of()).isEmpty()) {
          continue; // not quorate at all: meeting-quorate reports it
        }
        for (int j = 0; j < meeting.items().size(); j++) {
          AgendaItem item = meeting.items().get(j);
          if (item.decision().isEmpty()) {
            continue;
          }
          Set<String> withdrew = new TreeSet<>();
          for (ItemDeclaration dec : item.declarations()) {
            String member = presence.memberOfAttendee().get(dec.person());
            if (member != null && dec.management().orElse(null) == ConflictManagement.WITHDREW) {
              withdrew.add(member);
            }
          }
          if (withdrew.isEmpty()) {
            continue;
          }
          List<String> problems = presence.problems(day, quorum.get(), withdrew);
          if (problems.isEmpty()) {
            continue;
          }
          List<String> evidence = new ArrayList<>();
          evidence.add(meeting.id());
          evidence.add(meeting.body());
          evidence.addAll(withdrew);
          String who = String.join(", ", withdrew.stream().map(p -> Models.label(day, p)).toList());
          String lead = "Item " + item.number() + " (" + item.title() + ") of the meeting of "
              + Models.label(day, meeting.body()) + " on " + meeting.date() + " was decided after " + who
              + " withdrew because of a conflict of interest; without "
              + (withdrew.size() == 1 ? "that member" : "those members") + " " + String.join("; ", problems);
          if (quorum.get().withdrawnMembersCount().isPresent()) {
            out.add(finding(context.itemSubject(meeting.id(), j), lead + ". The body's standing orders say "
                + "members who withdraw do not count towards the quorum, so the decision was taken without one "
                + "and may be invalid.", evidence));
          } else {
            out.add(gap(context.itemSubject(meeting.id(), j), lead + ". The item was quorate only if members "
                + "who withdraw still count, and the body's terms of reference do not record whether they do. "
                + "Record termsOfReference.quorum.withdrawnMembersCount from its standing orders.", evidence));
          }
        }
      }
      return out;
    }
  }

  /**
   * Who presided at a meeting of an ICB board. NHS England's guidance makes one non-executive
   * member deputy chair so that, if the chair is unavailable, it is clear who chairs meetings; the
   * deputy chair does not become the chair. The Government's answer to the written question
   * "Integrated Care Boards: Leadership" adds that while the chair's post is vacant the board may be
   * chaired by an acting chair, normally but not always the deputy chair. So a board meeting chaired
   * by someone who was neither the chair in post (substantive or interim), nor recorded as acting
   * chair, nor the deputy chair is a warning, unless both the chair and the deputy chair sent
   * apologies: who presides then is for the board's standing orders, which were not read.
   *
   * <p>Who presided is often not recorded for past meetings, and then nothing is reported, except
   * where it matters to the decisions: a meeting that took decisions while the chair sent apologies
   * is a gap asking for {@code chairedBy}.
   */
  static final class PresidedByChairOrDeputy extends AbstractRule {
    PresidedByChairOrDeputy() {
      super(ID + ".meeting-presided-by-chair-or-deputy",
          "An ICB board meeting was chaired by the chair, an acting chair or the deputy chair", Severity.WARNING,
          Basis.guidance(NhsEnglandGuidancePack.CONSTITUTIONS
              + " (https://www.england.nhs.uk/long-read/guidance-on-integrated-care-board-constitutions-and-governance): "
              + "a non-executive member, not the audit committee chair, is deputy chair, so that if the chair is "
              + "unavailable it is clear who will chair meetings; the deputy chair would not become the chair. "
              + "Department of Health and Social Care, answer to the written question Integrated Care Boards: "
              + "Leadership (https://parallelparliament.co.uk/question/45636/integrated-care-boards-leadership): "
              + "while the chair's post is vacant the board may be chaired by an acting chair, normally but not "
              + "always the deputy chair"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      List<Finding> out = new ArrayList<>();
      for (int i : meetingsToDate(context)) {
        Meeting meeting = context.model().meetings().get(i);
        ModelView day = context.model().on(meeting.date());
        Optional<EnglandStatutoryPack.Board> found = EnglandStatutoryPack.Board.all(day).stream()
            .filter(b -> b.body().id().equals(meeting.body())).findFirst();
        if (found.isEmpty()) {
          continue;
        }
        EnglandStatutoryPack.Board board = found.get();
        List<Appointment> chairs = board.with(org.integratedcare.core.body.PostRole.CHAIR);
        List<Appointment> deputies = board.appointments().stream()
            .filter(a -> a.designations().contains(org.integratedcare.core.body.Designation.DEPUTY_CHAIR)).toList();
        String where = "the meeting of " + Models.label(day, meeting.body()) + " on " + meeting.date();
        List<String> evidence = new ArrayList<>(List.of(meeting.id(), meeting.body()));
        chairs.forEach(a -> evidence.add(a.id()));
        deputies.forEach(a -> evidence.add(a.id()));
        if (meeting.chairedBy().isEmpty()) {
          List<Appointment> appointed = board.appointedTo(org.integratedcare.core.body.PostRole.CHAIR);
          boolean decisions = meeting.items().stream().anyMatch(it -> it.decision().isPresent());
          if (decisions && !appointed.isEmpty()
              && appointed.stream().allMatch(a -> sentApologies(meeting, a.person()))) {
            out.add(gap(context.subject(meeting.id()), "The chair, " + people(day, appointed) + ", sent apologies to "
                + where + ", at which decisions were taken, and who presided is not recorded. The deputy chair chairs "
                + "meetings when the chair is unavailable" + (deputies.isEmpty() ? "" : " (" + people(day, deputies)
                + " that day)") + ": record who presided as the meeting's chairedBy.", evidence));
          }
          continue;
        }
        String presided = meeting.chairedBy().get();
        evidence.add(2, presided);
        if (chairs.stream().anyMatch(a -> a.person().equals(presided))
            || deputies.stream().anyMatch(a -> a.person().equals(presided))) {
          continue;
        }
        boolean closed = Recorded.complete(day, org.integratedcare.core.Completeness.Aspect.APPOINTMENTS, board.body());
        String who = Models.label(day, presided);
        if (!closed && (chairs.isEmpty() || deputies.isEmpty())) {
          out.add(gap(context.subject(meeting.id()), who + " presided at " + where + ", and the board's "
              + (chairs.isEmpty() && deputies.isEmpty() ? "chair and deputy chair on that date are"
                  : chairs.isEmpty() ? "chair on that date is" : "deputy chair on that date is")
              + " not recorded, so whether the chair or the deputy chair presided cannot be checked: record "
              + "the appointment to the chair's post and the deputy chair's designation (designations: "
              + "[deputy-chair]), or declare the board's appointments complete.", evidence));
          continue;
        }
        if (!chairs.isEmpty() && !deputies.isEmpty()
            && chairs.stream().allMatch(a -> sentApologies(meeting, a.person()))
            && deputies.stream().allMatch(a -> sentApologies(meeting, a.person()))) {
          continue; // both away: who presides is for the standing orders
        }
        StringBuilder text = new StringBuilder(who + " presided at " + where + " but was neither the chair ("
            + (chairs.isEmpty() ? "none in post" : people(day, chairs)) + ") nor the deputy chair ("
            + (deputies.isEmpty() ? "none designated" : people(day, deputies)) + ") on that date.");
        List<String> present = new ArrayList<>();
        for (Appointment a : chairs) {
          if (wasPresent(meeting, a.person())) {
            present.add(Models.label(day, a.person()) + " (chair)");
          }
        }
        for (Appointment a : deputies) {
          if (wasPresent(meeting, a.person())) {
            present.add(Models.label(day, a.person()) + " (deputy chair)");
          }
        }
        if (!present.isEmpty()) {
          text.append(" Present at the meeting: ").append(String.join(", ", present)).append('.');
        }
        text.append(" NHS England's guidance makes a non-executive member deputy chair so that it is clear who "
            + "chairs meetings when the chair is unavailable; while the chair's post is vacant an acting chair, "
            + "normally the deputy chair, may chair the board.");
        text.append(present.isEmpty()
            ? " If the board had " + who + " act as chair, record that as an appointment to the chair's post with "
                + "capacity: acting; otherwise check the minutes and the standing orders on who presides."
            : " Check the minutes (for example, whether the chair and deputy chair withdrew from an item) and the "
                + "standing orders on who presides.");
        out.add(finding(context.subject(meeting.id()), text.toString(), evidence));
      }
      return out;
    }

    private static String people(ModelView day, List<Appointment> appointments) {
      return String.join(", ", appointments.stream().map(a -> Models.label(day, a.person())).distinct().toList());
    }

    private static boolean sentApologies(Meeting meeting, String person) {
      return meeting.attendance().stream()
          .anyMatch(a -> a.person().equals(person) && a.kind() == org.integratedcare.core.meeting.AttendanceKind.APOLOGIES);
    }

    private static boolean wasPresent(Meeting meeting, String person) {
      return meeting.attendance().stream().anyMatch(a -> a.person().equals(person) && a.kind().countsAsMemberPresent());
    }
  }

  static final class DecisionRuleMet extends AbstractRule {
    DecisionRuleMet() {
      super(ID + ".decision-rule-met", "A motion recorded as carried met the body's decision rule",
          Severity.ERROR, Basis.constitution("The body's terms of reference (decision rule)"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      List<Finding> out = new ArrayList<>();
      for (int i : meetingsToDate(context)) {
        Meeting meeting = context.model().meetings().get(i);
        DecisionRule rule = context.model().body(meeting.body()).flatMap(Body::termsOfReference)
        .map(TermsOfReference::decisionRule).orElse(DecisionRule.SIMPLE_MAJORITY);
        for (int j = 0; j < meeting.items().size(); j++) {
          AgendaItem item = meeting.items().get(j);
          Optional<Decision> decision = item.decision();
          if (decision.isEmpty() || decision.get().outcome() != DecisionOutcome.CARRIED
          || !decision.get().hasVoteRecord()) {
        continue;
          }
          Decision d = decision.get();
          if (!rule.isMet(d.votesFor(), d.votesAgainst(), d.abstentions())) {
        out.add(finding(context.itemSubject(meeting.id(), j), "Item " + item.number() + " ("
            + item.title() + ") of the meeting of " + Models.label(context.view(), meeting.body())
            + " on " + meeting.date() + " is recorded as carried with " + d.votesFor() + " for, "
            + d.votesAgainst() + " against and " + d.abstentions() + " abstaining, which does not meet its "
            + rule.typeName().replace('-', ' ') + " rule.", List.of(meeting.id(), meeting.body())));
          }
        }
      }
      return out;
    }
  }

  /**
   * A seat is held by no more people at once than its number ({@code Post.seats}): who may vote
   * and who counts towards a quorum follow from it. Where the body's appointments are not declared
   * complete, more holders than seats most often means the end of an earlier appointment is not
   * recorded, so it is a gap; where they are, it is a breach of the body's constitution.
   */
  static final class SeatsWithinTheirNumber extends AbstractRule {
    SeatsWithinTheirNumber() {
      super(ID + ".seats-within-their-number", "A seat is held by no more people than its number",
          Severity.ERROR, Basis.constitution("The body's constitution or terms of reference (the number "
              + "of each kind of seat, which decides who votes and who counts towards a quorum)"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      for (Body body : view.bodies()) {
        boolean closed = Recorded.complete(view, org.integratedcare.core.Completeness.Aspect.APPOINTMENTS, body);
        for (org.integratedcare.core.body.Post post : view.postsOf(body.id())) {
          List<Appointment> held = view.appointmentsTo(post.id());
          Set<String> people = new TreeSet<>();
          held.forEach(a -> people.add(a.person()));
          if (people.size() <= post.seats()) {
            continue;
          }
          List<String> evidence = new ArrayList<>();
          evidence.add(post.id());
          held.forEach(a -> evidence.add(a.id()));
          String text = Models.label(view, post.id()) + " on " + Models.label(view, body.id()) + " has "
              + post.seats() + (post.seats() == 1 ? " seat" : " seats") + " but " + people.size()
              + " people are recorded as holding it on " + view.date();
          out.add(closed ? finding(context.subject(post.id()), text + ".", evidence)
              : gap(context.subject(post.id()), text + ": record the end of the earlier appointments, "
                  + "or the number of seats, or declare the body's appointments complete.", evidence));
        }
      }
      return out;
    }
  }

  static final class ConflictedVote extends AbstractRule {
    ConflictedVote() {
      super(ID + ".conflicted-member-voted",
          "No member with a declared interest voted unless the record says how the conflict was managed",
          Severity.ERROR, Basis.guidance("NHS England, Managing conflicts of interest in the NHS; "
          + "ICB constitutions, conflicts of interest (for example Bedfordshire, Luton and Milton Keynes ICB, "
          + "https://bedfordshirelutonandmiltonkeynes.icb.nhs.uk/about-us/governance/"
          + "conflicts-of-interest-management-and-standards-of-business-conduct/)"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      List<Finding> out = new ArrayList<>();
      for (int i : meetingsToDate(context)) {
        Meeting meeting = context.model().meetings().get(i);
        for (int j = 0; j < meeting.items().size(); j++) {
          AgendaItem item = meeting.items().get(j);
          if (item.decision().isEmpty() || item.declarations().isEmpty()) {
        continue;
          }
          Map<String, VoteChoice> votes = new HashMap<>();
          for (Vote v : item.decision().get().votes()) {
        votes.put(v.person(), v.choice());
          }
          for (ItemDeclaration dec : item.declarations()) {
        VoteChoice choice = votes.get(dec.person());
        if (choice == null || choice == VoteChoice.ABSTAIN) {
          continue;
        }
        Optional<ConflictManagement> managed = dec.management();
        String problem;
        if (managed.isEmpty()) {
          problem = "the record does not say how the conflict was managed";
        } else if (managed.get() == ConflictManagement.STAYED_WITH_CHAIR_AGREEMENT) {
          continue;
        } else {
          problem = "the record says the member " + (managed.get() == ConflictManagement.WITHDREW
              ? "withdrew" : "took no part in the vote");
        }
        out.add(finding(context.itemSubject(meeting.id(), j), Models.label(context.view(), dec.person())
            + " declared " + Models.withArticle(dec.conflict().typeName()) + " interest in item " + item.number()
            + " (" + item.title() + ") of the meeting of " + Models.label(context.view(), meeting.body())
            + " on " + meeting.date() + " and voted " + choice.typeName() + ", but " + problem + ".",
            List.of(meeting.id(), dec.person())));
          }
        }
      }
      return out;
    }
  }

  /**
   * A member with an interest on the register of interests, in force on the meeting's date, about
   * an organisation a decision benefits, who voted on it without a declaration on the item.
   * Members who declared on the item are for {@code conflicted-member-voted}; an item declaration
   * is taken to cover the registered interest, since item declarations do not name organisations.
   * A registered interest counts whether or not it was assessed as an actual, potential or
   * perceived conflict (registers list interests, not conflicts); the finding names the conflict
   * type where recorded and the interest's type where the register gives it.
   */
  static final class RegisteredInterestVoted extends AbstractRule {
    RegisteredInterestVoted() {
      super(ID + ".registered-interest-voted",
          "No member with a registered interest in an organisation a decision benefits voted on it "
              + "without the record saying how the conflict was managed",
          Severity.ERROR, Basis.guidance(CONFLICTS_GUIDANCE));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      List<Finding> out = new ArrayList<>();
      for (int i : meetingsToDate(context)) {
        Meeting meeting = context.model().meetings().get(i);
        ModelView day = null;
        Presence presence = null;
        for (int j = 0; j < meeting.items().size(); j++) {
          AgendaItem item = meeting.items().get(j);
          if (item.decision().isEmpty() || item.decision().get().benefits().isEmpty()) {
            continue;
          }
          if (day == null) {
            day = context.model().on(meeting.date());
            presence = Presence.of(context, meeting);
          }
          Decision d = item.decision().get();
          Map<String, ItemDeclaration> declared = new HashMap<>();
          item.declarations().forEach(x -> declared.putIfAbsent(x.person(), x));
          Map<String, VoteChoice> votes = new HashMap<>();
          d.votes().forEach(v -> votes.put(v.person(), v.choice()));
          boolean individualVotes = !d.votes().isEmpty();
          // voters, and, where votes are not recorded one by one, the members present
          Set<String> people = new TreeSet<>(votes.keySet());
          if (!individualVotes) {
            people.addAll(presence.memberOfAttendee().keySet());
          }
          for (String person : people) {
            List<Declaration> registered = registered(context, person, meeting.date(), d.benefits());
            if (registered.isEmpty()) {
              continue;
            }
            ItemDeclaration onItem = declared.get(person);
            VoteChoice choice = votes.get(person);
            String interests = describe(day, registered);
            String where = " in item " + item.number() + " (" + item.title() + ") of the meeting of "
                + Models.label(day, meeting.body()) + " on " + meeting.date();
            List<String> evidence = new ArrayList<>();
            evidence.add(meeting.id());
            evidence.add(person);
            registered.forEach(r -> r.organisation().ifPresent(evidence::add));
            if (onItem != null) {
              // declared on the day: conflicted-member-voted judges a vote; only an unrecorded vote and
              // an unrecorded way of managing it are left to tell
              if (!individualVotes && onItem.management().isEmpty()) {
                out.add(gap(context.itemSubject(meeting.id(), j), Models.label(day, person) + " has " + interests
                    + ", which the decision" + where + " benefits, and declared an interest on the item, but "
                    + "the minutes record neither how the conflict was managed nor individual votes: cannot "
                    + "tell whether they took part. Record how the conflict was managed.", evidence));
              }
              continue;
            }
            if (choice == VoteChoice.FOR || choice == VoteChoice.AGAINST) {
              out.add(finding(context.itemSubject(meeting.id(), j), Models.label(day, person) + " has "
                  + interests + ", which the decision" + where + " benefits, and voted " + choice.typeName()
                  + ", but the minutes record no declaration on the item and nothing of how the conflict "
                  + "was managed.", evidence));
            } else if (!individualVotes) {
              out.add(gap(context.itemSubject(meeting.id(), j), Models.label(day, person) + " has " + interests
                  + ", which the decision" + where + " benefits, was present as a member and made no "
                  + "declaration on the item, but the minutes do not record individual votes: cannot tell "
                  + "whether they took part. Record the votes one by one, or the member's withdrawal.",
                  evidence));
            }
          }
        }
      }
      return out;
    }

    private static List<Declaration> registered(RuleContext context, String person, java.time.LocalDate date,
        Set<String> benefits) {
      Optional<Person> p = context.model().person(person);
      if (p.isEmpty()) {
        return List.of();
      }
      List<Declaration> out = new ArrayList<>();
      for (Declaration x : p.get().declarationsOn(date)) {
        if (x.organisation().isPresent() && benefits.contains(x.organisation().get())) {
          out.add(x);
        }
      }
      return out;
    }

    private static String describe(ModelView day, List<Declaration> registered) {
      List<String> parts = new ArrayList<>();
      for (Declaration x : registered) {
        // the register lists interests; a conflict type is named only where one was assessed
        String kind = x.conflict().map(c -> Models.withArticle(c.typeName()) + " interest")
            .orElse("an interest");
        String type = x.interestType().map(t -> t.typeName() + "; ").orElse("");
        parts.add(kind + " on the register about " + Models.label(day, x.organisation().get()) + " (" + type
            + x.description() + ", " + x.period().describe() + ")");
      }
      return String.join(" and ", parts);
    }
  }

  static final class WithinAuthority extends AbstractRule {
    private final LegalAssumptions assumptions;

    WithinAuthority(LegalAssumptions assumptions) {
      super(ID + ".decision-within-authority",
          "The body had authority for the decision over the organisations it binds", Severity.ERROR,
          Basis.constitution("Scheme of reservation and delegation and the delegations recorded, "
          + "including arrangements under NHS Act 2006 s.65Z5 (https://www.legislation.gov.uk/ukpga/2006/41/"
          + "section/65Z5)"));
      this.assumptions = assumptions;
    }

    @Override
    public List<Finding> check(RuleContext context) {
      List<Integer> meetings = meetingsToDate(context);
      if (meetings.isEmpty()) {
        return List.of();
      }
      DecisionAuthority authority = DecisionAuthority.of(context.model(), assumptions);
      List<Finding> out = new ArrayList<>();
      for (int i : meetings) {
        Meeting meeting = context.model().meetings().get(i);
        for (int j = 0; j < meeting.items().size(); j++) {
          AgendaItem item = meeting.items().get(j);
          Optional<Decision> decision = item.decision();
          if (decision.isEmpty() || decision.get().outcome() != DecisionOutcome.CARRIED
          || decision.get().function().isEmpty() || decision.get().binds().isEmpty()) {
        continue;
          }
          Decision d = decision.get();
          AuthorityQuery query = AuthorityQuery.of(meeting.body(), d.function().get(), meeting.date(),
          new TreeSet<>(d.binds()));
          if (d.amount().isPresent()) {
        query = query.withAmount(d.amount().get());
          }
          AuthorityAnswer answer = authority.decide(query);
          for (Verdict v : answer.verdicts()) {
        if (!v.isBinding()) {
          List<String> evidence = new ArrayList<>();
          evidence.add(meeting.id());
          evidence.add(meeting.body());
          evidence.add(d.function().get());
          evidence.add(v.organisation());
          v.reason().ifPresent(r -> evidence.add(r.subject()));
          String message = "Item " + item.number() + " ("
              + item.title() + ") of the meeting of " + Models.label(context.view(), meeting.body())
              + " on " + meeting.date() + " is recorded as binding "
              + Models.label(context.view(), v.organisation()) + ", but: " + v.sentence();
          // what the record lacks is a gap in the data, not a decision taken beyond powers
          out.add(v.outcome() == Outcome.CANNOT_TELL
              ? gap(context.itemSubject(meeting.id(), j), message, evidence)
              : finding(context.itemSubject(meeting.id(), j), message, evidence));
        }
          }
        }
      }
      return out;
    }
  }
}
