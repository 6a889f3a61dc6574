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
    super(ID, VERSION, TITLE, List.of(new Quorate(), new DecisionRuleMet(), new ConflictedVote(),
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
        Optional<Quorum> quorum = context.model().body(meeting.body())
        .flatMap(Body::termsOfReference).flatMap(TermsOfReference::quorum);
        if (quorum.isEmpty()) {
          continue;
        }
        ModelView day = context.model().on(meeting.date());
        Map<String, List<Appointment>> seats = new HashMap<>();
        for (Appointment a : day.appointmentsOn(meeting.body())) {
          if (Models.voting(day, a)) {
        seats.computeIfAbsent(a.person(), k -> new ArrayList<>()).add(a);
          }
        }
        Set<String> membersPresent = new TreeSet<>();
        Set<String> postsPresent = new HashSet<>();
        for (Attendance at : meeting.attendance()) {
          if (!at.kind().countsAsMemberPresent()) {
        continue;
          }
          String member = at.substituteFor().orElse(at.person());
          List<Appointment> held = seats.get(member);
          if (held != null) {
        membersPresent.add(member);
        held.forEach(a -> postsPresent.add(a.post()));
          }
        }
        List<String> problems = new ArrayList<>();
        if (membersPresent.size() < quorum.get().minimumVotingMembers()) {
          problems.add(membersPresent.size() + " voting member(s) present against a quorum of "
          + quorum.get().minimumVotingMembers());
        }
        for (String post : new TreeSet<>(quorum.get().requiredPosts())) {
          if (!postsPresent.contains(post)) {
        problems.add("no holder of required post " + Models.label(day, post) + " present");
          }
        }
        if (!problems.isEmpty()) {
          List<String> evidence = new ArrayList<>();
          evidence.add(meeting.id());
          evidence.add(meeting.body());
          evidence.addAll(membersPresent);
          out.add(finding(context.subject(meeting.id()), "The meeting of " + Models.label(day, meeting.body())
          + " on " + meeting.date() + " was not quorate: " + String.join("; ", problems)
          + ". Decisions taken at it may be invalid.", evidence));
        }
      }
      return out;
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
