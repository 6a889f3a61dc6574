package org.integratedcare.governance.rules.england;

import java.time.LocalDate;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Identified;
import org.integratedcare.core.ModelElement;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.mechanism.Mechanism;
import org.integratedcare.core.mechanism.MechanismKind;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.core.change.Successors;
import org.integratedcare.governance.rules.AbstractRule;
import org.integratedcare.governance.rules.Basis;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.RuleContext;
import org.integratedcare.governance.rules.Severity;
import org.integratedcare.governance.rules.Subject;

/**
 * What a reorganisation leaves behind: arrangements recorded in force on the date that name a
 * party which, on that date, has ceased to exist or does not yet exist, and records whose whole recorded period, whatever the
 * date asked, runs outside the periods of the parties they name. A delegation whose
 * delegator was abolished, a joint committee of two ICBs that merged, a memorandum with a party
 * that ended, a seat still held on a body that ended: each is reported with the date the party
 * ended and, where a merger or acquisition passed its functions on, the successor in whose name
 * the arrangement would have to be made again.
 *
 * <table>
 *   <caption>Rules (ids start {@code england.reorganisation.})</caption>
 *   <tr><th>Id</th><th>Checks</th></tr>
 *   <tr><td>delegation-party-ended</td><td>a delegation in force names a delegator or delegate in
 *       existence on the date</td></tr>
 *   <tr><td>mechanism-party-ended</td><td>a mechanism in force (other than the record of a merger
 *       or acquisition itself) names parties in existence on the date</td></tr>
 *   <tr><td>body-of-ended-organisation</td><td>a body in force belongs to organisations in
 *       existence on the date</td></tr>
 *   <tr><td>post-held-on-ended-body</td><td>an appointment in force is to a post whose body is in
 *       existence on the date</td></tr>
 *   <tr><td>period-outside-party</td><td>whatever the date asked, the recorded period of a
 *       delegation, mechanism, body, post, appointment or accountability link starts no earlier
 *       than each party it names came into being and ends no later than that party ended; where a
 *       partial date (a month or a year) leaves this open, a gap</td></tr>
 * </table>
 *
 * <p>Each is a warning: the record holds an arrangement that cannot work as recorded, and a
 * person must end it or make it again. {@code period-outside-party} gives a gap instead where a
 * date known only to its month or year leaves open whether the record runs outside its party. Whether the law carries an arrangement over to a successor
 * depends on the instrument that made the change (a transfer scheme or order), which the model
 * does not hold; the finding names the successor and leaves that judgment to the reader. This
 * class is immutable and thread-safe.
 */
public final class ReorganisationPack extends EnglandPack {
  /** The pack's id. */
  public static final String ID = "england.reorganisation";
  /** The pack's version. */
  public static final String VERSION = "1.0.0";

  static final Basis BASIS = Basis.goodPractice(Seeds.TAYLOR + ": the disciplines of system working "
      + "should be instilled \"so that they survive any future re-organisation\"; an arrangement cannot be "
      + "exercised by or for a body that no longer exists");

  /** The pack; used by {@code ServiceLoader}. */
  public ReorganisationPack() {
    super(ID, VERSION, "After a reorganisation: arrangements naming parties that have ended",
        List.of(new DelegationPartyEnded(), new MechanismPartyEnded(), new BodyOfEndedOrganisation(),
            new PostHeldOnEndedBody(), new PeriodOutsideParty()));
  }

  /** Why a party named by a record in force is not in existence on the date, or empty if it is. */
  static Optional<String> ended(ModelView view, String id, Successors successions) {
    Optional<Identified> record = view.model().find(id);
    if (record.isEmpty() || !(record.get() instanceof ModelElement m) || m.inForceOn(view.date())) {
      return Optional.empty();
    }
    DateRange p = m.period();
    LocalDate date = view.date();
    if (date.isBefore(p.start())) {
      return Optional.of(Models.label(view, id) + " is established only from " + p.describeStart());
    }
    return Optional.of(Models.label(view, id) + " ceased to exist after " + p.describeEnd().orElseThrow()
        + passedOn(view, successions, id, date));
  }

