package org.integratedcare.governance.rules.england;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.integratedcare.core.Completeness.Aspect;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.structure.HealthAndWellbeingBoard;
import org.integratedcare.core.structure.Icb;
import org.integratedcare.core.structure.Icp;
import org.integratedcare.core.structure.ProviderCollaborative;

/**
 * How much of what the law and good governance need is recorded in a model on a date, and what to
 * collect next: the share of statutory seats whose holders are recorded, of partnerships whose
 * members are, of committees whose delegated powers are, and of office holders whose register of
 * interests is.
 *
 * <p>The statutory seats counted are those of NHS Act 2006 Sch 1B for each ICB board (a chair, a
 * chief executive, a partner member of each of the three kinds and at least three ordinary
 * members), Local Government and Public Involvement in Health Act 2007 s.116ZA(2) for each ICP (a
 * member appointed by the ICB and one by each responsible local authority) and Health and Social
 * Care Act 2012 s.194(2) for each health and wellbeing board. A part the model declares complete
 * ({@link org.integratedcare.core.Completeness}) counts as recorded: what it does not hold, it
 * does not have.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecordCompleteness {
  /**
   * One area of the record: how many items it needs, how many are recorded, and a sentence for
   * each that is not.
   *
   * @param name the area, such as "Statutory seats"
   * @param needed how many items the area needs recorded
   * @param recorded how many of them are
   * @param missing a sentence for each item not recorded, in a stable order
   */
  public record Area(String name, int needed, int recorded, List<String> missing) {
    /** Copies the list. */
    public Area {
      Objects.requireNonNull(name, "name");
      missing = List.copyOf(missing);
    }

    /** The share recorded, from 0 to 100 (100 when nothing is needed). */
    public int percent() {
      return needed == 0 ? 100 : (int) Math.floor(100.0 * recorded / needed);
    }
  }

  private final LocalDate date;
  private final List<Area> areas;

  private RecordCompleteness(LocalDate date, List<Area> areas) {
    this.date = date;
    this.areas = List.copyOf(areas);
  }

  /**
   * Measures a model on a date.
   *
   * @param model the model, not null
   * @param date the date, not null
   * @return the measure
   */
  public static RecordCompleteness of(IcsModel model, LocalDate date) {
    ModelView view = model.on(Objects.requireNonNull(date, "date"));
    return new RecordCompleteness(date, List.of(seats(view), memberships(view), delegations(view),
        registers(view)));
  }

  /** The date measured. */
  public LocalDate date() {
    return date;
  }

  /** The areas, in the order: statutory seats, memberships, delegations, registers of interests. */
  public List<Area> areas() {
    return areas;
  }

  /** The report as plain text: a line per area, then what to collect next. */
  public String toText() {
    StringBuilder out = new StringBuilder("What the record holds on " + date + ":\n");
    for (Area a : areas) {
      out.append("  ").append(a.name()).append(": ").append(a.recorded()).append(" of ")
          .append(a.needed()).append(" recorded (").append(a.percent()).append("%)\n");
    }
    boolean any = false;
    for (Area a : areas) {
      if (a.missing().isEmpty()) {
        continue;
      }
      if (!any) {
        out.append("\nWhat to collect next:\n");
        any = true;
      }
      out.append("  ").append(a.name()).append(":\n");
      a.missing().forEach(m -> out.append("    - ").append(m).append('\n'));
    }
    if (!any) {
      out.append("\nNothing the measure counts is missing.\n");
    }
    return out.toString();
  }

  private static Area seats(ModelView view) {
    int needed = 0;
    int recorded = 0;
    List<String> missing = new ArrayList<>();
    for (Icb icb : view.structures(Icb.class)) {
      Optional<Body> board = icb.board().flatMap(view::body);
      String name = "the board of ICB " + Models.label(view, icb.id());
      if (board.isEmpty()) {
        needed += 8;
        missing.add(name + ": the board itself (a chair, a chief executive, three partner members "
            + "and at least three ordinary members)");
        continue;
      }
      boolean closed = Recorded.seatsComplete(view, board.get());
      List<Appointment> on = view.appointmentsOn(board.get().id());
      for (PostRole role : List.of(PostRole.CHAIR, PostRole.CHIEF_EXECUTIVE, PostRole.PARTNER_MEMBER_TRUSTS,
          PostRole.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES, PostRole.PARTNER_MEMBER_LOCAL_AUTHORITIES)) {
        needed++;
        if (closed || on.stream().anyMatch(a -> Models.role(view, a).orElse(null) == role)) {
          recorded++;
        } else {
          missing.add(name + ": who holds the " + role.typeName().replace('-', ' ') + " seat");
        }
      }
      Set<String> ordinary = new LinkedHashSet<>();
      for (Appointment a : on) {
        PostRole r = Models.role(view, a).orElse(null);
        if (r != null && r != PostRole.CHAIR && r != PostRole.CHIEF_EXECUTIVE && r != PostRole.OBSERVER) {
          ordinary.add(a.person());
        }
      }
      int got = closed ? 3 : Math.min(3, ordinary.size());
      needed += 3;
      recorded += got;
      if (got < 3) {
        missing.add(name + ": " + (3 - got) + " more ordinary member(s) and their seats");
      }
    }
    for (Icp icp : view.structures(Icp.class)) {
      Optional<Body> body = icp.body().flatMap(view::body);
      Set<String> appointers = new TreeSet<>();
      body.ifPresent(b -> view.appointmentsOn(b.id()).forEach(a -> a.appointedBy().ifPresent(appointers::add)));
      boolean closed = body.map(b -> Recorded.complete(view, Aspect.APPOINTMENTS, b)).orElse(false)
          || Recorded.complete(view, Aspect.MEMBERS, icp.id());
      List<String> needs = new ArrayList<>();
      needs.add(icp.icb());
      needs.addAll(new TreeSet<>(icp.responsibleLocalAuthorities()));
      for (String org : needs) {
        needed++;
        if (closed || appointers.contains(org)) {
          recorded++;
        } else {
          missing.add("integrated care partnership " + icp.name() + ": its member appointed by "
              + Models.label(view, org));
        }
      }
    }
    for (HealthAndWellbeingBoard hwb : view.structures(HealthAndWellbeingBoard.class)) {
      Optional<Body> body = hwb.body().flatMap(view::body);
      boolean closed = body.map(b -> Recorded.seatsComplete(view, b)).orElse(false);
      List<Appointment> on = body.map(b -> view.appointmentsOn(b.id())).orElse(List.of());
      for (PostRole role : List.of(PostRole.COUNCILLOR, PostRole.DIRECTOR_OF_ADULT_SOCIAL_SERVICES,
          PostRole.DIRECTOR_OF_CHILDRENS_SERVICES, PostRole.DIRECTOR_OF_PUBLIC_HEALTH,
          PostRole.HEALTHWATCH_REPRESENTATIVE)) {
        needed++;
        if (closed || on.stream().anyMatch(a -> Models.role(view, a).orElse(null) == role)) {
          recorded++;
        } else {
          missing.add("health and wellbeing board " + hwb.name() + ": who holds the "
              + role.typeName().replace('-', ' ') + " seat");
        }
      }
    }
    return new Area("Statutory seats", needed, recorded, missing);
  }

  private static Area memberships(ModelView view) {
    int needed = 0;
    int recorded = 0;
    List<String> missing = new ArrayList<>();
    for (Icp icp : view.structures(Icp.class)) {
      needed++;
      if (icp.body().flatMap(view::body).isPresent()) {
        recorded++;
      } else {
        missing.add("integrated care partnership " + icp.name() + ": its joint committee and members");
      }
    }
    for (HealthAndWellbeingBoard hwb : view.structures(HealthAndWellbeingBoard.class)) {
      needed++;
      if (hwb.body().flatMap(view::body).isPresent()) {
        recorded++;
      } else {
        missing.add("health and wellbeing board " + hwb.name() + ": the committee and its members");
      }
    }
    for (ProviderCollaborative c : view.structures(ProviderCollaborative.class)) {
      needed++;
      if (c.members().size() >= 2 || Recorded.complete(view, Aspect.MEMBERS, c.id())) {
        recorded++;
      } else {
        missing.add("provider collaborative " + c.name() + ": its member trusts");
      }
    }
    return new Area("Partnership memberships", needed, recorded, missing);
  }

  private static Area delegations(ModelView view) {
    int needed = 0;
    int recorded = 0;
    List<String> missing = new ArrayList<>();
    for (Body body : view.bodies()) {
      if (body.kind() != BodyKind.COMMITTEE && body.kind() != BodyKind.SUB_COMMITTEE
          && body.kind() != BodyKind.JOINT_COMMITTEE && body.kind() != BodyKind.PARTNERSHIP_BOARD) {
        continue;
      }
      needed++;
      boolean any = !view.delegationsTo(body.id()).isEmpty()
          || view.postsOf(body.id()).stream().anyMatch(p -> !view.delegationsTo(p.id()).isEmpty());
      if (any || Recorded.complete(view, Aspect.DELEGATIONS, body)) {
        recorded++;
      } else {
        missing.add(Models.label(view, body.id()) + ": its delegated powers under the scheme of "
            + "delegation (or declare them complete if it has none)");
      }
    }
    return new Area("Delegations to committees", needed, recorded, missing);
  }

  private static Area registers(ModelView view) {
    Set<String> people = new TreeSet<>();
    for (Body body : view.bodies()) {
      view.appointmentsOn(body.id()).forEach(a -> people.add(a.person()));
    }
    int recorded = 0;
    List<String> missing = new ArrayList<>();
    for (String id : people) {
      boolean has = view.model().person(id).map(p -> !p.declarations().isEmpty()).orElse(false);
      if (has || Recorded.complete(view, Aspect.DECLARATIONS, id)) {
        recorded++;
      } else {
        missing.add(Models.label(view, id) + ": the register of interests (or declare it complete if"
            + " there is nothing to declare)");
      }
    }
    return new Area("Registers of interests", people.size(), recorded, missing);
  }
}
