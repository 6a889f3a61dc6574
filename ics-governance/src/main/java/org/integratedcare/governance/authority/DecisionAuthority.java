package org.integratedcare.governance.authority;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Identified;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.Completeness;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.FinancialLimit;
import org.integratedcare.core.function.LimitCategory;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.mechanism.CommitteesInCommon;
import org.integratedcare.core.mechanism.ContractualArrangement;
import org.integratedcare.core.mechanism.Mechanism;
import org.integratedcare.core.mechanism.MechanismKind;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.time.DatePrecision;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.governance.authority.LegalEffects.InstrumentRule;
import org.integratedcare.governance.authority.LegalEffects.Reach;
import org.integratedcare.governance.internal.DelegationLaw;
import org.integratedcare.governance.internal.Names;
import org.integratedcare.core.change.Resolution;
import org.integratedcare.core.change.Successors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers "may this body take a decision on this function that binds these organisations, on this
 * date?" over one {@link IcsModel}, with the path of grants or the reasons.
 *
 * <p><b>How authority is traced.</b> For each organisation asked about, the function considered
 * is the one asked about if that organisation holds it on the date (by law, or as successor after a
 * merger or acquisition in effect on the date), otherwise the function the organisation holds with
 * the same name and legal basis (so that "the same function" of each party to a joint committee
 * can be asked about at once). From the deciding body the search walks back along the
 * delegations of that function to the organisation, and binds only if every step holds:
 *
 * <ul>
 *   <li>the organisation's <b>unitary board</b> exercises the organisation's functions without a
 *       delegation (a unitary board is collectively accountable for all its organisation's
 *       functions: NHS Act 2006 Sch 1B Part 1 for ICBs, Sch 7 para 15 for foundation trusts); every other
 *       body, committee or post needs a delegation;</li>
 *   <li>each delegation is in force on the date, covers the function, is within its financial
 *       limit when the query carries an amount, and is made under a power that the delegator may
 *       use and that may reach the delegate ({@link LegalEffects}, under the {@link
 *       LegalAssumptions} given);</li>
 *   <li>the function is delegable;</li>
 *   <li>no delegation inside the organisation passes a matter reserved to its board or to a body
 *       above the delegator ({@link org.integratedcare.core.organisation.Organisation#reservedToBoard()},
 *       {@link Body#reservedFunctions()}); an amount is within the delegation's limit on every
 *       decision and, when the query names a category, its limit for that category (with no
 *       category, every category's limit applies);</li>
 *   <li>a delegate passes the function on only if its own delegation allows onward delegation
 *       (an organisation's board acting for it is not a delegation; the board delegating to a
 *       committee is);</li>
 *   <li>each delegator held the function itself, and the deciding body, every delegator and the
 *       organisation exist on the date.</li>
 * </ul>
 *
 * <p><b>Open world.</b> Where no path binds only because something on a route is not recorded (no
 * delegation of the function to the deciding body, or to a body on the route, is recorded; or a
 * delegation on the route does not record whether onward delegation is allowed) and the model does
 * not declare the delegations of that body complete ({@link
 * org.integratedcare.core.IcsModel#isComplete}, checked for the body, the bodies above it and its
 * organisations), the answer is <b>cannot tell</b>, its first reason saying what is not recorded
 * and what to record. An organisation that does not hold the function is answered <b>not
 * holder</b>. Reasons are ordered by legal weight: what is not recorded; a defect that was the only
 * thing wrong with an otherwise complete path; committees in common; a contract; the rest.
 *
 * <p>Where no path binds, the answer is <b>advisory only</b> when the body is advisory by nature
 * or by the mechanism it acts under: an advisory forum or a partnership board of the organisation
 * without delegated powers, or a body of an organisation that shares with it a mechanism that binds
 * no one (a memorandum of understanding or an informal mechanism). Otherwise it is <b>no
 * authority</b>, including for a committee or joint committee of the organisation that lacks a valid
 * delegation (no delegation, expired, outside its limit and so on): such a body needs a delegation to
 * act at all. Both carry the reasons. Committees in common and contractual arrangements add
 * reasons of their own.
 *
 * <p><b>Cost.</b> {@link #of(IcsModel, LegalAssumptions)} indexes the model once: delegations by
 * delegate and function, functions by holder, name and basis, committees in common by committee and
 * contracts by provider. A query then touches, for each organisation, only the delegations of the
 * one function that lead back from the deciding body (each evaluated once per query), the
 * succession chain of the holder, and the mechanisms of the deciding body's own organisations: in
 * a model with one path of delegation that is time proportional to the length of the path, and it
 * never scans all organisations.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DecisionAuthority {
  private static final Logger LOG = LoggerFactory.getLogger(DecisionAuthority.class);

  private final IcsModel model;
  private final LegalAssumptions assumptions;
  private final Names names;
  private final Successors successions;
  private final Map<String, List<Delegation>> byDelegateAndFunction;
  private final Map<String, List<StatutoryFunction>> byHolderNameAndBasis;
  private final Map<String, List<CommitteesInCommon>> committeesInCommonByCommittee;
  private final Map<String, List<ContractualArrangement>> contractsByProvider;
  /** For each body, the functions reserved to it or to a body above it, each with the reserving body. */
  private final Map<String, Map<String, String>> reservedAbove;
  /** The bodies whose delegations the model declares complete, for themselves or through a body above. */
  private final Set<String> bodiesWithDelegationsComplete;

  private DecisionAuthority(IcsModel model, LegalAssumptions assumptions) {
    this.model = model;
    this.assumptions = assumptions;
    this.names = new Names(model);
    this.successions = Successors.of(model);
    Map<String, List<Delegation>> delegations = new HashMap<>();
    for (Delegation d : model.delegations()) {
      for (String f : d.functions()) {
        delegations.computeIfAbsent(key(d.delegate(), f), k -> new ArrayList<>()).add(d);
      }
    }
    this.byDelegateAndFunction = freeze(delegations);
    Map<String, List<StatutoryFunction>> functions = new HashMap<>();
    for (StatutoryFunction f : model.functions()) {
      functions.computeIfAbsent(key(f.holder(), sameness(f)), k -> new ArrayList<>()).add(f);
    }
    this.byHolderNameAndBasis = freeze(functions);
    Map<String, List<CommitteesInCommon>> cics = new HashMap<>();
    Map<String, List<ContractualArrangement>> contracts = new HashMap<>();
    for (Mechanism m : model.mechanisms()) {
      if (m instanceof CommitteesInCommon c) {
        c.committees().forEach(b -> cics.computeIfAbsent(b, k -> new ArrayList<>()).add(c));
      } else if (m instanceof ContractualArrangement c) {
        c.providers().forEach(p -> contracts.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
      }
    }
    this.committeesInCommonByCommittee = freeze(cics);
    this.contractsByProvider = freeze(contracts);
    this.reservedAbove = down(model, b -> {
      Map<String, String> own = new HashMap<>();
      b.reservedFunctions().forEach(f -> own.put(f, b.id()));
      return own;
    }, (own, above) -> {
      Map<String, String> all = new HashMap<>(above);
      all.putAll(own);
      return all.isEmpty() ? Map.of() : Collections.unmodifiableMap(all);
    }, Map.of());
    Set<String> complete = new HashSet<>();
    if (!model.completeness().isEmpty()) {
      Map<String, Boolean> covered = down(model, b -> {
        List<String> ids = new ArrayList<>(b.organisations());
        ids.add(b.id());
        return model.isComplete(Completeness.Aspect.DELEGATIONS, ids.toArray(String[]::new));
      }, (own, above) -> own || above, false);
      covered.forEach((b, c) -> {
        if (c) {
          complete.add(b);
        }
      });
    }
    this.bodiesWithDelegationsComplete = Collections.unmodifiableSet(complete);
    LOG.debug("indexed {} delegations and {} functions for decision authority", model.delegations().size(),
        model.functions().size());
  }

  /**
   * A value for every body, computed from its own value and its parent's (a body without a parent
   * combines with {@code root}); without recursion, so a chain of parents of any length is safe.
   */
  private static <T> Map<String, T> down(IcsModel model, java.util.function.Function<Body, T> own,
      java.util.function.BinaryOperator<T> combine, T root) {
    Map<String, T> done = new HashMap<>();
    for (Body start : model.bodies()) {
      ArrayDeque<Body> pending = new ArrayDeque<>();
      Set<String> onStack = new HashSet<>();
      Body b = start;
      while (b != null && !done.containsKey(b.id()) && onStack.add(b.id())) {
        pending.push(b);
        b = b.parent().flatMap(model::body).orElse(null);
      }
      while (!pending.isEmpty()) {
        Body next = pending.pop();
        T above = next.parent().map(done::get).orElse(root);
        done.put(next.id(), combine.apply(own.apply(next), above == null ? root : above));
      }
    }
    return done;
  }

  private static String key(String a, String b) {
    return a + '\u0000' + b;
  }

  private static String sameness(StatutoryFunction f) {
    return f.name() + '\u0000' + f.basis().orElse("");
  }

  private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
    Map<String, List<T>> frozen = new HashMap<>();
    map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(frozen);
  }

  /**
   * Decision authority over a model under the {@linkplain LegalAssumptions#defaults() default}
   * legal assumptions.
   *
   * @param model the model, not null
   * @return the indexed authority
   * @throws NullPointerException if {@code model} is null
   */
  public static DecisionAuthority of(IcsModel model) {
    return of(model, LegalAssumptions.defaults());
  }

  /**
   * Decision authority over a model under the given legal assumptions; indexes the model once.
   *
   * @param model the model, not null
   * @param assumptions the assumptions on points of law the published sources leave open, not null
   * @return the indexed authority
   * @throws NullPointerException if an argument is null
   */
  public static DecisionAuthority of(IcsModel model, LegalAssumptions assumptions) {
    return new DecisionAuthority(Objects.requireNonNull(model, "model"),
        Objects.requireNonNull(assumptions, "assumptions"));
  }

  /** The model queried. */
  public IcsModel model() {
    return model;
  }

  /** The legal assumptions applied. */
  public LegalAssumptions assumptions() {
    return assumptions;
  }

  /**
   * Whether {@code decider} may take a decision on {@code function} that binds {@code
   * organisation} on {@code date}: the verdict for one organisation, without an amount. Use {@link
   * #decide(AuthorityQuery)} to ask about several organisations or a decision with an amount.
   *
   * @param decider the id of the deciding body, post or organisation, not null
   * @param function the id of the function, not null
   * @param organisation the id of the organisation, not null
   * @param date the date of the decision, not null
   * @return the verdict
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an id does not name a record of the right kind in the model
   */
  public Verdict verdict(String decider, String function, String organisation, LocalDate date) {
    return decide(AuthorityQuery.of(decider, function, date, organisation)).verdicts().get(0);
  }

  /**
   * Answers a query: one verdict per organisation asked about.
   *
   * @param query the query, not null
   * @return the answer
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if the decider is not a body, post or organisation of the
   *     model, the function is not a function of the model, or an organisation id is not an
   *     organisation of the model; the message lists every such problem
   */
  public AuthorityAnswer decide(AuthorityQuery query) {
    return decide(query, evaluated -> { });
  }

  /**
   * Who may take a decision on a function that binds the given organisations on a date: every
   * candidate (see {@link DecidersAnswer}) asked as in {@link #decide(AuthorityQuery)}.
   *
   * @param function the id of the function, not null
   * @param date the date of the decision, not null
   * @param organisations the ids of the organisations the decision should bind, at least one
   * @return the candidates that bind and those that may only advise, with their answers
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the function or an organisation is not in the model, or no
   *     organisation is given
   */
  public DecidersAnswer whoMayDecide(String function, LocalDate date, String... organisations) {
    return whoMayDecide(function, date, List.of(organisations), null);
  }

  /**
   * Who may take a decision on a function, committing an amount, that binds the given
   * organisations on a date.
   *
   * @param function the id of the function, not null
   * @param date the date of the decision, not null
   * @param organisations the ids of the organisations the decision should bind, at least one
   * @param amount the sum the decision commits, in pounds, checked against financial limits; null
   *     for a decision without a sum
   * @return the candidates that bind and those that may only advise, with their answers
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the function or an organisation is not in the model, or no
   *     organisation is given
   */
  public DecidersAnswer whoMayDecide(String function, LocalDate date, java.util.Collection<String> organisations,
      @Nullable BigDecimal amount) {
    return whoMayDecide(function, date, organisations, null, amount);
  }

  /**
   * Who may take a decision on a function, committing an amount of one category of spending, that
   * binds the given organisations on a date; the amount is checked against each delegation's limit
   * for that category as well as its limit on every decision.
   *
   * @param function the id of the function, not null
   * @param date the date of the decision, not null
   * @param organisations the ids of the organisations the decision should bind, at least one
   * @param category the category of spending of the amount; null for none (every category's limit
   *     then applies)
   * @param amount the sum the decision commits, in pounds; null for a decision without a sum (then
   *     {@code category} must be null too)
   * @return the candidates that bind, those that may only advise and those that cannot be told
   * @throws NullPointerException if a non-nullable argument is null
   * @throws IllegalArgumentException if the function or an organisation is not in the model, no
   *     organisation is given, or a category is given without an amount
   */
  public DecidersAnswer whoMayDecide(String function, LocalDate date, java.util.Collection<String> organisations,
      @Nullable LimitCategory category, @Nullable BigDecimal amount) {
    Objects.requireNonNull(function, "function");
    if (category != null && amount == null) {
      throw new IllegalArgumentException("a category of spending (" + category.typeName() + ") needs an amount");
    }
    Objects.requireNonNull(date, "date");
    Optional<BigDecimal> sum = Optional.ofNullable(amount);
    StatutoryFunction asked = model.function(function).orElseThrow(() ->
        new IllegalArgumentException("cannot answer who may decide: function '" + function + "' is not a function of the model"));
    List<String> orgs = List.copyOf(organisations);
    Set<StatutoryFunction> functions = new LinkedHashSet<>();
    functions.add(asked);
    for (String o : orgs) {
      for (StatutoryFunction f : model.functionsHeldBy(o)) {
        if (f.name().equals(asked.name()) && f.basis().equals(asked.basis())) {
          functions.add(f);
        }
      }
    }
    var view = model.on(date);
    Set<String> candidates = new LinkedHashSet<>();
    for (StatutoryFunction f : functions) {
      List<String> holders = new ArrayList<>(List.of(f.holder()));
      for (int i = 0; i < holders.size(); i++) {
        for (var change : model.changesFrom(holders.get(i))) {
          if (!change.effectiveDate().isAfter(date)) {
            change.successors().stream().filter(s -> !holders.contains(s)).forEach(holders::add);
          }
        }
      }
      for (String h : holders) {
        candidates.add(h);
        for (Body b : view.bodiesOf(h)) {
          if (b.kind() == BodyKind.UNITARY_BOARD) {
            candidates.add(b.id());
          }
        }
      }
      for (Delegation d : view.delegationsOf(f.id())) {
        candidates.add(d.delegate());
        for (Body b : view.bodiesOf(d.delegate())) {
          if (b.kind() == BodyKind.UNITARY_BOARD) {
            candidates.add(b.id());
          }
        }
      }
    }
    List<AuthorityAnswer> binding = new ArrayList<>();
    List<AuthorityAnswer> advisory = new ArrayList<>();
    List<AuthorityAnswer> cannotTell = new ArrayList<>();
    for (String candidate : candidates) {
      AuthorityQuery query = AuthorityQuery.of(candidate, function, date, orgs);
      if (sum.isPresent()) {
        query = category == null ? query.withAmount(sum.get()) : query.withAmount(category, sum.get());
      }
      AuthorityAnswer answer = decide(query);
      boolean anyRefused = answer.verdicts().stream()
          .anyMatch(v -> v.outcome() == Outcome.NO_AUTHORITY || v.outcome() == Outcome.NOT_HOLDER);
      if (answer.bindsAll()) {
        binding.add(answer);
      } else if (anyRefused) {
        continue;
      } else if (answer.verdicts().stream().anyMatch(v -> v.outcome() == Outcome.CANNOT_TELL)) {
        cannotTell.add(answer);
      } else {
        advisory.add(answer);
      }
    }
    return new DecidersAnswer(function, orgs, date, sum, List.copyOf(candidates), binding, advisory, cannotTell);
  }

  /**
   * Answers a query, telling {@code evaluatedNodes} how many bodies, posts and organisations the
   * search evaluated for each organisation: the measure of a query's cost that the tests use to show
   * it does not grow with the rest of the model.
   */
  AuthorityAnswer decide(AuthorityQuery query, IntConsumer evaluatedNodes) {
    Objects.requireNonNull(query, "query");
    List<String> problems = new ArrayList<>();
    Identified decider = model.find(query.decider()).orElse(null);
    if (!(decider instanceof Body || decider instanceof Post || decider instanceof Organisation)) {
      problems.add("decider '" + query.decider() + "' is not a body, post or organisation of the model");
    }
    StatutoryFunction function = model.function(query.function()).orElse(null);
    if (function == null) {
      problems.add("function '" + query.function() + "' is not a function of the model");
    }
    for (int i = 0; i < query.organisations().size(); i++) {
      String o = query.organisations().get(i);
      if (model.organisation(o).isEmpty()) {
        problems.add("organisations[" + i + "]: '" + o + "' is not an organisation of the model");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("cannot answer the authority query: " + String.join("; ", problems));
    }
    List<Verdict> verdicts = new ArrayList<>();
    for (String o : query.organisations()) {
      verdicts.add(verdict(query, function, o, evaluatedNodes));
    }
    return new AuthorityAnswer(query, verdicts);
  }

  private Verdict verdict(AuthorityQuery q, StatutoryFunction asked, String org, IntConsumer evaluatedNodes) {
    LocalDate date = q.date();
    String deciderName = names.of(q.decider(), date);
    String orgName = names.of(org, date);
    String when = "On " + Names.date(date) + ", ";
    if (!names.exists(q.decider(), date)) {
      return refusal(Outcome.NO_AUTHORITY, org, Optional.empty(), List.of(new Reason(ReasonKind.NOT_IN_EXISTENCE, q.decider(),
          names.whyNotInExistence(q.decider(), date) + ".")), when + deciderName + " cannot take a decision on "
          + asked.name() + " that binds " + orgName);
    }
    if (!names.exists(org, date)) {
      StringBuilder why = new StringBuilder(names.whyNotInExistence(org, date));
      for (var c : successions.passingOn(org, asked.id(), date)) {
        why.append("; its functions passed to ")
            .append(Names.list(c.recipients(org, asked.id()).stream().map(s -> names.of(s, date)).toList(), "and"))
            .append(" under the ").append(names.of(c.id(), date)).append(" effective ")
            .append(Names.date(c.effectiveDate()));
      }
      return refusal(Outcome.NO_AUTHORITY, org, Optional.empty(), List.of(new Reason(ReasonKind.NOT_IN_EXISTENCE, org, why + ".")),
          when + "no decision of " + deciderName + " on " + asked.name() + " can bind " + orgName);
    }
    // The function this organisation holds: the one asked about, or its own of the same name and basis.
    StatutoryFunction function = null;
    List<Resolution.Step> succession = null;
    Optional<List<Resolution.Step>> own =
        Optional.ofNullable(successions.resolve(asked.holder(), asked.id(), date).holders().get(org));
    if (own.isPresent()) {
      function = asked;
      succession = own.get();
    } else {
      for (StatutoryFunction f : byHolderNameAndBasis.getOrDefault(key(org, sameness(asked)), List.of())) {
        // its own function of the same name and basis, unless a change event has moved it away
        List<Resolution.Step> kept = f.inForceOn(date)
            ? successions.resolve(f.holder(), f.id(), date).holders().get(org) : null;
        if (kept != null) {
          function = f;
          succession = kept;
          break;
        }
      }
    }
    if (function == null) {
      return refusal(Outcome.NOT_HOLDER, org, Optional.empty(), List.of(new Reason(ReasonKind.NOT_HOLDER, org,
          orgName + " does not hold " + asked.name() + " (nor a function of the same name and basis) on "
              + Names.date(date) + ", so no decision on it can bind " + orgName + ".")),
          when + "no decision of " + deciderName + " on " + asked.name() + " can bind " + orgName);
    }
    if (!function.inForceOn(date)) {
      DateRange p = function.period();
      boolean early = date.isBefore(p.start());
      return refusal(Outcome.NOT_HOLDER, org, Optional.of(function.id()), List.of(new Reason(
          early ? ReasonKind.NOT_YET_IN_FORCE : ReasonKind.EXPIRED, function.id(),
          function.name() + " is in force only " + Names.period(p) + ".")),
          when + "no decision of " + deciderName + " on " + function.name() + " can bind " + orgName);
    }
    List<Grant> holderPath = new ArrayList<>();
    String holder = function.holder();
    holderPath.add(new Grant(GrantKind.HELD_BY_LAW, function.id(), holder, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), function.basis(), function.period(),
        names.of(holder, date) + " holds " + function.name() + " by law"
            + function.basis().map(b -> " (" + b + ")").orElse("")));
    for (Resolution.Step s : succession) {
      holderPath.add(new Grant(GrantKind.SUCCESSION, s.from(), s.to(), Optional.empty(),
          Optional.of(s.event().id()), Optional.empty(), Optional.empty(), Optional.empty(),
          DateRange.from(s.event().effectiveDate()),
          names.of(s.to(), date) + " holds it as successor to " + names.of(s.from(), date) + " under the "
              + names.of(s.event().id(), date) + " effective " + Names.date(s.event().effectiveDate())));
    }
    Search search = new Search(q, function, org, List.copyOf(holderPath));
    Result result = search.eval(q.decider()).asDecider;
    evaluatedNodes.accept(search.memo.size());
    if (result.bound()) {
      return binding(q, org, function, result.path());
    }
    return notBinding(q, org, function, result.failures(), result.gaps());
  }

  private Verdict binding(AuthorityQuery q, String org, StatutoryFunction function, List<Grant> path) {
    LocalDate date = q.date();
    List<String> conditions = new ArrayList<>();
    BigDecimal limit = null;
    Map<LimitCategory, BigDecimal> byCategory = new java.util.EnumMap<>(LimitCategory.class);
    for (Grant g : path) {
      if (g.delegation().isPresent()) {
        Delegation d = model.find(g.delegation().get(), Delegation.class).orElseThrow();
        conditions.addAll(d.conditions());
        if (d.financialLimit().isPresent() && (limit == null || d.financialLimit().get().compareTo(limit) < 0)) {
          limit = d.financialLimit().get();
        }
        for (FinancialLimit l : d.limits()) {
          byCategory.merge(l.category(), l.amount(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
      }
    }
    List<FinancialLimit> limits = new ArrayList<>();
    byCategory.forEach((c, a) -> limits.add(FinancialLimit.of(c, a)));
    StringBuilder s = new StringBuilder("On ").append(Names.date(date)).append(", a decision of ")
        .append(names.of(q.decider(), date)).append(" on ").append(function.name()).append(" binds ")
        .append(names.of(org, date)).append(": ");
    List<String> steps = path.stream().map(Grant::sentence).toList();
    s.append(String.join("; ", steps)).append('.');
    if (!conditions.isEmpty()) {
      s.append(" It is subject to these conditions: ").append(String.join("; ", conditions)).append('.');
    }
    if (limit != null) {
      s.append(" The lowest financial limit on the path is ").append(Names.money(limit)).append('.');
    }
    if (!limits.isEmpty()) {
      s.append(" The lowest limits by category on the path are: ").append(String.join("; ", limits.stream()
          .map(l -> Names.category(l.category()) + " " + Names.money(l.amount())).toList())).append('.');
    }
    return new Verdict(org, Outcome.BINDING, Optional.of(function.id()), path, List.of(), conditions,
        Optional.ofNullable(limit), Optional.empty(), s.toString(), limits);
  }

  private Verdict refusal(Outcome outcome, String org, Optional<String> function, List<Reason> reasons, String lead) {
    String s = lead + ": " + reasons.get(0).sentence();
    return new Verdict(org, outcome, function, List.of(), reasons, List.of(), Optional.empty(),
        Optional.empty(), s, List.of());
  }

  /**
   * The verdict when no path binds: cannot tell (a route would bind but for what is not recorded),
   * advisory only, or no authority. The reasons are ordered by legal weight: for a verdict that
   * cannot tell, what is not recorded; then a defect that was the only thing wrong with an
   * otherwise complete path; then the effect of committees in common, which decides that a
   * committee binds only its own organisation; then a contract or joint venture, which delegates no
   * statutory function; then the rest.
   */
  private Verdict notBinding(AuthorityQuery q, String org, StatutoryFunction function, List<Failure> failures,
      List<Reason> gaps) {
    LocalDate date = q.date();
    String deciderName = names.of(q.decider(), date);
    String orgName = names.of(org, date);
    Set<String> deciderOrgs = names.organisationsOf(q.decider());
    List<Reason> mechanismReasons = mechanismReasons(q, org, function, deciderOrgs);
    List<Failure> ranked = new ArrayList<>();
    mechanismReasons.forEach(r -> ranked.add(new Failure(r, false)));
    ranked.addAll(failures);
    ranked.sort(java.util.Comparator.comparingInt(f -> weight(f, mechanismReasons)));
    LinkedHashSet<Reason> reasons = new LinkedHashSet<>(gaps);
    ranked.forEach(f -> reasons.add(f.reason));
    if (reasons.isEmpty()) {
      reasons.add(new Reason(ReasonKind.NO_DELEGATION, q.decider(),
          "No delegation of " + function.name() + " to " + deciderName + " is recorded."));
    }
    List<Reason> list = List.copyOf(reasons);
    Optional<String> advisory = advisoryBasis(q, org, function, deciderOrgs);
    String when = "On " + Names.date(date) + ", ";
    if (!gaps.isEmpty()) {
      StringBuilder s = new StringBuilder(when).append("cannot tell whether a decision of ").append(deciderName)
          .append(" on ").append(function.name()).append(" binds ").append(orgName).append(": ")
          .append(list.get(0).sentence());
      for (Reason r : gaps.subList(1, gaps.size())) {
        s.append(' ').append(r.sentence());
      }
      advisory.ifPresent(a -> s.append(" In any case it may discuss and recommend: ").append(a).append('.'));
      return new Verdict(org, Outcome.CANNOT_TELL, Optional.of(function.id()), List.of(), list, List.of(),
          Optional.empty(), advisory, s.toString(), List.of());
    }
    if (advisory.isPresent()) {
      String s = when + deciderName + " may discuss and recommend on " + function.name()
          + ", but its decision does not bind " + orgName + ": " + list.get(0).sentence() + " "
          + capitalised(advisory.get()) + ".";
      return new Verdict(org, Outcome.ADVISORY_ONLY, Optional.of(function.id()), List.of(), list, List.of(),
          Optional.empty(), advisory, s, List.of());
    }
    StringBuilder s = new StringBuilder(when).append(deciderName).append(" has no authority to take a decision on ")
        .append(function.name()).append(" that binds ").append(orgName).append(": ").append(list.get(0).sentence());
    if (list.size() > 1) {
      s.append(" Also: ");
      s.append(String.join(" ", list.subList(1, list.size()).stream().map(Reason::sentence).toList()));
    }
    return new Verdict(org, Outcome.NO_AUTHORITY, Optional.of(function.id()), List.of(), list, List.of(),
        Optional.empty(), Optional.empty(), s.toString(), List.of());
  }

  /** The legal weight of a reason, lowest first: see {@link #notBinding}. */
  private static int weight(Failure f, List<Reason> mechanismReasons) {
    if (f.nearMiss) {
      return 0;
    }
    if (f.reason.kind() == ReasonKind.COMMITTEE_OF_ANOTHER_ORGANISATION) {
      return 1;
    }
    if (mechanismReasons.contains(f.reason)) {
      return 2;
    }
    return 3;
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Reasons that come from the effect of a mechanism the deciding body acts under. */
  private List<Reason> mechanismReasons(AuthorityQuery q, String org, StatutoryFunction function,
      Set<String> deciderOrgs) {
    LocalDate date = q.date();
    List<Reason> reasons = new ArrayList<>();
    if (!deciderOrgs.contains(org)) {
      for (CommitteesInCommon cic : committeesInCommonByCommittee.getOrDefault(q.decider(), List.of())) {
        if (!cic.inForceOn(date)) {
          continue;
        }
        boolean orgHasCommittee = cic.parties().contains(org) || cic.committees().stream()
            .anyMatch(c -> model.body(c).map(b -> b.organisations().contains(org)).orElse(false));
        if (orgHasCommittee) {
          reasons.add(new Reason(ReasonKind.COMMITTEE_OF_ANOTHER_ORGANISATION, cic.id(),
              names.of(q.decider(), date) + " meets in common with a committee of " + names.of(org, date)
                  + " under '" + cic.name() + "', but in committees in common each committee's decision binds"
                  + " only its own organisation, and " + names.of(q.decider(), date) + " is not "
                  + names.of(org, date) + "'s committee."));
        }
      }
    }
    for (String provider : deciderOrgs) {
      for (ContractualArrangement c : contractsByProvider.getOrDefault(provider, List.of())) {
        boolean covers = c.functions().isEmpty() || c.functions().contains(function.id())
            || c.functions().contains(q.function());
        if (c.inForceOn(date) && c.commissioners().contains(org) && covers) {
          reasons.add(new Reason(ReasonKind.NO_STATUTORY_ROUTE, c.id(),
              "Under the " + c.contractType().typeName().replace('-', ' ') + " contract '" + c.name() + "', "
                  + names.of(provider, date) + " decides delivery as contracted, but the contract delegates no"
                  + " statutory function: " + names.of(org, date) + " keeps its commissioning decisions on "
                  + function.name() + "."));
        }
      }
    }
    for (String party : deciderOrgs) {
      for (Mechanism m : model.mechanismsOf(party)) {
        if (m.inForceOn(date) && m.parties().contains(org) && !party.equals(org)
            && LegalEffects.of(m.kind()).effect() == BindingEffect.NO_STATUTORY_FUNCTION
            && !(m instanceof ContractualArrangement)) {
          reasons.add(new Reason(ReasonKind.NO_STATUTORY_ROUTE, m.id(),
              "'" + m.name() + "' is a " + m.kind().typeName().replace('-', ' ')
                  + ", which delegates no statutory function."));
        }
      }
    }
    return reasons;
  }

  /** On what footing the deciding body may advise the organisation, if it may. */
  private Optional<String> advisoryBasis(AuthorityQuery q, String org, StatutoryFunction function,
      Set<String> deciderOrgs) {
    LocalDate date = q.date();
    String deciderName = names.of(q.decider(), date);
    String orgName = names.of(org, date);
    Optional<Body> body = model.body(q.decider());
    if (body.isPresent() && body.get().organisations().contains(org)) {
      switch (body.get().kind()) {
        case ADVISORY_FORUM -> {
          return Optional.of(deciderName + " is an advisory forum of " + orgName + " without delegated powers");
        }
        case PARTNERSHIP_BOARD -> {
          return Optional.of(deciderName + " is a partnership board of which " + orgName
              + " is a member, without delegated power over " + function.name());
        }
        case UNITARY_BOARD, COMMITTEE, SUB_COMMITTEE, JOINT_COMMITTEE, COUNCIL_OF_GOVERNORS -> { }
      }
    }
    // a memorandum of understanding, the document of shared intent, before informal mechanisms
    String best = null;
    int bestWeight = Integer.MAX_VALUE;
    for (String party : deciderOrgs) {
      for (Mechanism m : model.mechanismsOf(party)) {
        if (m.inForceOn(date) && m.parties().contains(org) && !party.equals(org)
            && LegalEffects.of(m.kind()).effect() == BindingEffect.ADVISORY_AT_MOST) {
          int w = m.kind() == MechanismKind.MEMORANDUM_OF_UNDERSTANDING ? 0 : 1;
          if (w < bestWeight) {
            bestWeight = w;
            best = names.of(party, date) + " and " + orgName + " are parties to '" + m.name() + "', a "
                + m.kind().typeName().replace('-', ' ') + ", which binds no one";
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether the model declares complete the delegations of a node: for the node itself, the
   * records given, the body of a post, each parent body up the chain, or the organisations it
   * belongs to.
   */
  private boolean delegationsComplete(String node, String... more) {
    if (model.completeness().isEmpty()) {
      return false;
    }
    Identified e = model.find(node).orElse(null);
    String body = e instanceof Post p ? p.body() : e instanceof Body b ? b.id() : null;
    if (body != null && bodiesWithDelegationsComplete.contains(body)) {
      return true;
    }
    List<String> ids = new ArrayList<>();
    ids.add(node);
    ids.addAll(List.of(more));
    ids.addAll(names.organisationsOf(node));
    return model.isComplete(Completeness.Aspect.DELEGATIONS, ids.toArray(String[]::new));
  }

  /** A reason found while tracing, and whether it is the only thing wrong with an otherwise complete path. */
  private record Failure(Reason reason, boolean nearMiss) {}

  /**
   * A path of grants (holder first) or the failures that stopped every path.
   *
   * <p>Both are shared with the upstream results they extend rather than copied: a path is a link
   * back to the upstream path, and the failures are a list of own failures and upstream results.
   * So a step costs the same however long the chain behind it, and {@link #path()} and {@link
   * #failures()} are computed once, at the end, in time linear in what they return. Upstream
   * results that several routes share (diamonds of delegation) are visited once, so the failures do
   * not double at each diamond.
   */
  private static final class Result {
    private PathLink path;
    /**
     * A route that would bind but for what is not recorded (a delegation to a body on it, or
     * whether onward delegation is allowed): its gaps, the last first; null if there is none.
     */
    private GapLink gap;
    /** Failures and upstream Results, in order. */
    private final List<Object> failureParts = new ArrayList<>();

    boolean bound() {
      return path != null;
    }

    void fail(Failure f) {
      failureParts.add(f);
    }

    /** Records that this node ends a route at a gap: nothing of it is recorded. */
    void gap(Reason reason) {
      if (gap == null) {
        gap = new GapLink(null, reason);
      }
      failureParts.add(new Failure(reason, false));
    }

    /**
     * Extends this node's results by one route: the upstream results, the step, and what is wrong
     * with the step itself ({@code defects}) or not recorded of it ({@code gaps}).
     */
    void offer(Result upstream, Grant step, List<Reason> defects, List<Reason> gaps) {
      if (path != null) {
        return;
      }
      if (upstream.path != null && defects.isEmpty() && gaps.isEmpty()) {
        path = new PathLink(upstream.path, step, null);
        failureParts.clear();
        gap = null;
        return;
      }
      if (gap == null && defects.isEmpty()) {
        GapLink g = upstream.path != null ? null : upstream.gap;
        if (upstream.path != null || g != null) {
          for (Reason r : gaps) {
            g = new GapLink(g, r);
          }
          gap = g;
        }
      }
      if (upstream.path != null) {
        defects.forEach(r -> failureParts.add(new Failure(r, true)));
        gaps.forEach(r -> failureParts.add(new Failure(r, true)));
      } else {
        if (!upstream.failureParts.isEmpty()) {
          failureParts.add(upstream);
        }
        defects.forEach(r -> failureParts.add(new Failure(r, false)));
        gaps.forEach(r -> failureParts.add(new Failure(r, false)));
      }
    }

    /** The gaps of the route that would bind but for them, nearest the holder first; empty if none. */
    List<Reason> gaps() {
      ArrayDeque<Reason> out = new ArrayDeque<>();
      for (GapLink g = gap; g != null; g = g.previous) {
        out.addFirst(g.reason);
      }
      return List.copyOf(out);
    }

    /** The path of grants, holder first; only when {@link #bound()}. */
    List<Grant> path() {
      ArrayDeque<Grant> steps = new ArrayDeque<>();
      PathLink link = path;
      while (link.base == null) {
        steps.addFirst(link.step);
        link = link.previous;
      }
      List<Grant> out = new ArrayList<>(link.base.size() + steps.size());
      out.addAll(link.base);
      out.addAll(steps);
      return List.copyOf(out);
    }

    /** The failures in order, each upstream result's taken once, without recursion. */
    List<Failure> failures() {
      List<Failure> out = new ArrayList<>();
      Set<Result> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      ArrayDeque<java.util.Iterator<Object>> stack = new ArrayDeque<>();
      seen.add(this);
      stack.push(failureParts.iterator());
      while (!stack.isEmpty()) {
        java.util.Iterator<Object> it = stack.peek();
        if (!it.hasNext()) {
          stack.pop();
          continue;
        }
        Object part = it.next();
        if (part instanceof Failure f) {
          out.add(f);
        } else if (seen.add((Result) part)) {
          stack.push(((Result) part).failureParts.iterator());
        }
      }
      return out;
    }
  }

  /** A path of grants: a base list (the holder's), or a step after a previous path. */
  private record PathLink(PathLink previous, Grant step, List<Grant> base) {}

  /** The gaps of a route, each link after those nearer the holder. */
  private record GapLink(GapLink previous, Reason reason) {}

  /** The results for a node acting as the decider (no onward check) and as a delegator (onward check). */
  private record Outcomes(Result asDecider, Result asDelegator) {}

  /** A route into a node: its organisation through a unitary board, or a delegation. */
  private record Edge(String upstream, Body board, Delegation delegation) {}

  /** A node being evaluated: its routes, the next to follow, and the results so far. */
  private static final class Frame {
    final String node;
    final List<Edge> edges;
    int next;
    final Result asDecider = new Result();
    final Result asDelegator = new Result();

    Frame(String node, List<Edge> edges) {
      this.node = node;
      this.edges = edges;
    }
  }

  /**
   * One query for one organisation: walks back from the decider, evaluating each node once. The
   * walk keeps its own stack, so a chain of delegation of any length cannot overflow the thread's.
   */
  private final class Search {
    private final AuthorityQuery q;
    private final LocalDate date;
    private final StatutoryFunction function;
    private final String org;
    private final List<Grant> holderPath;
    private final Map<String, Outcomes> memo = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    Search(AuthorityQuery q, StatutoryFunction function, String org, List<Grant> holderPath) {
      this.q = q;
      this.date = q.date();
      this.function = function;
      this.org = org;
      this.holderPath = holderPath;
    }

    /**
     * The outcomes for a node: depth first back along its routes, each node's outcomes computed
     * after those of every node upstream of it (a node met again while it is being evaluated, in a
     * cycle, counts as a dead end).
     */
    Outcomes eval(String start) {
      ArrayDeque<Frame> stack = new ArrayDeque<>();
      Outcomes done = enter(start, stack);
      while (!stack.isEmpty()) {
        Frame f = stack.peek();
        if (done != null) {
          accept(f, f.edges.get(f.next - 1), done);
          done = null;
        }
        if (f.next < f.edges.size()) {
          Edge e = f.edges.get(f.next++);
          if (e.board != null && !names.exists(e.upstream, date)) {
            Reason gone = new Reason(ReasonKind.NOT_IN_EXISTENCE, e.upstream,
                names.whyNotInExistence(e.upstream, date) + ", so its board " + e.board.name()
                    + " cannot act for it.");
            f.asDecider.fail(new Failure(gone, false));
            f.asDelegator.fail(new Failure(gone, false));
            continue;
          }
          done = enter(e.upstream, stack);
        } else {
          stack.pop();
          done = finish(f);
        }
      }
      return done;
    }

    /** The outcomes of a node already known, or null after pushing a frame to evaluate it. */
    private Outcomes enter(String node, ArrayDeque<Frame> stack) {
      Outcomes known = memo.get(node);
      if (known != null) {
        return known;
      }
      if (node.equals(org)) {
        Result held = new Result();
        held.path = new PathLink(null, null, holderPath);
        Outcomes o = new Outcomes(held, held);
        memo.put(node, o);
        return o;
      }
      if (!inProgress.add(node)) {
        return new Outcomes(new Result(), new Result());
      }
      List<Edge> edges = new ArrayList<>();
      Optional<Body> body = model.body(node);
      if (body.isPresent() && body.get().kind() == BodyKind.UNITARY_BOARD) {
        for (String p : body.get().organisations()) {
          edges.add(new Edge(p, body.get(), null));
        }
      }
      for (Delegation d : byDelegateAndFunction.getOrDefault(key(node, function.id()), List.of())) {
        edges.add(new Edge(d.delegator(), null, d));
      }
      stack.push(new Frame(node, edges));
      return null;
    }

    /** Extends a node's results by one route, given the outcomes upstream of it. */
    private void accept(Frame f, Edge e, Outcomes up) {
      if (e.board != null) {
        Body board = e.board;
        Grant g = new Grant(GrantKind.BOARD_OF_ORGANISATION, e.upstream, board.id(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), board.period(),
            board.name() + " exercises the functions of " + names.of(e.upstream, date) + " as its unitary board");
        f.asDecider.offer(up.asDecider, g, List.of(), List.of());
        f.asDelegator.offer(up.asDelegator, g, List.of(), List.of());
        return;
      }
      Delegation d = e.delegation;
      List<Reason> own = checks(d);
      Grant g = new Grant(GrantKind.DELEGATION, d.delegator(), d.delegate(), Optional.of(d.id()), Optional.empty(),
          Optional.of(d.instrument()), d.clause(), Optional.empty(), d.period(),
          names.of(d.delegator(), date) + " delegated it to " + names.of(d.delegate(), date) + " "
              + Names.power(d.instrument()) + d.clause().map(c -> " (" + c + ")").orElse("") + ", in force "
              + Names.period(d.period()));
      f.asDecider.offer(up.asDelegator, g, own, List.of());
      List<Reason> onward = new ArrayList<>(own);
      List<Reason> onwardGaps = new ArrayList<>();
      Optional<Boolean> allowed = d.onwardDelegationAllowed();
      String node = names.of(f.node, date);
      if (allowed.isPresent() && !allowed.get()) {
        onward.add(new Reason(ReasonKind.ONWARD_DELEGATION_NOT_ALLOWED, d.id(),
            names.of(d.delegator(), date) + " delegated " + function.name() + " to " + node
                + " (" + names.of(d.id(), date) + ") without allowing onward delegation, so "
                + node + " could not delegate it further."));
      } else if (allowed.isEmpty() && delegationsComplete(f.node, d.id())) {
        // a recorded arrangement that grants no onward permission: a delegate may not delegate further
        // unless its delegation allows it (the general presumption; NHS Act 2006 s.65Z5 sets no default)
        onward.add(new Reason(ReasonKind.ONWARD_DELEGATION_NOT_ALLOWED, d.id(),
            names.of(d.delegator(), date) + " delegated " + function.name() + " to " + node
                + " (" + names.of(d.id(), date) + ") without recording that onward delegation is allowed, and the"
                + " model declares its delegations complete; a delegate may not delegate further unless its"
                + " delegation allows it, so " + node + " could not delegate it further."));
      } else if (allowed.isEmpty()) {
        onwardGaps.add(new Reason(ReasonKind.ONWARD_DELEGATION_NOT_RECORDED, d.id(),
            "The " + names.of(d.id(), date) + " from " + names.of(d.delegator(), date) + " to " + node
                + " does not record whether " + node + " may delegate " + function.name()
                + " onward: record onwardDelegationAllowed on " + d.id() + " (true or false, as the instrument"
                + " says), or declare the delegations of " + node + " complete."));
      }
      f.asDelegator.offer(up.asDelegator, g, onward, onwardGaps);
    }

    /** Completes a node's outcomes and remembers them. */
    private Outcomes finish(Frame f) {
      if (f.edges.isEmpty() && !delegationsComplete(f.node)) {
        String nodeName = names.of(f.node, date);
        String what = schemeOf(f.node);
        f.asDecider.gap(new Reason(ReasonKind.DELEGATION_NOT_RECORDED, f.node, "The " + what + " is not recorded:"
            + " no delegation of " + function.name() + " to " + nodeName + " is recorded, and the model does not"
            + " declare the delegations of " + nodeName + " complete. Record the delegation that gives "
            + nodeName + " this function (delegator, instrument and clause), or declare the delegations of "
            + nodeName + " complete if it holds none."));
        f.asDelegator.gap(new Reason(ReasonKind.DELEGATION_NOT_RECORDED, f.node, "The " + what + " is not recorded:"
            + " no delegation of " + function.name() + " to " + nodeName + " is recorded, so whether " + nodeName
            + " held it to pass on cannot be told. Record the delegation that gives " + nodeName
            + " this function, or declare the delegations of " + nodeName + " complete if it holds none."));
      } else if (f.edges.isEmpty()) {
        f.asDecider.fail(new Failure(noDelegation(f.node), false));
        f.asDelegator.fail(new Failure(new Reason(ReasonKind.DELEGATOR_DID_NOT_HOLD, f.node,
            names.of(f.node, date) + " did not hold " + function.name() + " itself (no delegation of it to "
                + names.of(f.node, date) + " is recorded), so could not grant it."), false));
      }
      inProgress.remove(f.node);
      Outcomes o = new Outcomes(f.asDecider, f.asDelegator);
      memo.put(f.node, o);
      return o;
    }

    /** What the scheme of delegation of a node is called in a sentence: "scheme of delegation for X". */
    private String schemeOf(String node) {
      Optional<Body> body = model.body(node);
      String kind = body.map(b -> switch (b.kind()) {
        case UNITARY_BOARD -> "board";
        case COMMITTEE, SUB_COMMITTEE -> "committee";
        case JOINT_COMMITTEE -> "joint committee";
        case PARTNERSHIP_BOARD -> "partnership board";
        case ADVISORY_FORUM -> "forum";
        case COUNCIL_OF_GOVERNORS -> "council of governors";
      }).orElse(model.organisation(node).isPresent() ? "organisation" : "post");
      return "scheme of delegation for this " + kind + " (" + names.of(node, date) + ")";
    }

    private Reason noDelegation(String node) {
      String nodeName = names.of(node, date);
      String orgName = names.of(org, date);
      Optional<Body> body = model.body(node);
      if (body.isPresent() && body.get().kind() == BodyKind.JOINT_COMMITTEE
          && body.get().organisations().contains(org)) {
        return new Reason(ReasonKind.NO_DELEGATION, node, orgName + " has not made " + function.name()
            + " joint: no delegation of it from " + orgName + " to " + nodeName + " is recorded.");
      }
      if (names.organisationsOf(node).contains(org)) {
        return new Reason(ReasonKind.NO_DELEGATION, node, nodeName + " holds no delegation of " + function.name()
            + " from " + orgName + " or its board.");
      }
      return new Reason(ReasonKind.NO_DELEGATION, node, "No delegation of " + function.name() + " to "
          + nodeName + " is recorded.");
    }

    /** What is wrong with a delegation itself, apart from onward delegation. */
    private List<Reason> checks(Delegation d) {
      List<Reason> reasons = new ArrayList<>();
      String from = names.of(d.delegator(), date);
      String to = names.of(d.delegate(), date);
      String what = names.of(d.id(), date) + " of " + function.name() + " from " + from + " to " + to;
      DateRange p = d.period();
      if (date.isBefore(p.start())) {
        reasons.add(new Reason(ReasonKind.NOT_YET_IN_FORCE, d.id(),
            "The " + what + " takes effect only from " + p.describeStart() + "."));
      } else if (!p.contains(date)) {
        reasons.add(new Reason(ReasonKind.EXPIRED, d.id(),
            "The " + what + " ended " + (p.endPrecision() == DatePrecision.DAY ? "on " : "in ")
                + p.describeEnd().orElseThrow() + "."));
      }
      if (!names.exists(d.delegator(), date)) {
        reasons.add(new Reason(ReasonKind.NOT_IN_EXISTENCE, d.delegator(),
            names.whyNotInExistence(d.delegator(), date) + ", so its " + names.of(d.id(), date)
                + " cannot pass authority on " + Names.date(date) + "."));
      }
      if (!names.exists(d.delegate(), date)) {
        reasons.add(new Reason(ReasonKind.NOT_IN_EXISTENCE, d.delegate(),
            names.whyNotInExistence(d.delegate(), date) + "."));
      }
      InstrumentRule rule = LegalEffects.rule(d.instrument(), assumptions);
      if (!rule.confersAuthority()) {
        reasons.add(new Reason(ReasonKind.NO_STATUTORY_ROUTE, d.id(), "The " + what + " is a " + rule.label()
            + ", which delegates delivery, not statutory functions."));
        return reasons;
      }
      // delegability: the one statement that the rule pack's nhs-england-non-delegable-functions also applies
      Optional<DelegationLaw.Bar> bar = DelegationLaw.bar(model, function, date, d.instrument(), rule.external(),
          assumptions.nhsEnglandNonDelegableSections(), assumptions.nonDelegableCoversInternalSchemes());
      if (bar.isPresent()) {
        reasons.add(new Reason(ReasonKind.FUNCTION_NOT_DELEGABLE, function.id(),
            function.name() + function.basis().map(b -> " (" + b + ")").orElse("")
                + " may not be delegated" + bar.get().explanation() + ", so the " + what + " cannot pass it."));
      }
      reserved(d, what).ifPresent(reasons::add);
      Set<String> delegatorOrgs = names.organisationsOf(d.delegator());
      Set<String> delegateOrgs = names.organisationsOf(d.delegate());
      // parties: the one statement that the rule pack's s65z5-parties also applies
      java.util.function.Function<String, Optional<OrganisationKind>> kindOf =
          o -> model.organisation(o).flatMap(x -> x.kindOn(date));
      List<DelegationLaw.PartyProblem> parties = DelegationLaw.parties(delegatorOrgs,
          rule.reach() == Reach.OTHER_BODIES ? delegateOrgs : Set.of(), kindOf, rule.delegatorKinds(),
          rule.delegateKinds(), true);
      parties.stream().filter(DelegationLaw.PartyProblem::delegatorSide).findFirst().ifPresent(pp ->
          reasons.add(new Reason(ReasonKind.POWER_NOT_AVAILABLE, d.id(),
 names.of(pp.organisation(), date) + " is " + pp.kind().map(Names::kind).orElse("of no recorded kind")
                  + " on " + Names.date(date) + ", not a body that may make a " + rule.label() + ": only "
                  + Names.kinds(rule.delegatorKinds()) + " may.")));
      parties.stream().filter(pp -> !pp.delegatorSide()).findFirst().ifPresent(pp ->
          reasons.add(new Reason(ReasonKind.DELEGATE_NOT_PERMITTED, d.id(),
              to + " is not a body to which a " + rule.label() + " may be made: " + names.of(pp.organisation(), date)
                  + " is " + pp.kind().map(Names::kind).orElse("of no recorded kind") + ", and only "
                  + Names.kinds(rule.delegateKinds()) + " may receive one.")));
      switch (rule.reach()) {
        case OTHER_BODIES -> { }
        case OWN_BODIES, OWN_OR_JOINT_BODIES -> {
          boolean isOrganisation = model.organisation(d.delegate()).isPresent();
          boolean within = rule.reach() == Reach.OWN_BODIES
              ? !delegateOrgs.isEmpty() && delegatorOrgs.containsAll(delegateOrgs)
              : delegateOrgs.stream().anyMatch(delegatorOrgs::contains);
          if (isOrganisation || !within) {
            reasons.add(new Reason(ReasonKind.DELEGATE_NOT_PERMITTED, d.id(),
                "A " + rule.label() + " is internal, but " + to + " is not a committee, sub-committee or post of "
                    + Names.list(delegatorOrgs.stream().map(o -> names.of(o, date)).toList(), "and") + "."));
          }
        }
      }
      if (q.amount().isPresent()) {
        BigDecimal amount = q.amount().get();
        if (d.financialLimit().isPresent() && amount.compareTo(d.financialLimit().get()) > 0) {
          reasons.add(new Reason(ReasonKind.OUTSIDE_LIMIT, d.id(),
              "The decision commits " + Names.money(amount) + ", above the " + Names.money(d.financialLimit().get())
                  + " limit of the " + what + "."));
        } else if (q.category().isPresent()) {
          LimitCategory c = q.category().get();
          d.limit(c).filter(l -> amount.compareTo(l) > 0).ifPresent(l -> reasons.add(new Reason(
              ReasonKind.OUTSIDE_LIMIT, d.id(), "The decision commits " + Names.money(amount) + " of "
                  + Names.category(c) + ", above the " + Names.money(l) + " " + Names.category(c) + " limit of the "
                  + what + ".")));
        } else {
          d.limits().stream().filter(l -> amount.compareTo(l.amount()) > 0)
              .min(java.util.Comparator.comparing(FinancialLimit::amount))
              .ifPresent(l -> reasons.add(new Reason(ReasonKind.OUTSIDE_LIMIT, d.id(),
                  "The decision commits " + Names.money(amount) + ", above the " + Names.money(l.amount()) + " "
                      + Names.category(l.category()) + " limit of the " + what + "; the question names no category"
                      + " of spending, so every category's limit applies (name the category to check the sum"
                      + " against its own limit).")));
        }
      }
      return reasons;
    }

    /**
     * Whether the function is a matter reserved to a board or body that the delegation would pass
     * on inside the organisation: reserved to the delegator or a body above it, or reserved to the
     * board of the delegator's organisation. Reservations bind the organisation's own scheme of
     * delegation; an arrangement with another body is judged by the power it uses.
     */
    private Optional<Reason> reserved(Delegation d, String what) {
      InstrumentRule rule = LegalEffects.rule(d.instrument(), assumptions);
      if (rule.external()) {
        return Optional.empty();
      }
      String id = function.id();
      Identified e = model.find(d.delegator()).orElse(null);
      String body = e instanceof Post p ? p.body() : e instanceof Body b ? b.id() : null;
      String reserving = body == null ? null : reservedAbove.getOrDefault(body, Map.of()).get(id);
      if (reserving != null) {
        return Optional.of(new Reason(ReasonKind.RESERVED_MATTER, reserving, function.name() + " is a matter reserved to "
            + names.of(reserving, date) + " in its scheme of reservation and delegation, so the " + what
            + " cannot pass it: only " + names.of(reserving, date) + " may decide it."));
      }
      for (String o : names.organisationsOf(d.delegator())) {
        if (model.organisation(o).map(x -> x.reservedToBoard().contains(id)).orElse(false)) {
          return Optional.of(new Reason(ReasonKind.RESERVED_MATTER, o, function.name() + " is a matter "
              + names.of(o, date) + " reserves to its board in its scheme of reservation and delegation, so the "
              + what + " cannot pass it: only the board may decide it."));
        }
      }
      return Optional.empty();
    }
  }
}
