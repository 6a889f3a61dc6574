package org.integratedcare.governance.rules.england;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integratedcare.core.Identified;
import org.integratedcare.core.ModelElement;
import org.integratedcare.core.ModelView;
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

/**
 * What a reorganisation leaves behind: arrangements recorded in force on the date that name a
 * party which, on that date, has ceased to exist or does not yet exist. A delegation whose
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
 * </table>
 *
 * <p>Each is a warning: the record holds an arrangement that cannot work as recorded, and a
 * person must end it or make it again. Whether the law carries an arrangement over to a successor
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
            new PostHeldOnEndedBody()));
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
    String why = Models.label(view, id) + " ceased to exist after " + p.describeEnd().orElseThrow();
    List<ChangeEvent> passing = successions.passingOn(id, null, date);
    if (!passing.isEmpty()) {
      String to = passing.stream().flatMap(c -> c.recipients(id, null).stream()).distinct()
          .map(s -> Models.label(view, s)).collect(Collectors.joining(" and "));
      why += "; its functions passed to " + to + " (" + passing.get(0).kind().typeName() + " "
          + passing.get(0).id() + ", effective " + passing.get(0).effectiveDate() + ")";
    }
    return Optional.of(why);
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
}
