package org.integratedcare.governance.rules.england;

import java.util.ArrayList;
import org.integratedcare.core.Completeness.Aspect;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.integratedcare.governance.rules.AbstractRule;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Designation;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.CollaborativeType;
import org.integratedcare.core.structure.ProviderCollaborative;
import org.integratedcare.governance.rules.Basis;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.Rule;
import org.integratedcare.governance.rules.RuleContext;
import org.integratedcare.governance.rules.Severity;
import org.integratedcare.governance.rules.england.EnglandStatutoryPack.Board;

/**
 * Rules from NHS England guidance, which is not law but is applied through ICB constitutions and
 * NHS England's expectations of providers.
 *
 * <table>
 *   <caption>Rules (ids start {@code england.guidance.})</caption>
 *   <tr><th>Id</th><th>Checks</th><th>Basis</th></tr>
 *   <tr><td>icb-board-executive-directors</td><td>the ICB board has a director of finance, a
 *       medical director and a director of nursing</td><td>NHS England guidance on ICB
 *       constitutions and governance</td></tr>
 *   <tr><td>icb-board-non-executives</td><td>at least two non-executive members</td><td>as
 *       above</td></tr>
 *   <tr><td>icb-board-non-executive-roles</td><td>a non-executive (not the audit chair) is deputy
 *       chair, and one is senior non-executive</td><td>as above</td></tr>
 *   <tr><td>icb-board-non-executive-not-executive</td><td>a non-executive member does not also
 *       hold an executive seat on the same board</td><td>as above</td></tr>
 *   <tr><td>icb-board-mental-health-expertise</td><td>an ordinary member has knowledge and
 *       experience of mental health services</td><td>REPORTED by NHS Providers and Capsticks;
 *       paragraph not seen</td></tr>
 *   <tr><td>icb-acting-chair (info)</td><td>someone recorded as acting in an ICB chair's post:
 *       not an appointment as chair, so not checked under Sch 1B para 5; says whether a chair is
 *       appointed and whether the acting chair is the deputy chair</td><td>as above; DHSC answer to
 *       the written question Integrated Care Boards: Leadership</td></tr>
 *   <tr><td>trust-in-provider-collaborative</td><td>every trust providing acute or mental health
 *       services is in at least one provider collaborative</td><td>Working together at scale
 *       (Aug 2021)</td></tr>
 *   <tr><td>provider-collaborative-two-trusts</td><td>a provider collaborative has at least two
 *       trusts</td><td>as above</td></tr>
 * </table>
 *
 * <p><b>Which trusts provide acute or mental health services.</b> The core model records no
 * services on an organisation, so the pack knows a trust provides acute or mental health services
 * if the user says so ({@link #withAcuteOrMentalHealthTrusts(Collection)}, for example from ODS or
 * CQC data) or if the model shows it, on any date, as a member of a provider collaborative of type
 * {@code acute} or {@code mental-health}. Such a trust in no collaborative on the date is a
 * warning. Any other trust in no collaborative is reported for information, since the guidance
 * applies to it only if it provides those services.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NhsEnglandGuidancePack extends EnglandPack {
  /** The pack's id. */
  public static final String ID = "england.guidance";
  /** The pack's version. */
  public static final String VERSION = "1.0.0";

  static final String CONSTITUTIONS = "NHS England, Guidance on integrated care board constitutions and governance";
  static final String AT_SCALE = "NHS England/Improvement, Working together at scale: guidance on provider collaboratives (Aug 2021, PAR754)";

  private final Set<String> acuteOrMentalHealthTrusts;
  private static final String TITLE = "England: NHS England guidance";

  /** The pack with no list of trusts providing acute or mental health services; used by {@code ServiceLoader}. */
  public NhsEnglandGuidancePack() {
    this(Set.of());
  }

  private NhsEnglandGuidancePack(Set<String> trusts) {
    super(ID, VERSION, TITLE, List.of(new ExecutiveDirectors(), new NonExecutives(), new NonExecutiveRoles(),
        new NonExecutiveNotExecutive(), new MentalHealthExpertise(), new ActingChair(), new TrustInCollaborative(Set.copyOf(trusts)), new CollaborativeTwoTrusts()));
    this.acuteOrMentalHealthTrusts = Set.copyOf(trusts);
  }

  /**
   * A copy of this pack that knows which trusts provide acute or mental health services.
   *
   * @param trustIds the ids of the trusts, not null and without null elements
   * @return the pack
   */
  public NhsEnglandGuidancePack withAcuteOrMentalHealthTrusts(Collection<String> trustIds) {
    Set<String> ids = new HashSet<>(acuteOrMentalHealthTrusts);
    trustIds.forEach(t -> ids.add(Objects.requireNonNull(t, "trust id")));
    return new NhsEnglandGuidancePack(ids);
  }

  /** The ids of trusts the user said provide acute or mental health services. */
  public Set<String> acuteOrMentalHealthTrusts() {
    return acuteOrMentalHealthTrusts;
  }

  /**
   * Someone recorded as {@linkplain org.integratedcare.core.body.Capacity#ACTING acting} in the
   * chair's post of an ICB board. Acting as chair is not an appointment as chair, which is NHS
   * England's with the Secretary of State's approval (NHS Act 2006 Sch 1B para 5): NHS England's
   * guidance says the deputy chair, who chairs meetings when the chair is unavailable, would not
   * become the chair, and the Government's answer to the written question "Integrated Care Boards:
   * Leadership" says a board whose chair's post is vacant may be chaired by an acting chair,
   * normally but not always the deputy chair. Nothing here is a breach, so the finding is for
   * information: it says so, whether a chair appointed to the post is recorded, and whether the
   * acting chair is the deputy chair.
   */
  static final class ActingChair extends AbstractRule {
    ActingChair() {
      super(ID + ".icb-acting-chair", "An acting ICB chair is not an appointment as chair", Severity.INFO,
          Basis.guidance(CONSTITUTIONS + " (https://www.england.nhs.uk/long-read/guidance-on-integrated-care-board-"
              + "constitutions-and-governance): the deputy chair chairs meetings if the chair is unavailable and "
              + "would not become the chair; Department of Health and Social Care, answer to the written question "
              + "Integrated Care Boards: Leadership (https://parallelparliament.co.uk/question/45636/"
              + "integrated-care-boards-leadership): while the chair's post is vacant the board may be chaired by an "
              + "acting chair, normally but not always the deputy chair; NHS Act 2006 Sch 1B para 5"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      for (Board board : Board.all(view)) {
        List<Appointment> appointed = board.appointedTo(PostRole.CHAIR);
        List<Appointment> deputies = board.appointments().stream()
            .filter(a -> a.designations().contains(Designation.DEPUTY_CHAIR)).toList();
        for (Appointment acting : board.with(PostRole.CHAIR)) {
          if (!acting.isActing()) {
            continue;
          }
          String who = Models.label(view, acting.person());
          String icb = Models.label(view, board.icb().id());
          StringBuilder text = new StringBuilder(who + " is recorded as acting chair of ICB " + icb + " on "
              + view.date() + ". Acting as chair is not an appointment as chair, which NHS England makes with the "
              + "approval of the Secretary of State (NHS Act 2006 Sch 1B para 5), so it is not checked as one; a "
              + "deputy chair who chairs meetings while the chair is unavailable does not become the chair.");
          List<String> evidence = new ArrayList<>(List.of(acting.id()));
          if (appointed.isEmpty()) {
            text.append(Recorded.complete(view, Aspect.APPOINTMENTS, board.body())
                ? " No chair is appointed to the post on that date: the post is vacant until NHS England appoints one."
                : " No chair appointed to the post is recorded on that date.");
          } else {
            text.append(" The chair appointed to the post is ").append(String.join(", ",
                appointed.stream().map(a -> Models.label(view, a.person())).distinct().toList())).append('.');
            appointed.forEach(a -> evidence.add(a.id()));
          }
          if (deputies.stream().anyMatch(d -> d.person().equals(acting.person()))) {
            text.append(" ").append(who).append(" is the deputy chair.");
          } else if (!deputies.isEmpty()) {
            text.append(" The deputy chair is ").append(String.join(", ",
                deputies.stream().map(a -> Models.label(view, a.person())).distinct().toList()))
                .append("; an acting chair is normally, but not always, the deputy chair.");
            deputies.forEach(a -> evidence.add(a.id()));
          }
          if (acting.appointedBy().filter(by -> view.kindOf(by).orElse(null) == OrganisationKind.NHS_ENGLAND)
              .isPresent()) {
            text.append(" The record says NHS England made the appointment: if NHS England appointed ").append(who)
                .append(" chair for a time, record capacity: interim, and it is checked as a chair's appointment.");
          }
          out.add(finding(context.subject(acting.id()), text.toString(), evidence));
        }
      }
      return out;
    }
  }

  static final class ExecutiveDirectors extends AbstractRule {
    ExecutiveDirectors() {
      super(ID + ".icb-board-executive-directors",
          "ICB board has directors of finance, medicine and nursing", Severity.WARNING,
          Basis.guidance(CONSTITUTIONS + " (executive members)"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      List<Finding> out = new ArrayList<>();
      for (Board board : Board.all(context.view())) {
        for (PostRole role : List.of(PostRole.DIRECTOR_OF_FINANCE, PostRole.MEDICAL_DIRECTOR,
            PostRole.DIRECTOR_OF_NURSING)) {
          Recorded.Seat seat = Recorded.seat(context.view(), board.body(), r -> r == role, board.with(role));
          String name = role.typeName().replace('-', ' ');
          List<String> evidence = new ArrayList<>(Recorded.posts(context.view(), board.body(), r -> r == role));
          evidence.add(board.body().id());
          String icb = Models.label(context.view(), board.icb().id());
          Recorded.seatFinding(this, context.subject(board.body().id()), seat, "The board of ICB " + icb
              + " has no " + name + " on " + context.date() + "; NHS England's model constitution includes"
              + " the directors of finance, medicine and nursing.",
              "whether the board of ICB " + icb + " has a " + name + " on " + context.date(), name + "'s",
              "the board", evidence).ifPresent(out::add);
        }
      }
      return out;
    }
  }

  static final class NonExecutives extends AbstractRule {
    NonExecutives() {
      super(ID + ".icb-board-non-executives", "ICB board has at least two non-executive members",
          Severity.WARNING, Basis.guidance(CONSTITUTIONS + " (non-executive members)"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      List<Finding> out = new ArrayList<>();
      for (Board board : Board.all(context.view())) {
        Set<String> neds = board.people(r -> r == PostRole.NON_EXECUTIVE);
        if (neds.size() < 2) {
          List<String> evidence = neds.isEmpty() ? List.of(board.body().id())
              : board.with(PostRole.NON_EXECUTIVE).stream().map(Appointment::id).toList();
          if (Recorded.seatsComplete(context.view(), board.body())) {
            out.add(finding(context.subject(board.body().id()), "The board of ICB "
                + Models.label(context.view(), board.icb().id()) + " has " + neds.size()
                + " non-executive member(s) on " + context.date() + "; guidance expects at least two.",
                evidence));
          } else {
            out.add(gap(context.subject(board.body().id()), "The board of ICB "
                + Models.label(context.view(), board.icb().id()) + " has " + neds.size()
                + " non-executive member(s) recorded on " + context.date() + "; guidance expects at "
                + "least two: record the other seats and their holders, or declare the board's posts"
                + " and appointments complete.", evidence));
          }
        }
      }
      return out;
    }
  }

  static final class NonExecutiveRoles extends AbstractRule {
    NonExecutiveRoles() {
      super(ID + ".icb-board-non-executive-roles",
          "A non-executive is deputy chair (not the audit chair) and one is senior non-executive",
          Severity.WARNING, Basis.guidance(CONSTITUTIONS + " (deputy chair and senior non-executive member)"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      for (Board board : Board.all(view)) {
        List<Appointment> neds = board.with(PostRole.NON_EXECUTIVE);
        List<Appointment> deputies = neds.stream()
            .filter(a -> a.designations().contains(Designation.DEPUTY_CHAIR)).toList();
        boolean closed = Recorded.seatsComplete(view, board.body());
        if (deputies.isEmpty()) {
          out.add(noNonExecutiveIs("deputy chair", board, closed, context));
        }
        for (Appointment a : board.appointments()) {
          if (a.designations().contains(Designation.DEPUTY_CHAIR) && board.roles().get(a.id()) != PostRole.NON_EXECUTIVE) {
            out.add(finding(context.subject(a.id()), Models.label(view, a.person()) + " is recorded as deputy chair "
                + "of the board of ICB " + Models.label(view, board.icb().id()) + " through the seat "
                + Models.label(view, a.post()) + ", which is not a non-executive seat; the deputy chair is one of "
                + "the non-executive members.", List.of(a.id())));
          }
        }
        for (Appointment d : deputies) {
          if (d.designations().contains(Designation.AUDIT_CHAIR)) {
            out.add(finding(context.subject(d.id()), Models.label(view, d.person())
                + " is both deputy chair and audit chair of the board of ICB "
                + Models.label(view, board.icb().id()) + "; the deputy chair should not be the audit chair.",
                List.of(d.id())));
          }
        }
        if (neds.stream().noneMatch(a -> a.designations().contains(Designation.SENIOR_NON_EXECUTIVE))) {
          out.add(noNonExecutiveIs("senior non-executive member", board, closed, context));
        }
      }
      return out;
    }

    /** No non-executive holds a designation: a shortfall if the board is recorded in full, else a gap. */
    private Finding noNonExecutiveIs(String designation, Board board, boolean closed, RuleContext context) {
      String text = "No non-executive member of the board of ICB "
          + Models.label(context.view(), board.icb().id()) + " is " + (closed ? "" : "recorded as ")
          + designation + " on " + context.date();
      List<String> evidence = List.of(board.body().id());
      return closed ? finding(context.subject(board.body().id()), text + ".", evidence)
          : gap(context.subject(board.body().id()), text + ": record the designation on the "
              + "appointment, or declare the board's posts and appointments complete.", evidence);
    }
  }

  /**
   * A non-executive member who also holds an executive seat on the same board. NHS England's model
   * constitution gives the board executive members (the chief executive, director of finance,
   * medical director and director of nursing) and at least two non-executive members as separate
   * categories of ordinary member; one person in both is not a non-executive.
   */
  static final class NonExecutiveNotExecutive extends AbstractRule {
    private static final Set<PostRole> EXECUTIVE = Set.of(PostRole.CHIEF_EXECUTIVE, PostRole.DIRECTOR_OF_FINANCE,
        PostRole.MEDICAL_DIRECTOR, PostRole.DIRECTOR_OF_NURSING, PostRole.EXECUTIVE_DIRECTOR);

    NonExecutiveNotExecutive() {
      super(ID + ".icb-board-non-executive-not-executive",
          "A non-executive member does not also hold an executive seat", Severity.WARNING,
          Basis.guidance(CONSTITUTIONS + " (executive members and at least two non-executive members as separate "
              + "members of the board; Hertfordshire and West Essex ICB constitution 2.1.5)"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      for (Board board : Board.all(view)) {
        for (Appointment ned : board.with(PostRole.NON_EXECUTIVE)) {
          for (Appointment other : board.appointments()) {
            PostRole role = board.roles().get(other.id());
            if (other.person().equals(ned.person()) && role != null && EXECUTIVE.contains(role)) {
              out.add(finding(context.subject(ned.id()), Models.label(view, ned.person())
                  + " holds a non-executive seat on the board of ICB " + Models.label(view, board.icb().id())
                  + " and also the executive seat " + Models.label(view, other.post()) + " on " + view.date()
                  + "; the board's non-executive members are not its executives.", List.of(ned.id(), other.id())));
            }
          }
        }
      }
      return out;
    }
  }

  static final class MentalHealthExpertise extends AbstractRule {
    MentalHealthExpertise() {
      super(ID + ".icb-board-mental-health-expertise",
          "An ordinary member of the ICB board has mental health expertise", Severity.WARNING,
          Basis.guidance("At least one ordinary member with knowledge and experience of mental "
              + "health services (REPORTED by NHS Providers and Capsticks; paragraph not seen)"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      List<Finding> out = new ArrayList<>();
      for (Board board : Board.all(context.view())) {
        boolean found = board.appointments().stream()
            .filter(a -> {
              PostRole r = board.roles().get(a.id());
              return r != null && r != PostRole.CHAIR && r != PostRole.CHIEF_EXECUTIVE
                  && r != PostRole.OBSERVER;
            })
            .anyMatch(a -> a.designations().contains(Designation.MENTAL_HEALTH_EXPERTISE));
        if (!found) {
          String text = "No ordinary member of the board of ICB "
              + Models.label(context.view(), board.icb().id())
              + " is recorded as having knowledge and experience of mental health services on "
              + context.date();
          out.add(Recorded.seatsComplete(context.view(), board.body())
              ? finding(context.subject(board.body().id()), text + ".", List.of(board.body().id()))
              : gap(context.subject(board.body().id()), text + ": record the designation on the "
                  + "member's appointment, or declare the board's posts and appointments complete.",
                  List.of(board.body().id())));
        }
      }
      return out;
    }
  }

  static final class TrustInCollaborative extends AbstractRule {
    private final Set<String> declared;

    TrustInCollaborative(Set<String> declared) {
      super(ID + ".trust-in-provider-collaborative",
          "Every trust providing acute or mental health services is in a provider collaborative",
          Severity.WARNING, Basis.guidance(AT_SCALE));
      this.declared = declared;
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      Set<String> inForceMembers = new HashSet<>();
      for (ProviderCollaborative c : view.structures(ProviderCollaborative.class)) {
        inForceMembers.addAll(c.members());
      }
      Set<String> known = new HashSet<>(declared);
      for (ProviderCollaborative c : view.model().structures(ProviderCollaborative.class)) {
        if (c.type() == CollaborativeType.ACUTE || c.type() == CollaborativeType.MENTAL_HEALTH) {
          known.addAll(c.members());
        }
      }
      List<Finding> out = new ArrayList<>();
      Set<String> participants = Recorded.participants(view);
      for (Organisation trust : trusts(view)) {
        if (inForceMembers.contains(trust.id()) || !participants.contains(trust.id())) {
          continue;
        }
        if (!Recorded.complete(view, Aspect.MEMBERS, trust.id())) {
          out.add(gap(context.subject(trust.id()), "Trust " + Models.label(view, trust.id())
              + " is in no provider collaborative recorded on " + view.date() + "; every trust "
              + "providing acute or mental health services is expected to be in at least one: record "
              + "its collaboratives, or declare the members of the system's structures complete.",
              List.of(trust.id())));
        } else if (known.contains(trust.id())) {
          out.add(finding(context.subject(trust.id()), "Trust " + Models.label(view, trust.id())
              + " provides acute or mental health services but is in no provider collaborative on "
              + view.date() + "; every such trust is expected to be in at least one.",
              List.of(trust.id())));
        } else {
          out.add(finding(context.subject(trust.id()), "Trust " + Models.label(view, trust.id())
              + " is in no provider collaborative on " + view.date() + "; if it provides acute or "
              + "mental health services, it is expected to be in at least one.",
              List.of(trust.id())).withSeverity(Severity.INFO));
        }
      }
      return out;
    }

    private static List<Organisation> trusts(ModelView view) {
      List<Organisation> out = new ArrayList<>(view.organisations(OrganisationKind.NHS_TRUST));
      out.addAll(view.organisations(OrganisationKind.NHS_FOUNDATION_TRUST));
      return out;
    }
  }

  static final class CollaborativeTwoTrusts extends AbstractRule {
    CollaborativeTwoTrusts() {
      super(ID + ".provider-collaborative-two-trusts", "A provider collaborative has at least two trusts",
          Severity.WARNING, Basis.guidance(AT_SCALE));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      for (ProviderCollaborative c : view.structures(ProviderCollaborative.class)) {
        Set<String> trusts = new TreeSet<>();
        for (String m : c.members()) {
          if (view.kindOf(m).map(OrganisationKind::isTrust).orElse(false)) {
            trusts.add(m);
          }
        }
        if (trusts.size() < 2) {
          List<String> evidence = new ArrayList<>();
          evidence.add(c.id());
          evidence.addAll(trusts);
          out.add(finding(context.structureSubject(c.id()), "Provider collaborative " + c.name()
              + " (" + c.id() + ") has " + trusts.size() + " trust member(s) on " + view.date()
              + "; a provider collaborative is a partnership of at least two trusts.", evidence));
        }
      }
      return out;
    }
  }
}
