package org.integratedcare.governance.rules.england;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.integratedcare.core.Completeness.Aspect;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.mechanism.Mechanism;
import org.integratedcare.core.structure.HealthAndWellbeingBoard;
import org.integratedcare.core.structure.Icb;
import org.integratedcare.core.structure.Icp;
import org.integratedcare.core.structure.IntegratedCareSystem;
import org.integratedcare.core.structure.Place;
import org.integratedcare.core.structure.PrimaryCareNetwork;
import org.integratedcare.core.structure.ProviderCollaborative;
import org.integratedcare.core.structure.Structure;

/**
 * What the record shows and what it cannot: the open-world reading shared by the built-in rules.
 *
 * <p>A rule about a requirement reports a breach only when the recorded facts show it: a seat
 * that exists with nobody appointed where the model declares the body's appointments complete, a
 * seat that does not exist where it declares the body's posts complete. Otherwise the absence is a
 * gap in the record and the rule reports {@link org.integratedcare.governance.rules.Severity#GAP}.
 */
final class Recorded {
  private Recorded() {}

  /** How a required seat stands on the view's date. */
  enum Seat {
    /** Someone holds it. */
    HELD,
    /** The seat is recorded and the body's appointments are complete, and nobody holds it. */
    VACANT,
    /** The seat is recorded, but nobody is recorded as holding it, and appointments are not declared complete. */
    HOLDER_NOT_RECORDED,
    /** No such seat, and the body's posts and appointments are declared complete. */
    NO_SEAT,
    /** No such seat is recorded, and the body's posts are not declared complete. */
    SEAT_NOT_RECORDED;

    /** Whether the record shows the seat empty: a breach where the seat is required. */
    boolean isBreach() {
      return this == VACANT || this == NO_SEAT;
    }

    /** Whether the record cannot tell. */
    boolean isGap() {
      return this == HOLDER_NOT_RECORDED || this == SEAT_NOT_RECORDED;
    }
  }

  /**
   * Whether the model declares an aspect of a body complete: model-wide, for the body, a body it
   * is a committee of, or an organisation it belongs to.
   */
  static boolean complete(ModelView view, Aspect aspect, Body body) {
    return view.model().isComplete(aspect, scopeOf(view, body));
  }

  /** Whether both the seats and their holders of a body are declared complete. */
  static boolean seatsComplete(ModelView view, Body body) {
    return complete(view, Aspect.POSTS, body) && complete(view, Aspect.APPOINTMENTS, body);
  }

  /** Whether the model declares an aspect complete for a record or anything listed with it. */
  static boolean complete(ModelView view, Aspect aspect, String... ids) {
    return view.model().isComplete(aspect, ids);
  }

  private static String[] scopeOf(ModelView view, Body body) {
    List<String> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Optional<Body> at = Optional.of(body);
    while (at.isPresent() && seen.add(at.get().id())) {
      ids.add(at.get().id());
      ids.addAll(at.get().organisations());
      at = at.get().parent().flatMap(view.model()::body);
    }
    return ids.toArray(String[]::new);
  }

  /**
   * How the seat of a role on a body stands: held by one of {@code holders}, or else what the
   * record shows of its posts.
   */
  static Seat seat(ModelView view, Body body, Predicate<PostRole> role, List<Appointment> holders) {
    if (!holders.isEmpty()) {
      return Seat.HELD;
    }
    boolean recorded = view.postsOf(body.id()).stream().map(Post::role).anyMatch(role);
    if (recorded) {
      return complete(view, Aspect.APPOINTMENTS, body) ? Seat.VACANT : Seat.HOLDER_NOT_RECORDED;
    }
    return seatsComplete(view, body) ? Seat.NO_SEAT : Seat.SEAT_NOT_RECORDED;
  }

  /** The ids of the posts of a role on a body in force on the view's date. */
  static List<String> posts(ModelView view, Body body, Predicate<PostRole> role) {
    return view.postsOf(body.id()).stream().filter(p -> role.test(p.role())).map(Post::id).toList();
  }

