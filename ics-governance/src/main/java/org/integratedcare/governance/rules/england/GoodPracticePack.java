package org.integratedcare.governance.rules.england;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.integratedcare.core.AccountabilityDirection;
import org.integratedcare.core.AccountabilityLink;
import org.integratedcare.core.Appointment;
import org.integratedcare.core.Body;
import org.integratedcare.core.Delegation;
import org.integratedcare.core.Icb;
import org.integratedcare.core.Icp;
import org.integratedcare.core.Level;
import org.integratedcare.core.MechanismKind;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.Place;
import org.integratedcare.core.Post;
import org.integratedcare.core.PostRole;
import org.integratedcare.core.Sector;
import org.integratedcare.governance.rules.Basis;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.Rule;
import org.integratedcare.governance.rules.RuleContext;
import org.integratedcare.governance.rules.RulePack;
import org.integratedcare.governance.rules.Severity;

/**
 * Good practice from the articles the project started from, each rule citing its article.
 *
 * <table>
 *   <caption>Rules (ids start {@code england.good-practice.})</caption>
 *   <tr><th>Id</th><th>Checks</th><th>Basis</th></tr>
 *   <tr><td>joint-values-and-intent</td><td>each ICB is party, with at least one other
 *       organisation, to a statement of joint values and intent in force</td><td>Allanson,
 *       GGI (2020)</td></tr>
 *   <tr><td>vcse-voice</td><td>voluntary or independent sector organisations have a voice in the
 *       ICP or a place forum of each ICB</td><td>Dickson, NHS Confederation; West</td></tr>
 *   <tr><td>body-has-scope</td><td>every body has functions or programmes in its terms of
 *       reference</td><td>West</td></tr>
 *   <tr><td>lateral-and-bottom-up-accountability</td><td>each ICB gives account laterally and
 *       bottom-up, not only vertically</td><td>Taylor, NHS Confederation (2022)</td></tr>
 *   <tr><td>subsidiarity</td><td>a function is not delegated to a body at a less local level
 *       while a place or neighbourhood body set up to exercise it holds no delegation of it</td>
 *       <td>Allanson; NHS England interim ICB guidance (reference §6.4)</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GoodPracticePack implements RulePack {
  /** The pack's id. */
  public static final String ID = "england.good-practice";
  /** The pack's version. */
  public static final String VERSION = "1.0.0";

  private final List<Rule> rules = List.of(new JointValues(), new VcseVoice(), new BodyHasScope(),
      new LateralAndBottomUp(), new Subsidiarity());

  /** The pack; used by {@code ServiceLoader}. */
  public GoodPracticePack() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public String title() {
    return "Good practice from the seed articles";
  }

  @Override
  public List<Rule> rules() {
    return rules;
  }

  static final class JointValues extends BaseRule {
    JointValues() {
      super(ID + ".joint-values-and-intent", "Joint values and intent are in place", Severity.WARNING,
          Basis.goodPractice(Seeds.ALLANSON + ": \"perhaps the most important are joint values and intent\""));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      for (Icb icb : view.structures(Icb.class)) {
        boolean found = view.mechanismsOf(icb.id()).stream()
            .anyMatch(m -> m.kind() == MechanismKind.JOINT_VALUES_AND_INTENT && m.parties().size() >= 2);
        if (!found) {
          out.add(finding(context.structureSubject(icb.id()), "ICB " + Models.label(view, icb.id())
              + " is party to no statement of joint values and intent with its partners on "
              + view.date() + "; committees alone are not the foundation of system working.",
              List.of(icb.id())));
        }
      }
      return out;
    }
  }

  static final class VcseVoice extends BaseRule {
    VcseVoice() {
      super(ID + ".vcse-voice",
          "Voluntary and independent sector organisations have a voice in the ICP or place forums",
          Severity.WARNING, Basis.goodPractice(Seeds.DICKSON + "; " + Seeds.WEST));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      Map<String, List<String>> forumsByIcb = new HashMap<>();
      Map<String, List<String>> icpMembersByIcb = new HashMap<>();
      for (Icp icp : view.structures(Icp.class)) {
        icp.body().ifPresent(b -> forumsByIcb.computeIfAbsent(icp.icb(), k -> new ArrayList<>()).add(b));
        icpMembersByIcb.computeIfAbsent(icp.icb(), k -> new ArrayList<>()).addAll(icp.otherMembers());
      }
      for (Place place : view.structures(Place.class)) {
        place.partnershipBody().ifPresent(b -> forumsByIcb.computeIfAbsent(place.icb(), k -> new ArrayList<>()).add(b));
      }
      List<Finding> out = new ArrayList<>();
      for (Icb icb : view.structures(Icb.class)) {
        List<String> forums = forumsByIcb.getOrDefault(icb.id(), List.of());
        boolean voice = icpMembersByIcb.getOrDefault(icb.id(), List.of()).stream().anyMatch(o -> outside(view, o))
            || forums.stream().anyMatch(b -> hasVoice(view, b));
        if (!voice) {
          List<String> evidence = new ArrayList<>();
          evidence.add(icb.id());
          evidence.addAll(forums);
          out.add(finding(context.structureSubject(icb.id()), "No voluntary, community or independent "
              + "sector organisation has a voice in the integrated care partnership or a place forum of ICB "
              + Models.label(view, icb.id()) + " on " + view.date() + ".", evidence));
        }
      }
      return out;
    }

    private static boolean outside(ModelView view, String organisationId) {
      return view.kindOf(organisationId)
          .map(k -> k.sector() == Sector.VCSE || k.sector() == Sector.INDEPENDENT).orElse(false);
    }

    private static boolean hasVoice(ModelView view, String bodyId) {
      Optional<Body> body = view.body(bodyId);
      if (body.isEmpty()) {
        return false;
      }
      if (body.get().organisations().stream().anyMatch(o -> outside(view, o))) {
        return true;
      }
      for (Appointment a : view.appointmentsOn(bodyId)) {
        if (Models.role(view, a).orElse(null) == PostRole.VCSE_REPRESENTATIVE
            || a.appointedBy().map(o -> outside(view, o)).orElse(false)
            || a.nominatedBy().stream().anyMatch(o -> outside(view, o))) {
          return true;
        }
      }
      return false;
    }
  }

  static final class BodyHasScope extends BaseRule {
    BodyHasScope() {
      super(ID + ".body-has-scope", "Every body has something significant to govern",
          Severity.WARNING, Basis.goodPractice(Seeds.WEST
              + ": governance arrangements should \"have something significant to govern\""));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      for (Body body : view.bodies()) {
        if (body.termsOfReference().isEmpty()) {
          out.add(finding(context.subject(body.id()), "Body " + Models.label(view, body.id())
              + " has no terms of reference recorded, so nothing shows what it governs.", List.of(body.id())));
        } else if (!body.termsOfReference().get().hasScope()) {
          out.add(finding(context.subject(body.id()), "The terms of reference of body "
              + Models.label(view, body.id()) + " name no functions or programmes: it has nothing significant to govern.",
              List.of(body.id())));
        }
      }
      return out;
    }
  }

  static final class LateralAndBottomUp extends BaseRule {
    LateralAndBottomUp() {
      super(ID + ".lateral-and-bottom-up-accountability",
          "Lateral and bottom-up accountability exist beside the vertical line", Severity.WARNING,
          Basis.goodPractice(Seeds.TAYLOR + ": top-down incentives aligned with \"lateral, "
              + "leader-to-leader\" incentives and \"bottom-up drivers\""));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      for (Icb icb : view.structures(Icb.class)) {
        Map<AccountabilityDirection, List<String>> links = new EnumMap<>(AccountabilityDirection.class);
        List<String> givers = new ArrayList<>();
        givers.add(icb.id());
        view.bodiesOf(icb.id()).forEach(b -> givers.add(b.id()));
        for (String giver : givers) {
          for (AccountabilityLink l : view.linksFrom(giver)) {
            links.computeIfAbsent(l.direction(), k -> new ArrayList<>()).add(l.id());
          }
        }
        for (AccountabilityDirection d : List.of(AccountabilityDirection.LATERAL, AccountabilityDirection.BOTTOM_UP)) {
          if (!links.containsKey(d)) {
            List<String> evidence = new ArrayList<>();
            evidence.add(icb.id());
            evidence.addAll(links.getOrDefault(AccountabilityDirection.VERTICAL, List.of()));
            out.add(finding(context.structureSubject(icb.id()), "ICB " + Models.label(view, icb.id())
                + " and its bodies give no " + (d == AccountabilityDirection.LATERAL
                    ? "lateral account (to partners, peer to peer)"
                    : "bottom-up account (to patients, communities or their representatives)")
                + " on " + view.date() + "; accountability runs only up the vertical line.", evidence));
          }
        }
      }
      return out;
    }
  }

  /**
   * Subsidiarity, made precise: a function sits above the lowest level that can exercise it when,
   * on the date, a delegation in force gives it to a body working at a less local level (national,
   * regional or system) while a body of the same system working at place or neighbourhood level
   * names the function in its terms of reference (so it is set up to exercise it) but holds no
   * delegation of it. Bodies working at organisation level, or with no level recorded, are not
   * compared. Two bodies are of the same system when they share an organisation or the local
   * body's place belongs to an ICB the other body belongs to.
   */
  static final class Subsidiarity extends BaseRule {
    Subsidiarity() {
      super(ID + ".subsidiarity", "Functions sit at the lowest level that can exercise them",
          Severity.INFO, Basis.goodPractice(Seeds.ALLANSON + " (subsidiarity among the informal "
              + "mechanisms); NHS England interim guidance on ICB functions and governance: decisions "
              + "as close to communities as possible (reference §6.4)"));
    }

    static int localness(Level level) {
      switch (level) {
        case NATIONAL:
          return 0;
        case REGIONAL:
          return 1;
        case SYSTEM:
          return 2;
        case PLACE:
          return 3;
        case NEIGHBOURHOOD:
          return 4;
        default:
          return -1;
      }
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      Map<String, List<Body>> localByFunction = new HashMap<>();
      for (Body body : view.bodies()) {
        if (body.level().map(Level::isLocal).orElse(false) && body.termsOfReference().isPresent()) {
          for (String f : body.termsOfReference().get().functions()) {
            localByFunction.computeIfAbsent(f, k -> new ArrayList<>()).add(body);
          }
        }
      }
      List<Finding> out = new ArrayList<>();
      for (Delegation d : view.delegations()) {
        Optional<Body> delegate = delegateBody(view, d.delegate());
        if (delegate.isEmpty() || delegate.get().level().isEmpty()) {
          continue;
        }
        int level = localness(delegate.get().level().get());
        if (level < 0) {
          continue;
        }
        for (String f : new java.util.TreeSet<>(d.functions())) {
          for (Body local : localByFunction.getOrDefault(f, List.of())) {
            if (local.id().equals(delegate.get().id()) || localness(local.level().get()) <= level
                || !sameSystem(view, delegate.get(), local) || holdsDelegation(view, local, f)) {
              continue;
            }
            out.add(finding(context.subject(d.id()), Models.label(view, f) + " is delegated to "
                + Models.label(view, delegate.get().id()) + ", a " + delegate.get().level().get().typeName()
                + "-level body, while " + Models.label(view, local.id()) + ", a "
                + local.level().get().typeName() + "-level body whose terms of reference include it, "
                + "holds no delegation of it on " + view.date() + ".",
                List.of(d.id(), f, local.id())));
          }
        }
      }
      return out;
    }

    private static Optional<Body> delegateBody(ModelView view, String id) {
      Optional<Body> body = view.body(id);
      if (body.isPresent()) {
        return body;
      }
      return view.model().post(id).map(Post::body).flatMap(view::body);
    }

    private static boolean holdsDelegation(ModelView view, Body body, String function) {
      if (view.delegationsTo(body.id()).stream().anyMatch(x -> x.functions().contains(function))) {
        return true;
      }
      for (Post post : view.postsOf(body.id())) {
        if (view.delegationsTo(post.id()).stream().anyMatch(x -> x.functions().contains(function))) {
          return true;
        }
      }
      return false;
    }

    private static boolean sameSystem(ModelView view, Body higher, Body local) {
      Set<String> orgs = higher.organisations();
      if (local.organisations().stream().anyMatch(orgs::contains)) {
        return true;
      }
      return local.place().flatMap(p -> view.model().find(p, Place.class))
          .map(p -> orgs.contains(p.icb())).orElse(false);
    }
  }
}
