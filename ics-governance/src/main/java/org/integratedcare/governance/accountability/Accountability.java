package org.integratedcare.governance.accountability;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Identified;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.change.ChangeKind;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.governance.internal.Names;
import org.integratedcare.core.change.Resolution;
import org.integratedcare.core.change.Successors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accountability chains over one {@link IcsModel}: from an organisation, body, post or function on
 * a date, every line of {@linkplain AccountabilityLink accountability links} up to where it ends,
 * with gaps and cycles.
 *
 * <p><b>Rules.</b>
 *
 * <ul>
 *   <li>A chain follows the links in force on the date from each record to the record it answers
 *       to, and ends at an ultimate account-holder ({@link
 *       OrganisationKind#isAccountabilityTerminus()}: Parliament, an electorate, foundation trust
 *       members, patients and communities), at a partner it answers to laterally (a peer's own
 *       lines are the peer's, so a lateral step ends the chain), at a record with no further line
 *       (an open end), or where it returns to a record already on it (a cycle).</li>
 *   <li>A body with no link of its own in force answers through the organisation or
 *       organisations it belongs to; a post with no link of its own answers through its body. Such
 *       an implicit step never leads back to a record already on the chain, and cycles are made of
 *       recorded links only.</li>
 *   <li>Delegation never moves accountability: a function is answered for through the
 *       organisation that holds it by law (or the successor that the change events in effect on the
 *       date pass that function to: a merger, an acquisition, an abolition naming successors or a
 *       transfer of functions, through {@link org.integratedcare.core.change.Successors}), following only links that cover the function, whoever exercises it under a
 *       delegation (NHS England "retains overall accountability" for functions it delegates,
 *       https://www.england.nhs.uk/commissioning/primary-care/primary-care-comm/delegation-of-primary-medical-pharmaceutical-ophthalmic-and-dental-functions).</li>
 *   <li>A record that has <b>ended</b> on the date (its period over, or a change event ended it or
 *       moved the function away) is not a place where a line can stop as if it still stood: its own
 *       links no longer run, and the line follows the successors that took over its functions, or
 *       stops there with a sentence naming the ended record and its last day. A function whose
 *       holder ended with nothing succeeding to it is a gap naming that holder.</li>
 *   <li>A <b>gap</b> is a holder of a function with no vertical chain to a statutory terminus
 *       (Parliament, an electorate or foundation trust members), counting only vertical links that
 *       cover the function and the implicit steps above.</li>
 *   <li>A <b>cycle</b> is reported once with every member; every walk stops on meeting a record
 *       already on its chain, so resolution always terminates.</li>
 *   <li><b>Links implied by statute</b> ({@link StatutoryLinks}: an ICB to NHS England, NHS England
 *       to the Secretary of State, the Secretary of State to Parliament, trusts to NHS England's
 *       oversight, a council to its electorate, a foundation trust to its governors and members)
 *       count as links wherever a recorded link would, unless the model switches them off ({@link
 *       IcsModel#impliedByStatute()}) or {@link #withLinksImpliedByStatute(boolean)} does. A
 *       recorded link with the same giver, holder and direction and no function scope replaces the
 *       implied one. A step along an implied link says so: its sentence reads "implied by statute"
 *       (or by election, or by regulation: the link's basis) and {@link ChainStep#implied()} is
 *       true.</li>
 * </ul>
 *
 * <p><b>Cost.</b> The model's indexes of links by giver and of change events by predecessor are
 * used, so a walk costs time proportional to the total length of the chains it returns (each step
 * looks up the links of one record); it never scans all organisations. {@link #gaps(LocalDate)}
 * and {@link #cycles(LocalDate)} look at the whole model and cost time linear in the number of
 * links, bodies, posts and functions.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Accountability {
  private static final Logger LOG = LoggerFactory.getLogger(Accountability.class);
  private static final Set<OrganisationKind> STATUTORY_TERMINI = EnumSet.of(
      OrganisationKind.PARLIAMENT, OrganisationKind.ELECTORATE, OrganisationKind.FOUNDATION_TRUST_MEMBERS);

  /** The most chains one report lists unless told otherwise: {@value}. */
  public static final int DEFAULT_MAX_CHAINS = 10_000;

  private final IcsModel model;
  private final Names names;
  private final Successors successions;
  private final int maxChains;
  private final @Nullable StatutoryLinks implied;

  private Accountability(IcsModel model, int maxChains, @Nullable StatutoryLinks implied) {
    this.model = model;
    this.maxChains = maxChains;
    this.implied = implied;
    this.names = new Names(model);
    this.successions = Successors.of(model);
  }

  /**
   * Accountability over a model.
   *
   * @param model the model, not null
   * @return the accountability view
   * @throws NullPointerException if {@code model} is null
   */
  public static Accountability of(IcsModel model) {
    Objects.requireNonNull(model, "model");
    return new Accountability(model, DEFAULT_MAX_CHAINS, model.impliedByStatute() ? StatutoryLinks.of(model) : null);
  }

  /**
   * A copy that does, or does not, follow the links statute implies ({@link StatutoryLinks}),
   * whatever the model says. {@link #of(IcsModel)} follows them unless the model switches them off.
   *
   * @param on true to follow implied links, false to follow recorded links only
   * @return the copy
   */
  public Accountability withLinksImpliedByStatute(boolean on) {
    if (on == (implied != null)) {
      return this;
    }
    return new Accountability(model, maxChains, on ? StatutoryLinks.of(model) : null);
  }

  /** Whether chains, gaps and cycles follow the links statute implies. */
  public boolean linksImpliedByStatute() {
    return implied != null;
  }

  /**
   * The links out of a record in force on a date: those recorded, then those implied by statute
   * (when followed) that no recorded link replaces. The rules that look at who answers to whom use
   * this rather than the model's own links.
   *
   * @param giver the id of an organisation, body or post, not null
   * @param date the date, not null
   * @return the links
   * @throws NullPointerException if an argument is null
   */
  public List<AccountabilityLink> linksFrom(String giver, LocalDate date) {
    Objects.requireNonNull(giver, "giver");
    Objects.requireNonNull(date, "date");
    List<AccountabilityLink> out = new ArrayList<>();
    for (AccountabilityLink l : model.linksFrom(giver)) {
      if (l.inForceOn(date)) {
        out.add(l);
      }
    }
    if (implied != null) {
      out.addAll(implied.from(giver, date));
    }
    return out;
  }

  /** Every link in force on a date: the recorded ones, then the implied ones (when followed). */
  private List<AccountabilityLink> linksOn(LocalDate date) {
    List<AccountabilityLink> out = new ArrayList<>();
    for (AccountabilityLink l : model.accountabilityLinks()) {
      if (l.inForceOn(date)) {
        out.add(l);
      }
    }
    if (implied != null) {
      out.addAll(implied.on(date));
    }
    return out;
  }

  /**
   * A copy that lists at most {@code maxChains} chains in one report. Every chain is a distinct
   * route, so a model with many crossing lines can have very many; a report that reaches the limit
   * says it is {@linkplain AccountabilityReport#truncated() truncated} and the walk stops there.
   *
   * @param maxChains the most chains, at least 1
   * @return the copy
   * @throws IllegalArgumentException if {@code maxChains} is less than 1
   */
  public Accountability withMaxChains(int maxChains) {
    if (maxChains < 1) {
      throw new IllegalArgumentException("maxChains must be at least 1, was " + maxChains);
    }
    return new Accountability(model, maxChains, implied);
  }

  /** The most chains one report lists. */
  public int maxChains() {
    return maxChains;
  }

  /** The model. */
  public IcsModel model() {
    return model;
  }

  /**
   * Every chain of accountability from a subject on a date.
   *
   * @param subject the id of an organisation, body, post or function, not null
   * @param date the date, not null
   * @return the report
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code subject} is not an organisation, body, post or
   *     function of the model
   */
  public AccountabilityReport chains(String subject, LocalDate date) {
    return chains(subject, date, expanded -> { });
  }

  /**
   * Every chain from a subject, telling {@code expandedRecords} how many records the walk looked up
   * the lines of: the measure of a walk's cost that the tests use to show it follows the chains
   * returned, not the size of the model.
   */
  AccountabilityReport chains(String subject, LocalDate date, IntConsumer expandedRecords) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(date, "date");
    Identified e = model.find(subject).orElse(null);
    if (!(e instanceof Organisation || e instanceof Body || e instanceof Post || e instanceof StatutoryFunction)) {
      throw new IllegalArgumentException("cannot trace accountability: '" + subject
          + "' is not an organisation, body, post or function of the model");
    }
    Walk walk = new Walk(date);
    List<String> exercisedBy = new ArrayList<>();
    Optional<AccountabilityGap> gap = Optional.empty();
    if (e instanceof StatutoryFunction f) {
      Resolution resolution = successions.resolve(f.holder(), f.id(), date);
      Map<String, List<Resolution.Step>> holders = resolution.holders();
      for (Map.Entry<String, List<Resolution.Step>> h : holders.entrySet()) {
        List<ChainStep> prefix = new ArrayList<>();
        prefix.add(new ChainStep(ChainStepKind.FUNCTION_HOLDER, f.id(), f.holder(), Optional.empty(),
            Optional.empty(), Optional.empty(), f.basis(), f.period(),
            f.name() + " is answered for by " + names.of(f.holder(), date) + ", which holds it by law"));
        List<String> nodes = new ArrayList<>(List.of(f.id(), f.holder()));
        for (Resolution.Step s : h.getValue()) {
          prefix.add(successionStep(s, date));
          nodes.add(s.to());
        }
        walk.from(nodes, prefix, f.id());
      }
      for (Delegation d : model.delegationsOf(f.id())) {
        if (d.inForceOn(date) && !exercisedBy.contains(d.delegate())) {
          exercisedBy.add(d.delegate());
        }
      }
      if (f.inForceOn(date) && resolution.isGap() && !resolution.ended().isEmpty()) {
        Resolution.Ended end = resolution.ended().get(0);
        gap = Optional.of(new AccountabilityGap(end.party(), List.of(f.id()), "On " + Names.date(date) + ", "
            + f.name() + " is in force but " + names.of(end.party(), date) + ", which held it, ended after "
            + Names.date(end.lastDay()) + end.event().map(c -> " (" + names.of(c.id(), date) + ")").orElse("")
            + " and nothing succeeds to it: nobody answers for it, an accountability gap."));
      } else if (f.inForceOn(date)) {
        for (String h : holders.keySet()) {
          if (!reachesStatutoryTerminus(h, f.id(), date, Set.of())) {
            gap = Optional.of(gap(h, List.of(f.id()), date));
            break;
          }
        }
      }
    } else {
      walk.from(new ArrayList<>(List.of(subject)), new ArrayList<>(), null);
      if (e instanceof Organisation) {
        List<String> held = functionsHeldOn(subject, date);
        List<String> missing = new ArrayList<>();
        for (String f : held) {
          if (!reachesStatutoryTerminus(subject, f, date, Set.of())) {
            missing.add(f);
          }
        }
        if (!missing.isEmpty()) {
          gap = Optional.of(gap(subject, missing, date));
        }
      }
    }
    expandedRecords.accept(walk.expanded);
    String sentence = reportSentence(subject, date, walk.chains, walk.cycles(), gap, exercisedBy, e);
    if (walk.truncated) {
      sentence += " Only the first " + maxChains + " lines are listed.";
      LOG.debug("accountability report for '{}' on {} stopped at {} chains", subject, date, maxChains);
    }
    return new AccountabilityReport(subject, date, walk.chains, walk.cycles(), gap, exercisedBy, walk.truncated,
        sentence);
  }

  /**
   * Every holder of a function in force on a date with no vertical chain to a statutory terminus
   * for some of its functions, in the order of the model's functions.
   *
   * @param date the date, not null
   * @return the gaps, one per holder
   * @throws NullPointerException if {@code date} is null
   */
  public List<AccountabilityGap> gaps(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Set<String> reaching = reachingStatutoryTerminiForAll(date);
    Map<String, List<String>> missing = new LinkedHashMap<>();
    for (StatutoryFunction f : model.functions()) {
      if (!f.inForceOn(date)) {
        continue;
      }
      for (String holder : successions.resolve(f.holder(), f.id(), date).holders().keySet()) {
        if (!names.exists(holder, date)) {
          continue;
        }
        if (!reaching.contains(holder) && !reachesStatutoryTerminus(holder, f.id(), date, reaching)) {
          missing.computeIfAbsent(holder, k -> new ArrayList<>()).add(f.id());
        }
      }
    }
    List<AccountabilityGap> gaps = new ArrayList<>();
    missing.forEach((holder, functions) -> gaps.add(gap(holder, functions, date)));
    LOG.debug("{} accountability gaps on {}", gaps.size(), date);
    return List.copyOf(gaps);
  }

  /**
   * Every cycle of accountability in force on a date, each once with every member (the strongly
   * connected groups of records that answer to each other in a circle).
   *
   * @param date the date, not null
   * @return the cycles
   * @throws NullPointerException if {@code date} is null
   */
  public List<AccountabilityCycle> cycles(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Set<String> nodes = new LinkedHashSet<>();
    for (AccountabilityLink l : linksOn(date)) {
      nodes.add(l.giver());
      nodes.add(l.holder());
    }
    Tarjan tarjan = new Tarjan(date);
    for (String n : nodes) {
      if (!tarjan.index.containsKey(n)) {
        tarjan.connect(n);
      }
    }
    return List.copyOf(tarjan.cycles);
  }

  // ---------------------------------------------------------------- steps

  /** The steps out of a record on a date: its links in force (covering the function, if given) and implicit steps. */
  private List<ChainStep> next(String node, String function, LocalDate date) {
    Resolution moved = moved(node, function, date);
    if (moved != null) {
      // an ended record answers through its successors, or nobody: its own links no longer run
      List<ChainStep> steps = new ArrayList<>();
      Set<String> to = new HashSet<>();
      for (List<Resolution.Step> path : moved.holders().values()) {
        if (!path.isEmpty() && to.add(path.get(0).to())) {
          steps.add(successionStep(path.get(0), date));
        }
      }
      for (Resolution.Ended e : moved.ended()) {
        if (!e.steps().isEmpty() && to.add(e.steps().get(0).to())) {
          steps.add(successionStep(e.steps().get(0), date));
        }
      }
      return steps;
    }
    List<ChainStep> steps = new ArrayList<>();
    for (AccountabilityLink l : linksFrom(node, date)) {
      if (function == null || l.covers(function)) {
        steps.add(linkStep(l, date));
      }
    }
    if (steps.isEmpty()) {
      Identified e = model.find(node).orElse(null);
      if (e instanceof Body b) {
        for (String o : b.organisations()) {
          if (names.exists(o, date)) {
            steps.add(new ChainStep(ChainStepKind.THROUGH_ORGANISATION, node, o, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), b.period(),
                b.name() + " answers through " + names.of(o, date) + ", the organisation it belongs to"));
          }
        }
      } else if (e instanceof Post p && names.exists(p.body(), date)) {
        steps.add(new ChainStep(ChainStepKind.THROUGH_BODY, node, p.body(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), p.period(),
            names.of(node, date) + " answers through " + names.of(p.body(), date)));
      }
    }
    return steps;
  }

  /** The recorded links out of a record on a date, as steps: the edges of cycles. */
  private List<ChainStep> links(String node, LocalDate date) {
    List<ChainStep> steps = new ArrayList<>();
    for (AccountabilityLink l : linksFrom(node, date)) {
      steps.add(linkStep(l, date));
    }
    return steps;
  }

  private ChainStep linkStep(AccountabilityLink l, LocalDate date) {
    String how = l.direction().typeName() + ", " + (l.impliedByStatute() ? "implied by " : "")
        + l.basis().typeName().replace('-', ' ') + l.citation().map(c -> ", " + c).orElse("") + ", "
        + Names.period(l.period());
    return new ChainStep(ChainStepKind.LINK, l.giver(), l.holder(), Optional.of(l.id()), Optional.of(l.direction()),
        Optional.of(l.basis()), l.citation(), l.period(),
        names.of(l.giver(), date) + " answers to " + names.of(l.holder(), date) + " (" + how + ")",
        l.impliedByStatute());
  }

  /**
   * How the change events in effect move a record on a date: null when it still stands for itself
   * (the record is in force and no event moved the function, or the record is not one that ends),
   * else its resolution through {@link Successors}.
   */
  private @Nullable Resolution moved(String node, @Nullable String function, LocalDate date) {
    Identified e = model.find(node).orElse(null);
    if (!(e instanceof Organisation || e instanceof Body || e instanceof Post)) {
      return null;
    }
    Resolution r = successions.resolve(node, function, date);
    return r.isUnchanged() ? null : r;
  }

  private ChainStep successionStep(Resolution.Step s, LocalDate date) {
    return new ChainStep(ChainStepKind.SUCCESSION, s.from(), s.to(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), DateRange.from(s.event().effectiveDate()),
        names.of(s.to(), date) + " answers for it as successor to " + names.of(s.from(), date) + " under the "
            + names.of(s.event().id(), date) + " effective " + Names.date(s.event().effectiveDate()));
  }

  private boolean isTerminus(String id, LocalDate date) {
    return model.organisation(id).flatMap(o -> o.kindOn(date)).map(OrganisationKind::isAccountabilityTerminus)
        .orElse(false);
  }

  private boolean isStatutoryTerminus(String id, LocalDate date) {
    return model.organisation(id).flatMap(o -> o.kindOn(date)).map(STATUTORY_TERMINI::contains).orElse(false);
  }

  // ---------------------------------------------------------------- chains

  /** One enumeration of chains, depth first, stopping at termini, peers, open ends and cycles. */
  private final class Walk {
    final LocalDate date;
    final List<AccountabilityChain> chains = new ArrayList<>();
    final Map<Set<String>, AccountabilityCycle> cycles = new LinkedHashMap<>();
    int expanded;
    boolean truncated;

    Walk(LocalDate date) {
      this.date = date;
    }

    List<AccountabilityCycle> cycles() {
      return List.copyOf(cycles.values());
    }

    /** A record being walked: its steps out and how many of them were followed. */
    private final class Frame {
      final String node;
      final Iterator<ChainStep> out;
      int followed;

      Frame(String node, Iterator<ChainStep> out) {
        this.node = node;
        this.out = out;
      }
    }

    /**
     * Walks from the last of {@code nodes} ({@code steps} lead to it from the first), depth first
     * with an explicit stack so that a long chain cannot exhaust the thread's stack.
     */
    void from(List<String> nodes, List<ChainStep> steps, String function) {
      Set<String> onPath = new HashSet<>(nodes);
      Deque<Frame> frames = new ArrayDeque<>();
      Frame root = enter(nodes.get(nodes.size() - 1), steps, function);
      if (root == null) {
        return;
      }
      frames.push(root);
      while (!frames.isEmpty() && !truncated) {
        Frame f = frames.peek();
        if (!f.out.hasNext()) {
          frames.pop();
          if (f.followed == 0 && !steps.isEmpty()) {
            emit(chain(steps, ChainEnd.OPEN_END, f.node));
          }
          if (!frames.isEmpty()) {
            onPath.remove(nodes.remove(nodes.size() - 1));
            steps.remove(steps.size() - 1);
          }
          continue;
        }
        ChainStep step = f.out.next();
        boolean seen = onPath.contains(step.to());
        if (seen && step.kind() != ChainStepKind.LINK) {
          continue;
        }
        f.followed++;
        steps.add(step);
        if (seen) {
          int at = nodes.indexOf(step.to());
          recordCycle(nodes.subList(at, nodes.size()), steps.subList(steps.size() - (nodes.size() - at), steps.size()));
          emit(chain(steps, ChainEnd.CYCLE, step.to()));
          steps.remove(steps.size() - 1);
        } else if (step.direction().orElse(null) == AccountabilityDirection.LATERAL) {
          emit(chain(steps, ChainEnd.PEER, step.to()));
          steps.remove(steps.size() - 1);
        } else {
          nodes.add(step.to());
          onPath.add(step.to());
          Frame child = enter(step.to(), steps, function);
          if (child == null) {
            onPath.remove(nodes.remove(nodes.size() - 1));
            steps.remove(steps.size() - 1);
          } else {
            frames.push(child);
          }
        }
      }
    }

    /** Starts on a record: ends the chain there if it is a terminus or a dead end, else returns its frame. */
    private Frame enter(String node, List<ChainStep> steps, String function) {
      if (chains.size() >= maxChains) {
        truncated = true;
        return null;
      }
      if (!steps.isEmpty() && isTerminus(node, date)) {
        emit(chain(steps, ChainEnd.TERMINUS, node));
        return null;
      }
      expanded++;
      List<ChainStep> out = next(node, function, date);
      if (out.isEmpty()) {
        if (!steps.isEmpty()) {
          emit(chain(steps, ChainEnd.OPEN_END, node, function));
        }
        return null;
      }
      return new Frame(node, out.iterator());
    }

    private void emit(AccountabilityChain chain) {
      if (chains.size() < maxChains) {
        chains.add(chain);
      } else {
        truncated = true;
      }
    }

    private void recordCycle(List<String> members, List<ChainStep> steps) {
      Set<String> key = Set.copyOf(members);
      if (!cycles.containsKey(key)) {
        cycles.put(key, cycle(members, steps.stream().flatMap(s -> s.link().stream()).toList(), date));
      }
    }

    private AccountabilityChain chain(List<ChainStep> steps, ChainEnd end, String last) {
      return chain(steps, end, last, null);
    }

    private AccountabilityChain chain(List<ChainStep> steps, ChainEnd end, String last, @Nullable String function) {
      Resolution moved = end == ChainEnd.OPEN_END ? moved(last, function, date) : null;
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < steps.size(); i++) {
        s.append(i == 0 ? "" : "; then ").append(steps.get(i).sentence());
      }
      String lastName = names.of(last, date);
      s.append(switch (end) {
        case TERMINUS -> ", ending with " + lastName + ", an ultimate account-holder.";
        case PEER -> ", a partner to which it answers laterally.";
        case OPEN_END -> moved != null && moved.isGap()
            ? ", which " + endedWords(last, function, date) + ", and nothing succeeds to it: the line stops"
                + " there, a gap."
            : ", beyond which no line of accountability is recorded.";
        case CYCLE -> ", which leads back to " + lastName + ": the line runs in a circle.";
      });
      return new AccountabilityChain(List.copyOf(steps), end, last, s.toString());
    }
  }

  /** "ended after 31 March 2027 (abolition ce-x)" for a record that ended with nothing succeeding it. */
  private String endedWords(String id, @Nullable String function, LocalDate date) {
    Resolution r = successions.resolve(id, function, date);
    for (Resolution.Ended e : r.ended()) {
      if (e.party().equals(id)) {
        return "ended after " + Names.date(e.lastDay())
            + e.event().map(c -> " (" + names.of(c.id(), date) + ")").orElse("");
      }
    }
    return "is not in existence on " + Names.date(date);
  }

  private AccountabilityCycle cycle(List<String> members, List<String> links, LocalDate date) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      parts.add(names.of(members.get(i), date) + " answers to " + names.of(members.get((i + 1) % members.size()), date));
    }
    return new AccountabilityCycle(members, links, "On " + Names.date(date) + " accountability runs in a circle: "
        + Names.list(parts, "and") + "; none of them reaches an ultimate account-holder through this circle.");
  }

  // ---------------------------------------------------------------- gaps

  private AccountabilityGap gap(String holder, List<String> functions, LocalDate date) {
    String fs = Names.list(functions.stream().map(f -> names.of(f, date)).toList(), "and");
    return new AccountabilityGap(holder, functions, "On " + Names.date(date) + ", " + names.of(holder, date)
        + " holds " + fs + " but has no vertical line of accountability for "
        + (functions.size() == 1 ? "it" : "them")
        + " to Parliament, an electorate or foundation trust members: an accountability gap.");
  }

  /**
   * Whether {@code start} has a vertical chain to a statutory terminus through links covering
   * {@code function} (and the implicit steps); {@code known} holds records already known to have
   * one for every function.
   */
  private boolean reachesStatutoryTerminus(String start, String function, LocalDate date, Set<String> known) {
    Deque<String> stack = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    stack.push(start);
    seen.add(start);
    while (!stack.isEmpty()) {
      String node = stack.pop();
      if (known.contains(node) || isStatutoryTerminus(node, date)) {
        return true;
      }
      for (ChainStep s : next(node, function, date)) {
        if (s.isVertical() && seen.add(s.to())) {
          stack.push(s.to());
        }
      }
    }
    return false;
  }

  /**
   * The records with a vertical chain to a statutory terminus through links that cover every
   * function: a reverse search from the termini, linear in the links, bodies and posts.
   */
  private Set<String> reachingStatutoryTerminiForAll(LocalDate date) {
    Map<String, List<String>> reverse = new HashMap<>();
    Set<String> hasLink = new HashSet<>();
    for (AccountabilityLink l : linksOn(date)) {
      hasLink.add(l.giver());
      if (l.direction() == AccountabilityDirection.VERTICAL) {
        if (l.functions().isEmpty()) {
          reverse.computeIfAbsent(l.holder(), k -> new ArrayList<>()).add(l.giver());
        }
      }
    }
    for (Body b : model.bodies()) {
      if (b.inForceOn(date) && !hasLink.contains(b.id())) {
        for (String o : b.organisations()) {
          reverse.computeIfAbsent(o, k -> new ArrayList<>()).add(b.id());
        }
      }
    }
    for (Post p : model.posts()) {
      if (p.inForceOn(date) && !hasLink.contains(p.id())) {
        reverse.computeIfAbsent(p.body(), k -> new ArrayList<>()).add(p.id());
      }
    }
    Set<String> reached = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    for (Organisation o : model.organisations()) {
      if (o.inForceOn(date) && isStatutoryTerminus(o.id(), date)) {
        reached.add(o.id());
        queue.add(o.id());
      }
    }
    while (!queue.isEmpty()) {
      for (String giver : reverse.getOrDefault(queue.poll(), List.of())) {
        if (reached.add(giver)) {
          queue.add(giver);
        }
      }
    }
    return reached;
  }

  /** The functions an organisation holds on a date, its own and those it holds as successor. */
  private List<String> functionsHeldOn(String org, LocalDate date) {
    List<String> held = new ArrayList<>();
    Deque<String> todo = new ArrayDeque<>(List.of(org));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String o = todo.pop();
      if (!seen.add(o)) {
        continue;
      }
      for (StatutoryFunction f : model.functionsHeldBy(o)) {
        if (f.inForceOn(date) && successions.resolve(o, f.id(), date).holders().containsKey(org)) {
          held.add(f.id());
        }
      }
      for (ChangeEvent c : model.changesInto(o)) {
        if (c.passesFunctions() && !c.effectiveDate().isAfter(date)) {
          todo.addAll(c.predecessors());
        }
      }
    }
    return held;
  }

  // ---------------------------------------------------------------- cycles across the model

  /** Tarjan's strongly connected components over the steps in force on a date. */
  private final class Tarjan {
    final LocalDate date;
    final Map<String, Integer> index = new HashMap<>();
    final Map<String, Integer> low = new HashMap<>();
    final Deque<String> stack = new ArrayDeque<>();
    final Set<String> onStack = new HashSet<>();
    final List<AccountabilityCycle> cycles = new ArrayList<>();
    int counter;

    Tarjan(LocalDate date) {
      this.date = date;
    }

    /** Tarjan's algorithm from {@code root}, with an explicit stack so that long chains cannot overflow the thread's stack. */
    void connect(String root) {
      Deque<Map.Entry<String, Iterator<ChainStep>>> frames = new ArrayDeque<>();
      open(root, frames);
      while (!frames.isEmpty()) {
        Map.Entry<String, Iterator<ChainStep>> frame = frames.peek();
        String v = frame.getKey();
        if (frame.getValue().hasNext()) {
          String w = frame.getValue().next().to();
          if (!index.containsKey(w)) {
            open(w, frames);
          } else if (onStack.contains(w)) {
            low.put(v, Math.min(low.get(v), index.get(w)));
          }
          continue;
        }
        frames.pop();
        if (!frames.isEmpty()) {
          String parent = frames.peek().getKey();
          low.put(parent, Math.min(low.get(parent), low.get(v)));
        }
        if (low.get(v).equals(index.get(v))) {
          List<String> component = new ArrayList<>();
          String w;
          do {
            w = stack.pop();
            onStack.remove(w);
            component.add(w);
          } while (!w.equals(v));
          if (component.size() > 1) {
            cycles.add(ordered(component));
          }
        }
      }
    }

    private void open(String v, Deque<Map.Entry<String, Iterator<ChainStep>>> frames) {
      index.put(v, counter);
      low.put(v, counter);
      counter++;
      stack.push(v);
      onStack.add(v);
      frames.push(Map.entry(v, links(v, date).iterator()));
    }

    /** The component's members in the order the lines run, from its first member, with the links between them. */
    private AccountabilityCycle ordered(List<String> component) {
      Set<String> members = new HashSet<>(component);
      List<String> order = new ArrayList<>();
      List<String> links = new ArrayList<>();
      String start = component.get(component.size() - 1);
      String current = start;
      Set<String> visited = new HashSet<>();
      while (visited.add(current)) {
        order.add(current);
        ChainStep chosen = null;
        for (ChainStep step : links(current, date)) {
          if (members.contains(step.to()) && !visited.contains(step.to())) {
            chosen = step;
            break;
          }
          if (chosen == null && step.to().equals(start)) {
            chosen = step;
          }
        }
        if (chosen == null) {
          break;
        }
        chosen.link().ifPresent(links::add);
        current = chosen.to();
      }
      for (String m : component) {
        if (!order.contains(m)) {
          order.add(m);
        }
      }
      return cycle(order, links, date);
    }
  }

  private String reportSentence(String subject, LocalDate date, List<AccountabilityChain> chains,
      List<AccountabilityCycle> cycles, Optional<AccountabilityGap> gap, List<String> exercisedBy, Identified e) {
    StringBuilder s = new StringBuilder("On ").append(Names.date(date)).append(", ");
    String name = names.of(subject, date);
    if (chains.isEmpty()) {
      s.append("no line of accountability from ").append(name).append(" is recorded.");
    } else {
      s.append(name).append(" has ").append(chains.size()).append(chains.size() == 1 ? " line" : " lines")
          .append(" of accountability.");
      for (AccountabilityChain c : chains) {
        s.append(' ').append(Character.toUpperCase(c.sentence().charAt(0))).append(c.sentence().substring(1));
      }
    }
    if (e instanceof StatutoryFunction f && !exercisedBy.isEmpty()) {
      s.append(" ").append(f.name()).append(" is exercised by ")
          .append(Names.list(exercisedBy.stream().map(x -> names.of(x, date)).toList(), "and"))
          .append(" under delegation, but delegation moves the doing, not the answering: it is answered for"
              + " through its holder.");
    }
    gap.ifPresent(g -> s.append(' ').append(g.sentence()));
    cycles.forEach(c -> s.append(' ').append(c.sentence()));
    return s.toString();
  }
}