  /**
   * The finding about a seat a requirement needs: the rule's own finding where the record shows
   * it empty, a gap where the record cannot tell, nothing where it is held.
   *
   * @param breach the sentence for a breach
   * @param question what cannot be told, such as "whether the board of ICB X has a chair on D"
   * @param seatName the seat, possessive, such as "chair's"
   * @param bodyName the body in words, such as "the board"
   */
  static Optional<org.integratedcare.governance.rules.Finding> seatFinding(
      org.integratedcare.governance.rules.Rule rule, org.integratedcare.governance.rules.Subject subject,
      Seat seat, String breach, String question, String seatName, String bodyName, List<String> evidence) {
    if (seat.isBreach()) {
      return Optional.of(org.integratedcare.governance.rules.Finding.of(rule, subject, breach, evidence));
    }
    if (seat.isGap()) {
      return Optional.of(org.integratedcare.governance.rules.Finding.of(rule, subject, "Cannot tell "
          + question + ": " + whatToRecord(seat, seatName, bodyName) + ".", evidence)
          .withSeverity(org.integratedcare.governance.rules.Severity.GAP));
    }
    return Optional.empty();
  }

  /** What to do about a seat the record cannot tell about, for a gap finding. */
  static String whatToRecord(Seat seat, String seatName, String bodyName) {
    return seat == Seat.HOLDER_NOT_RECORDED
        ? "the holder of the " + seatName + " seat of " + bodyName + " is not recorded: record the "
            + "appointment, or declare the body's appointments complete if the seat is vacant"
        : "no " + seatName + " seat of " + bodyName + " is recorded: record the seat and its holder,"
            + " or declare the body's posts and appointments complete if it has none";
  }

  /** The organisations a structure names as its own or as members. */
  static Set<String> organisationsIn(Structure s) {
    Set<String> out = new HashSet<>();
    if (s instanceof Icb icb) {
      out.add(icb.id());
      out.addAll(icb.area().units());
    } else if (s instanceof Icp icp) {
      out.add(icp.icb());
      out.addAll(icp.responsibleLocalAuthorities());
      out.addAll(icp.otherMembers());
    } else if (s instanceof HealthAndWellbeingBoard h) {
      out.add(h.localAuthority());
      out.addAll(h.relevantIcbs());
    } else if (s instanceof Place p) {
      out.add(p.icb());
      out.addAll(p.area().units());
    } else if (s instanceof PrimaryCareNetwork pcn) {
      out.add(pcn.id());
      out.addAll(pcn.memberPractices());
    } else if (s instanceof ProviderCollaborative c) {
      out.addAll(c.members());
    } else if (s instanceof IntegratedCareSystem ics) {
      out.add(ics.icb());
    }
    return out;
  }

  /**
   * The organisations of the system checked: those that take part, on any date, in its
   * arrangements with others. They are the organisations an ICB's structures name (its area, its
   * ICP's members, its places, its provider collaboratives), the parties to mechanisms, the
   * organisations of bodies shared by two or more organisations or belonging to an ICB, those
   * behind delegations, and those that nominate members to a body of an ICB. An organisation that
   * appears only through its own board, as someone's employer, in a declaration of interest or as
   * an appointing body (a trust of a neighbouring system whose chair sits on this ICB's board) is
   * outside the system checked.
   */
  static Set<String> participants(ModelView view) {
    org.integratedcare.core.IcsModel model = view.model();
    Set<String> icbs = new HashSet<>();
    model.structures(Icb.class).forEach(i -> icbs.add(i.id()));
    Set<String> out = new HashSet<>(icbs);
    for (Body b : model.bodies()) {
      boolean ofIcb = b.organisations().stream().anyMatch(icbs::contains);
      if (b.organisations().size() > 1 || ofIcb) {
        out.addAll(b.organisations());
      }
      if (ofIcb) {
        for (Post p : model.postsOf(b.id())) {
          model.appointmentsTo(p.id()).forEach(a -> out.addAll(a.nominatedBy()));
        }
      }
    }
    for (Mechanism m : model.mechanisms()) {
      out.addAll(m.parties());
    }
    for (Structure s : model.structures()) {
      out.addAll(organisationsIn(s));
    }
    for (Delegation d : model.delegations()) {
      out.addAll(Models.organisationsOf(view, d.delegator()));
      out.addAll(Models.organisationsOf(view, d.delegate()));
    }
    return out;
  }
}