  /**
   * "; its functions passed to ..." where change events in effect on {@code date} pass the
   * functions of {@code party} on, or "" where none do.
   */
  static String passedOn(ModelView view, Successors successions, String party, LocalDate date) {
    List<ChangeEvent> passing = successions.passingOn(party, null, date);
    if (passing.isEmpty()) {
      return "";
    }
    String to = passing.stream().flatMap(c -> c.recipients(party, null).stream()).distinct()
        .map(s -> Models.label(view, s)).collect(Collectors.joining(" and "));
    return "; its functions passed to " + to + " (" + passing.get(0).kind().typeName() + " "
        + passing.get(0).id() + ", effective " + passing.get(0).effectiveDate() + ")";
  }

  /**
   * A rule over records in force that name parties: each subclass walks its records and asks
   * {@code ended} why a party is not in existence on the date.
   */
  private abstract static class EndedPartyRule extends AbstractRule {
    EndedPartyRule(String name, String title) {
      super(ID + "." + name, title, Severity.WARNING, BASIS);
    }

    @Override
    public final List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      Successors successions = Successors.of(view.model());
      List<Finding> out = new ArrayList<>();
      check(context, view, party -> ended(view, party, successions), out);
      return out;
    }

    /** Adds a finding to {@code out} for each party of a record in force that {@code ended} explains. */
    abstract void check(RuleContext context, ModelView view, Function<String, Optional<String>> ended,
        List<Finding> out);
  }

  static final class DelegationPartyEnded extends EndedPartyRule {
    DelegationPartyEnded() {
      super("delegation-party-ended", "A delegation in force names parties that exist");
    }

    @Override
    void check(RuleContext context, ModelView view, Function<String, Optional<String>> ended, List<Finding> out) {
      for (Delegation d : view.delegations()) {
        for (String party : List.of(d.delegator(), d.delegate())) {
          ended.apply(party).ifPresent(why -> out.add(finding(context.subject(d.id()),
              "Delegation " + d.id() + " is recorded in force on " + view.date() + ", but " + why
                  + ": it has no effect as recorded. End it, or make it again in the name of the body "
                  + "that now holds the functions (re-making a delegation is that body's decision).",
              List.of(d.id(), party))));
        }
      }
    }
  }

  static final class MechanismPartyEnded extends EndedPartyRule {
    MechanismPartyEnded() {
      super("mechanism-party-ended", "A mechanism in force names parties that exist");
    }

    @Override
    void check(RuleContext context, ModelView view, Function<String, Optional<String>> ended, List<Finding> out) {
      for (Mechanism m : view.mechanisms()) {
        if (m.kind() == MechanismKind.MERGER_OR_ACQUISITION) {
          continue; // the record of the change itself names the organisations it ended
        }
        for (String party : new TreeSet<>(m.parties())) {
          ended.apply(party).ifPresent(why -> out.add(finding(context.subject(m.id()),
              "The " + m.kind().typeName().replace('-', ' ') + " " + m.id() + " is recorded in force on "
                  + view.date() + ", but " + why + ": review its parties, and end it or agree it again.",
              List.of(m.id(), party))));
        }
      }
    }
  }

  static final class BodyOfEndedOrganisation extends EndedPartyRule {
    BodyOfEndedOrganisation() {
      super("body-of-ended-organisation", "A body in force belongs to organisations that exist");
    }

    @Override
    void check(RuleContext context, ModelView view, Function<String, Optional<String>> ended, List<Finding> out) {
      for (Body b : view.bodies()) {
        for (String org : new TreeSet<>(b.organisations())) {
          ended.apply(org).ifPresent(why -> out.add(finding(context.subject(b.id()),
              Models.label(view, b.id()) + " is recorded in force on " + view.date() + ", but " + why
                  + ": a committee of an organisation ends with it, so end the body or establish it again "
                  + "under the organisation that now holds the functions.", List.of(b.id(), org))));
        }
      }
    }
  }

  static final class PostHeldOnEndedBody extends EndedPartyRule {
    PostHeldOnEndedBody() {
      super("post-held-on-ended-body", "A seat still held is on a body that exists");
    }

    @Override
    void check(RuleContext context, ModelView view, Function<String, Optional<String>> ended, List<Finding> out) {
      for (Post post : view.model().posts()) {
        List<Appointment> held = view.appointmentsTo(post.id());
        if (held.isEmpty()) {
          continue;
        }
        ended.apply(post.body()).ifPresent(why -> {
          for (Appointment a : held) {
            out.add(finding(context.subject(a.id()), Models.label(view, a.person()) + " is recorded as "
                + "holding " + Models.label(view, post.id()) + " on " + view.date() + ", but " + why
                + ": end the appointment, or record the seat on the body that replaced it.",
                List.of(a.id(), post.body())));
          }
        });
      }
    }
  }

  /**
   * The whole-period view, independent of the date asked: a record whose recorded period starts
   * before a party it names came into being, or runs on after that party ended. One pass over the
   * records; each party is looked up by id, and its successors found once.
   */
  static final class PeriodOutsideParty extends AbstractRule {
    PeriodOutsideParty() {
      super(ID + ".period-outside-party", "A record's period lies within the periods of the parties it names",
          Severity.WARNING, BASIS);
    }

    /**
     * A record that names parties: its id, period and the ids it names, and how to call it in a
     * message (made only when there is a finding).
     */
    private record Named(String id, DateRange period, Collection<String> parties, Supplier<String> what) {}

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      Map<String, String> successorsOf = new HashMap<>();
      Successors successions = Successors.of(view.model());
      List<Finding> out = new ArrayList<>();
      IcsModel model = view.model();
      for (Delegation d : model.delegations()) {
        check(context, new Named(d.id(), d.period(), List.of(d.delegator(), d.delegate()),
            () -> "Delegation " + d.id()), successions, successorsOf, out);
      }
      for (Mechanism m : model.mechanisms()) {
        if (m.kind() != MechanismKind.MERGER_OR_ACQUISITION) { // the record of a change names what it ended
          check(context, new Named(m.id(), m.period(), new TreeSet<>(m.parties()),
              () -> "The " + m.kind().typeName().replace('-', ' ') + " " + m.id()), successions, successorsOf, out);
        }
      }
      for (Body b : model.bodies()) {
        List<String> parties = new ArrayList<>(new TreeSet<>(b.organisations()));
        b.parent().ifPresent(parties::add);
        check(context, new Named(b.id(), b.period(), parties, () -> Models.label(view, b.id())), successions,
            successorsOf, out);
      }
      for (Post p : model.posts()) {
        check(context, new Named(p.id(), p.period(), List.of(p.body()),
            () -> "The post " + Models.label(view, p.id())), successions, successorsOf, out);
      }
      for (Appointment a : model.appointments()) {
        check(context, new Named(a.id(), a.period(), List.of(a.post()),
            () -> "The appointment " + a.id() + " of " + Models.label(view, a.person())), successions, successorsOf, out);
      }
      for (AccountabilityLink l : model.accountabilityLinks()) {
        check(context, new Named(l.id(), l.period(), List.of(l.giver(), l.holder()),
            () -> "The accountability link " + l.id()), successions, successorsOf, out);
      }
      return out;
    }

    /** Compares one record's period with the period of each party it names (looked up by id). */
    private void check(RuleContext context, Named record, Successors successions, Map<String, String> successorsOf,
        List<Finding> out) {
      ModelView view = context.view();
      String previous = null;
      for (String party : record.parties()) {
        if (party.equals(previous) || party.equals(record.id())) {
          continue; // a delegation's two parties differ; sets and sorted lists repeat no other id
        }
        previous = party;
        Optional<Identified> found = view.model().find(party);
        if (found.isPresent() && found.get() instanceof ModelElement m
            && (m.period().isPartial() || !m.period().encloses(record.period()))) {
          before(context, view, record, party, m.period(), out);
          after(context, view, record, party, m.period(), successorsOf.computeIfAbsent(party,
              p -> successorsIn(view, successions, p, m.period())), out);
        }
      }
    }

    /** A finding if the record starts before the party came into being, or a gap if the dates cannot tell. */
    private void before(RuleContext context, ModelView view, Named record, String party, DateRange partyPeriod,
        List<Finding> out) {
      Subject subject = context.subject(record.id());
      LocalDate latestRecordStart = DateRange.lastDayOf(record.period().startText());
      LocalDate earliestPartyStart = partyPeriod.start();
      LocalDate latestPartyStart = DateRange.lastDayOf(partyPeriod.startText());
      String recorded = record.what().get() + " is recorded " + record.period().describe() + ", but "
          + Models.label(view, party);
      if (latestRecordStart.isBefore(earliestPartyStart)) {
        out.add(finding(subject, recorded + " came into being only " + startWords(partyPeriod)
            + predecessorsOf(view, party, partyPeriod) + ": the record cannot have been made by or for it before then. Start the "
            + "record no earlier than " + partyPeriod.describeStart() + ", and record the arrangement of the body "
            + "that held the functions before as a record of its own.", List.of(record.id(), party)));
      } else if (record.period().start().isBefore(latestPartyStart)
          && !record.period().startText().equals(partyPeriod.startText())) {
        out.add(gap(subject, record.what().get() + " is recorded " + record.period().describe() + ", and "
            + Models.label(view, party) + " came into being " + startWords(partyPeriod) + ": the dates recorded "
            + "cannot tell whether the record began before the party existed. Record the day each began.",
            List.of(record.id(), party)));
      }
    }

    /** A finding if the record runs on after the party ended, or a gap if the dates cannot tell. */
    private void after(RuleContext context, ModelView view, Named record, String party, DateRange partyPeriod,
        String successors, List<Finding> out) {
      Subject subject = context.subject(record.id());
      Optional<LocalDate> partyEnd = partyPeriod.end();
      if (partyEnd.isEmpty()) {
        return;
      }
      LocalDate earliestPartyEnd = DateRange.firstDayOf(partyPeriod.endText().orElseThrow());
      Optional<LocalDate> recordEnd = record.period().end();
      Optional<LocalDate> earliestRecordEnd = record.period().endText().map(DateRange::firstDayOf);
      String recorded = record.what().get() + " is recorded " + (recordEnd.isEmpty()
          ? "from " + record.period().describeStart() + " with no end" : record.period().describe());
      String ended = Models.label(view, party) + " ceased to exist after " + partyPeriod.describeEnd().orElseThrow()
          + successors;
      if (earliestRecordEnd.map(e -> e.isAfter(partyEnd.get())).orElse(true)) {
        out.add(finding(subject, recorded + ", but " + ended + ": the record cannot be exercised by or "
            + "for it after then. End the record no later than " + partyPeriod.describeEnd().orElseThrow()
            + (successors.isEmpty() ? ", or correct the dates recorded." : ", and if the arrangement carries on, "
                + "record it again in the successor's name from the day after (ics migrate does both where the "
                + "change carries arrangements over)."), List.of(record.id(), party)));
      } else if (recordEnd.get().isAfter(earliestPartyEnd)
          && !record.period().endText().equals(partyPeriod.endText())) {
        out.add(gap(subject, recorded + ", and " + ended + ": the dates recorded cannot tell whether "
            + "the record ran on after the party ended. Record the day each ended.", List.of(record.id(), party)));
      }
    }

    /** "on 1 July 2022" for a day, "in 2022" for a month or year. */
    private static String startWords(DateRange period) {
      return (period.startPrecision() == org.integratedcare.core.time.DatePrecision.DAY ? "on " : "in ")
          + period.describeStart();
    }

    /** "; it took over from ..." where a change event that brought the party into being names predecessors. */
    private static String predecessorsOf(ModelView view, String party, DateRange period) {
      for (ChangeEvent c : view.model().changesInto(party)) {
        if (!c.predecessors().isEmpty() && !c.effectiveDate().isBefore(period.start())
            && !c.effectiveDate().isAfter(DateRange.lastDayOf(period.startText()))) {
          return "; it took over from " + c.predecessors().stream().map(p -> Models.label(view, p))
              .collect(Collectors.joining(" and ")) + " (" + c.kind().typeName() + " " + c.id() + ", effective "
              + c.effectiveDate() + ")";
        }
      }
      return "";
    }

    /** Who took the functions of a party that ended, from the day after it ended; "" if no one recorded. */
    private static String successorsIn(ModelView view, Successors successions, String party, DateRange period) {
      if (period.end().isEmpty()) {
        return "";
      }
      LocalDate dayAfter = period.end().get().plusDays(1);
      String passed = passedOn(view, successions, party, dayAfter);
      // A change recorded only from a bill, announcement or report is not yet law: say so beside the successor.
      List<SourceStatus> statuses = successions.passingOn(party, null, dayAfter).stream()
          .flatMap(c -> c.sources().stream()).flatMap(src -> src.status().stream()).distinct().toList();
      if (!passed.isEmpty() && !statuses.isEmpty() && !statuses.contains(SourceStatus.IN_FORCE)
          && !statuses.contains(SourceStatus.GUIDANCE)) {
        passed += ", a change recorded from sources of status " + statuses.stream()
            .map(st -> st.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
            .collect(Collectors.joining(" and "));
      }
      return passed;
    }
  }
}
