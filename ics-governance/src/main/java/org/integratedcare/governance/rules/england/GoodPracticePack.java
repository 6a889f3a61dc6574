package org.integratedcare.governance.rules.england;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.integratedcare.governance.rules.AbstractRule;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.mechanism.MechanismKind;
import org.integratedcare.core.organisation.Sector;
import org.integratedcare.core.structure.Icb;
import org.integratedcare.core.structure.Icp;
import org.integratedcare.core.structure.Level;
import org.integratedcare.core.structure.Place;
import org.integratedcare.governance.accountability.Accountability;
import org.integratedcare.governance.accountability.AccountabilityCycle;
import org.integratedcare.governance.accountability.AccountabilityGap;
import org.integratedcare.governance.authority.DecisionAuthority;
import org.integratedcare.governance.authority.Grant;
import org.integratedcare.governance.authority.LegalAssumptions;
import org.integratedcare.governance.authority.Verdict;
import org.integratedcare.governance.rules.Basis;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.Rule;
import org.integratedcare.governance.rules.RuleContext;
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
 *       reference (a warning); a body with no terms of reference recorded is information</td>
 *       <td>West</td></tr>
 *   <tr><td>lateral-and-bottom-up-accountability</td><td>each ICB gives account laterally and
 *       bottom-up, not only vertically</td><td>Taylor, NHS Confederation (2022)</td></tr>
 *   <tr><td>subsidiarity</td><td>a function is not delegated to a body at a less local level
 *       while a place or neighbourhood body set up to exercise it holds no delegation of it</td>
 *       <td>Allanson; NHS England and NHS Improvement, <i>Interim guidance on the functions and
 *       governance of the ICB</i> (August 2021)</td></tr>
 *   <tr><td>no-duplicated-binding-authority</td><td>no two bodies hold binding authority for the
 *       same function over the same population, unless one's authority comes through the
 *       other</td><td>Allanson: "without duplication"</td></tr>
 *   <tr><td>no-accountability-gaps</td><td>every holder of a function has a vertical chain of
 *       accountability to a statutory terminus</td><td>Allanson, "The accountability
 *       question"</td></tr>
 *   <tr><td>no-accountability-cycles</td><td>no lines of accountability run in a circle, other
 *       than partners answering to each other laterally</td><td>as above</td></tr>
 * </table>
 *
 * <p>Binding authority is judged by {@link DecisionAuthority} and accountability chains by {@link
 * Accountability}, each indexed once per run.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GoodPracticePack extends EnglandPack {
  /** The pack's id. */
  public static final String ID = "england.good-practice";
  /** The pack's version. */
  public static final String VERSION = "1.0.0";

  private static final String TITLE = "Good practice from published commentary";

  /** The pack under the default legal assumptions; used by {@code ServiceLoader}. */
  public GoodPracticePack() {
    this(LegalAssumptions.defaults());
  }

  /**
   * The pack under the given legal assumptions, used to judge which bodies hold binding authority.
   *
   * @param assumptions the assumptions on points of law the published sources leave open, not null
   */
  public GoodPracticePack(LegalAssumptions assumptions) {
    super(ID, VERSION, TITLE, List.of(new JointValues(), new VcseVoice(), new BodyHasScope(),
        new LateralAndBottomUp(), new Subsidiarity(), new NoDuplicatedAuthority(java.util.Objects.requireNonNull(assumptions, "assumptions")),
        new NoAccountabilityGaps(), new NoAccountabilityCycles()));
  }

  static final class JointValues extends AbstractRule {
    JointValues() {
      super(ID + ".joint-values-and-intent", "Joint values and intent are in place", Severity.WARNING,
          Basis.goodPractice(Seeds.ALLANSON + ": \"perhaps the most important are joint values and intent\""));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      Set<String> withPartnership = new HashSet<>();
      for (Icp icp : view.structures(Icp.class)) {
        if (icp.body().flatMap(view::body).isPresent()) {
          withPartnership.add(icp.icb());
        }
      }
      for (Icb icb : view.structures(Icb.class)) {
        boolean found = withPartnership.contains(icb.id()) || view.mechanismsOf(icb.id()).stream()
            .anyMatch(m -> (m.kind() == MechanismKind.JOINT_VALUES_AND_INTENT
                || m.kind() == MechanismKind.MEMORANDUM_OF_UNDERSTANDING) && m.parties().size() >= 2);
        if (!found) {
          out.add(finding(context.structureSubject(icb.id()), "ICB " + Models.label(view, icb.id())
          + " is party to no statement of joint values and intent with its partners on "
          + view.date() + " (no integrated care partnership with its strategy, no memorandum of "
          + "understanding of shared aims, no statement of joint values is recorded); committees "
          + "alone are not the foundation of system working.", List.of(icb.id())));
        }
      }
      return out;
    }
  }

  static final class VcseVoice extends AbstractRule {
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

  static final class BodyHasScope extends AbstractRule {
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
          out.add(gap(context.subject(body.id()), "Body " + Models.label(view, body.id())
          + " has no terms of reference recorded, so nothing shows what it governs: record its "
          + "terms of reference (the functions and programmes it covers).", List.of(body.id())));
        } else if (!body.termsOfReference().get().hasScope()) {
          out.add(finding(context.subject(body.id()), "The terms of reference of body "
          + Models.label(view, body.id()) + " name no functions or programmes: it has nothing significant to govern.",
          List.of(body.id())));
        }
      }
      return out;
    }
  }

  static final class LateralAndBottomUp extends AbstractRule {
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
  static final class Subsidiarity extends AbstractRule {
    Subsidiarity() {
      super(ID + ".subsidiarity", "Functions sit at the lowest level that can exercise them",
          Severity.INFO, Basis.goodPractice(Seeds.ALLANSON + " (subsidiarity among the informal "
          + "mechanisms); NHS England interim guidance on ICB functions and governance: decisions "
          + "as close to communities as possible (August 2021, as quoted by Mondaq: https://www.mondaq.com/uk/"
          + "financial-services/1115126/making-subsidiarity-a-reality-embedding-local-decision-making-in-icbs)"));
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

  /**
   * No duplication, made precise: for each function in force, the candidates are the holder's
   * unitary boards and every body, post or organisation it is delegated to on the date. Two
   * candidates duplicate each other when {@link DecisionAuthority} finds that each may take a
   * decision binding the holder, neither appears on the other's path of grants (so neither's
   * authority comes through the other, as a committee's comes through its board), and they serve
   * the same population: neither is a body for a different {@link Place} from the other's. If
   * neither path carries conditions or a financial limit, authority is plainly duplicated (a
   * warning); otherwise the conditions, which are words, may divide the scope, and the finding is
   * information asking a person to check. A pair is not reported when one's authority comes
   * through a third candidate that already duplicates the other (a post under a committee that
   * duplicates a place committee adds nothing to that finding).
   */
  static final class NoDuplicatedAuthority extends AbstractRule {
    /**
     * The most steps of authority (grants on the candidates' paths, summed) the rule follows for one
     * function. Each candidate is asked an authority question whose answer is as long as its path,
     * so a file with one long chain of onward delegation (thousands of committees, each delegating
     * to the next) would otherwise cost work and memory quadratic in the chain. England's largest
     * case, NHS England's primary care delegated to every ICB and on to its committees, is a few
     * thousand steps at ten times England's size; past the budget the rule says which candidates it
     * did not compare.
     */
    static final int MAX_STEPS = 200_000;

    private final LegalAssumptions assumptions;

    NoDuplicatedAuthority(LegalAssumptions assumptions) {
      super(ID + ".no-duplicated-binding-authority",
          "No two bodies hold binding authority for the same function over the same population",
          Severity.WARNING, Basis.goodPractice(Seeds.ALLANSON
          + ": \"Governance should be concerned with delivering objectives efficiently and without duplication\""));
      this.assumptions = assumptions;
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      DecisionAuthority authority = DecisionAuthority.of(context.model(), assumptions);
      List<Finding> out = new ArrayList<>();
      for (StatutoryFunction f : view.functions()) {
        if (view.organisation(f.holder()).isEmpty()) {
          continue;
        }
        java.util.Set<String> candidates = new java.util.LinkedHashSet<>();
        for (Body b : view.bodiesOf(f.holder())) {
          if (b.kind() == BodyKind.UNITARY_BOARD && b.organisations().size() == 1) {
        candidates.add(b.id());
          }
        }
        view.delegationsOf(f.id()).forEach(d -> candidates.add(d.delegate()));
        if (candidates.size() < 2) {
          continue;
        }
        List<String> binding = new ArrayList<>();
        Map<String, java.util.Set<String>> paths = new HashMap<>();
        Map<String, Scope> verdicts = new HashMap<>();
        long steps = 0;
        int asked = 0;
        for (String c : candidates) {
          if (steps > MAX_STEPS) {
            out.add(finding(context.subject(f.id()), Models.label(view, f.id()) + " is held or delegated by "
                + candidates.size() + " bodies, posts and organisations on " + view.date() + " along paths of "
                + "authority so long that this rule stopped after " + asked + " of them (" + steps
                + " steps); the other " + (candidates.size() - asked) + " were not compared for duplicated "
                + "authority.", List.of(f.id())).withSeverity(Severity.INFO));
            break;
          }
          asked++;
          Verdict v = authority.verdict(c, f.id(), f.holder(), view.date());
          steps += v.grants().size() + 1;
          if (v.isBinding()) {
        binding.add(c);
        java.util.Set<String> nodes = new java.util.HashSet<>();
        for (Grant g : v.grants()) {
          nodes.add(g.from());
          nodes.add(g.to());
        }
        paths.put(c, nodes);
        verdicts.put(c, new Scope(!v.conditions().isEmpty() || v.financialLimit().isPresent()));
          }
        }
        java.util.Set<String> duplicates = new java.util.HashSet<>();
        List<long[]> pairs = overlappingPairs(view, binding);
        for (long[] pair : pairs) {
          String a = binding.get((int) pair[0]);
          String b = binding.get((int) pair[1]);
          if (!paths.get(a).contains(b) && !paths.get(b).contains(a) && !differentPlaces(view, a, b)) {
            duplicates.add(a + "\n" + b);
            duplicates.add(b + "\n" + a);
          }
        }
        for (long[] pair : pairs) {
          {
        String a = binding.get((int) pair[0]);
        String b = binding.get((int) pair[1]);
        if (!duplicates.contains(a + "\n" + b) || derivesFromDuplicate(a, b, paths, duplicates)
            || derivesFromDuplicate(b, a, paths, duplicates)) {
          continue;
        }
        boolean limited = verdicts.get(a).isLimited() || verdicts.get(b).isLimited();
        String message = Models.label(view, a) + " and " + Models.label(view, b)
            + " can each take decisions on " + Models.label(view, f.id()) + " that bind "
            + Models.label(view, f.holder()) + " on " + view.date()
            + ", and neither's authority comes through the other";
        out.add(limited
            ? finding(context.subject(f.id()), message + "; check that the conditions and limits "
                + "of their delegations divide the scope between them.", List.of(f.id(), a, b))
                .withSeverity(Severity.INFO)
            : finding(context.subject(f.id()), message
                + ", with no conditions or limits on either: binding authority is duplicated.",
                List.of(f.id(), a, b)));
          }
        }
      }
      return out;
    }

    /**
     * Whether {@code a}'s authority comes through another candidate that already duplicates
     * {@code b}, so the pair adds nothing to the finding about that candidate.
     */
    private static boolean derivesFromDuplicate(String a, String b, Map<String, java.util.Set<String>> paths,
        java.util.Set<String> duplicates) {
      for (String c : paths.get(a)) {
        if (!c.equals(a) && duplicates.contains(c + "\n" + b)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a binding path carries conditions or a financial limit. */
    private record Scope(boolean isLimited) {}

    /**
     * The pairs (by index, first lower, in order) of deciders whose populations can overlap: two
     * deciders whose footprints are known and share no area unit serve different populations (NHS
     * England's delegation of primary care to each ICB is one delegation per ICB area, not a
     * duplication). A decider whose footprint is not recorded is paired with every other. Linear in
     * the deciders and the pairs that share ground.
     */
    private static List<long[]> overlappingPairs(ModelView view, List<String> deciders) {
      Map<String, List<Integer>> byUnit = new HashMap<>();
      List<Integer> unknown = new ArrayList<>();
      for (int i = 0; i < deciders.size(); i++) {
        java.util.Set<String> units = footprint(view, deciders.get(i));
        if (units.isEmpty()) {
          unknown.add(i);
        } else {
          for (String u : units) {
            byUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(i);
          }
        }
      }
      java.util.Set<Long> keys = new java.util.HashSet<>();
      int n = deciders.size();
      for (List<Integer> group : byUnit.values()) {
        for (int x = 0; x < group.size(); x++) {
          for (int y = x + 1; y < group.size(); y++) {
            keys.add(key(group.get(x), group.get(y), n));
          }
        }
      }
      for (int u : unknown) {
        for (int i = 0; i < n; i++) {
          if (i != u) {
            keys.add(key(u, i, n));
          }
        }
      }
      List<Long> sorted = new ArrayList<>(keys);
      java.util.Collections.sort(sorted);
      List<long[]> out = new ArrayList<>(sorted.size());
      for (long k : sorted) {
        out.add(new long[] {k / n, k % n});
      }
      return out;
    }

    private static long key(int a, int b, int n) {
      return (long) Math.min(a, b) * n + Math.max(a, b);
    }

    /**
     * The area units a decider acts for: a place body's place, otherwise the areas of the ICBs it
     * belongs to; a post acts for its body. Empty when not recorded (a body of a trust, NHS
     * England).
     */
    private static java.util.Set<String> footprint(ModelView view, String id) {
      Optional<Body> body = view.model().body(id);
      if (body.isEmpty()) {
        body = view.model().post(id).flatMap(p -> view.model().body(p.body()));
      }
      java.util.Set<String> units = new java.util.HashSet<>();
      if (body.isPresent()) {
        Optional<Place> place = body.get().place().flatMap(p -> view.model().structure(p))
            .filter(Place.class::isInstance).map(Place.class::cast);
        if (place.isPresent()) {
          units.addAll(place.get().area().units());
          units.addAll(place.get().area().partialUnits());
          return units;
        }
        for (String org : body.get().organisations()) {
          java.util.Set<String> of = icbArea(view, org);
          if (of.isEmpty()) {
            return java.util.Set.of();
          }
          units.addAll(of);
        }
        return units;
      }
      return icbArea(view, id);
    }

    private static java.util.Set<String> icbArea(ModelView view, String organisation) {
      return view.model().structure(organisation).filter(Icb.class::isInstance).map(Icb.class::cast)
          .map(icb -> {
            java.util.Set<String> u = new java.util.HashSet<>(icb.area().units());
            u.addAll(icb.area().partialUnits());
            return u;
          })
          .orElse(java.util.Set.of());
    }

    private static boolean differentPlaces(ModelView view, String a, String b) {
      Optional<String> pa = placeOf(view, a);
      Optional<String> pb = placeOf(view, b);
      return pa.isPresent() && pb.isPresent() && !pa.get().equals(pb.get());
    }

    private static Optional<String> placeOf(ModelView view, String id) {
      Optional<Body> body = view.model().body(id);
      if (body.isEmpty()) {
        body = view.model().post(id).flatMap(p -> view.model().body(p.body()));
      }
      return body.flatMap(Body::place);
    }
  }

  static final class NoAccountabilityGaps extends AbstractRule {
    NoAccountabilityGaps() {
      super(ID + ".no-accountability-gaps",
          "Every holder of a function answers, through a vertical chain, to a statutory account-holder",
          Severity.WARNING, Basis.goodPractice(Seeds.ALLANSON + ", \"The accountability question\"; "
          + "accountability lines of NHS Act 2006 s.14Z59 (ICB to NHS England) and s.13A (NHS England's "
          + "mandate from the Secretary of State)"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      List<Finding> out = new ArrayList<>();
      for (AccountabilityGap gap : Accountability.of(context.model()).gaps(context.date())) {
        List<String> evidence = new ArrayList<>();
        evidence.add(gap.holder());
        evidence.addAll(gap.functions());
        out.add(finding(context.subject(gap.holder()), gap.sentence(), evidence));
      }
      return out;
    }
  }

  /**
   * Cycles of accountability, except partners answering to each other laterally and nothing else:
   * mutual lateral accountability is what {@link LateralAndBottomUp} asks for, not a fault.
   */
  static final class NoAccountabilityCycles extends AbstractRule {
    private static boolean onlyLateral(RuleContext context, AccountabilityCycle cycle) {
      if (cycle.links().isEmpty() || cycle.links().size() < cycle.members().size()) {
        return false;
      }
      for (String id : cycle.links()) {
        boolean lateral = context.model().find(id, AccountabilityLink.class)
        .map(l -> l.direction() == AccountabilityDirection.LATERAL).orElse(false);
        if (!lateral) {
          return false;
        }
      }
      return true;
    }

    NoAccountabilityCycles() {
      super(ID + ".no-accountability-cycles", "No lines of accountability run in a circle",
          Severity.WARNING, Basis.goodPractice(Seeds.ALLANSON + ", \"The accountability question\"; "
          + "accountability lines of NHS Act 2006 s.14Z59 (ICB to NHS England) and s.13A (NHS England's "
          + "mandate from the Secretary of State)"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      List<Finding> out = new ArrayList<>();
      for (AccountabilityCycle cycle : Accountability.of(context.model()).cycles(context.date())) {
        if (onlyLateral(context, cycle)) {
          continue;
        }
        List<String> evidence = new ArrayList<>(cycle.links());
        evidence.addAll(cycle.members());
        String first = cycle.links().isEmpty() ? cycle.members().get(0) : cycle.links().get(0);
        out.add(finding(context.subject(first), cycle.sentence(), evidence));
      }
      return out;
    }
  }
}
