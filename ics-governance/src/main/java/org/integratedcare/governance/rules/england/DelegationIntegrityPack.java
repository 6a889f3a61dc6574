package org.integratedcare.governance.rules.england;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.integratedcare.core.Completeness;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.governance.internal.Names;
import org.integratedcare.core.change.Successors;
import org.integratedcare.governance.rules.AbstractRule;
import org.integratedcare.governance.rules.Basis;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.RuleContext;
import org.integratedcare.governance.rules.Severity;

/**
 * Delegation integrity over every delegation in force on the date checked, whether or not a
 * recorded decision relies on it: each delegator holds what it delegates, passes it on only where
 * its own delegation allows, within the financial limit it holds, and no chain of delegation runs
 * in a circle.
 *
 * <table>
 *   <caption>Rules (ids start {@code england.delegation.})</caption>
 *   <tr><th>Id</th><th>Checks</th><th>Severity</th><th>Basis</th></tr>
 *   <tr><td>delegator-holds-function</td><td>the delegator holds each function it delegates: by law
 *       (the holder, its successor after a merger, or the holder's unitary board), or by a
 *       delegation in force to it (or, for a unitary board, to its organisation)</td><td>error
 *       where the model declares the delegator's delegations complete; otherwise a gap</td>
 *       <td>NHS Act 2006 s.65Z5(1): a relevant body arranges for its own functions to be
 *       exercised by another</td></tr>
 *   <tr><td>onward-delegation-allowed</td><td>a delegator that holds a function only by delegation
 *       passes it on only if one of those delegations allows onward delegation</td><td>error where
 *       every delegation it holds forbids it; a gap where none allows it and one does not
 *       say</td><td>NHS Act 2006 s.65Z5, the terms of the delegator's own arrangement</td></tr>
 *   <tr><td>sub-delegation-within-limit</td><td>a sub-delegation's financial limit is no higher
 *       than the highest limit its delegator holds for the function (a sub-delegation with no
 *       limit, from a delegator that has one, is reported too)</td><td>warning</td><td>good
 *       practice: a delegate cannot pass on more than it holds</td></tr>
 *   <tr><td>no-delegation-cycles</td><td>the delegations of one function do not run in a circle
 *       (A to B to ... to A); each circle is reported once, with the functions it carries</td>
 *       <td>warning</td><td>good practice: one accountable holder per function</td></tr>
 * </table>
 *
 * <p>Contracts ({@link DelegationInstrument#CONTRACT}) delegate delivery, not statutory functions,
 * and are left out of every rule here. A unitary board and its one organisation are one party: a
 * board acts for its organisation without a delegation.
 *
 * <p><b>Cost.</b> Each rule makes one pass over the delegations in force, looking up the
 * delegations received by each delegator through the model's index; the cycle rule runs one
 * iterative strongly-connected-components search per function, linear in the function's
 * delegations, so a chain of any length neither overflows the stack nor grows quadratically.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DelegationIntegrityPack extends EnglandPack {
  /** The pack's id. */
  public static final String ID = "england.delegation";
  /** The pack's version. */
  public static final String VERSION = "1.0.0";

  private static final String TITLE = "Delegation integrity";

  static final String S65Z5 = "NHS Act 2006 s.65Z5 (https://www.legislation.gov.uk/ukpga/2006/41/section/65Z5)";

  /** The pack; used by {@code ServiceLoader}. */
  public DelegationIntegrityPack() {
    super(ID, VERSION, TITLE, List.of(new DelegatorHolds(), new OnwardAllowed(), new WithinLimit(), new NoCycles()));
  }

  /**
   * Whether a delegation allows the delegate to delegate onward; empty when the record does not
   * say (the model may leave it unrecorded). The one place that reads the property.
   */
  static Optional<Boolean> onwardAllowed(Delegation d) {
    return d.onwardDelegationAllowed();
  }

  /** Whether a delegation can confer a statutory function at all: every instrument but a contract. */
  static boolean confersFunctions(Delegation d) {
    return d.instrument() != DelegationInstrument.CONTRACT;
  }

  /** The delegations in force that can confer functions. */
  static List<Delegation> delegationsInForce(ModelView view) {
    return view.delegations().stream().filter(DelegationIntegrityPack::confersFunctions).toList();
  }

  /** How a party holds a function on a date: by law, or by the delegations in force it received. */
  record Holding(boolean byLaw, List<Delegation> received, List<Delegation> notInForce) {
    boolean none() {
      return !byLaw && received.isEmpty();
    }
  }

  /**
   * What each party holds of each function on the view's date. Caches the holders by law of each
   * function (the holder and its successors); every other look-up goes through the model's
   * indexes, so one call costs the number of delegations the party (and a board's organisations)
   * received.
   */
  static final class Holdings {
    private final ModelView view;
    private final IcsModel model;
    private final Successors successions;
    private final Map<String, Set<String>> holdersByLaw = new HashMap<>();

    Holdings(ModelView view) {
      this.view = view;
      this.model = view.model();
      this.successions = Successors.of(model);
    }

    /** The organisations holding the function by law on the date: its holder, or the holder's successors. */
    Set<String> holdersByLaw(StatutoryFunction f) {
      return holdersByLaw.computeIfAbsent(f.id(), k -> successions.resolve(f.holder(), f.id(), view.date()).holders().keySet());
    }

    /** The organisations a unitary board acts for; empty for any other party. */
    List<String> actsFor(String party) {
      Optional<Body> body = model.body(party);
      if (body.isPresent() && body.get().kind() == BodyKind.UNITARY_BOARD) {
        return List.copyOf(body.get().organisations());
      }
      return List.of();
    }

    Holding of(String party, StatutoryFunction f) {
      Set<String> byLaw = holdersByLaw(f);
      List<String> parties = new ArrayList<>();
      parties.add(party);
      parties.addAll(actsFor(party));
      boolean held = parties.stream().anyMatch(byLaw::contains);
      List<Delegation> received = new ArrayList<>();
      List<Delegation> notInForce = new ArrayList<>();
      for (String p : parties) {
        for (Delegation d : model.delegationsTo(p)) {
          if (!confersFunctions(d) || !d.functions().contains(f.id())) {
            continue;
          }
          (d.inForceOn(view.date()) ? received : notInForce).add(d);
        }
      }
      return new Holding(held, received, notInForce);
    }

    /** The functions of a delegation that are in force on the date, in id order. */
    List<StatutoryFunction> functionsOf(Delegation d) {
      List<StatutoryFunction> out = new ArrayList<>();
      for (String id : new TreeSet<>(d.functions())) {
        model.function(id).filter(f -> f.inForceOn(view.date())).ifPresent(out::add);
      }
      return out;
    }
  }

  static String ids(List<Delegation> delegations) {
    return String.join(", ", delegations.stream().map(Delegation::id).sorted().toList());
  }

  static String names(ModelView view, List<StatutoryFunction> functions) {
    return String.join(", ", functions.stream().map(f -> Models.label(view, f.id())).toList());
  }

  // ---------------------------------------------------------------------------------------------

  static final class DelegatorHolds extends AbstractRule {
    DelegatorHolds() {
      super(ID + ".delegator-holds-function",
          "Each delegator holds the functions it delegates, by law or by a delegation in force",
          Severity.ERROR, Basis.statute(S65Z5 + ", subsection (1): a relevant body may arrange for functions "
              + "exercisable by it to be exercised by another body; a scheme of reservation and delegation "
              + "likewise delegates only what its organisation holds (the subsection paraphrased as NHS England's "
              + "s.65Z7 guidance and ICB constitutions describe it; the section's own text was not read: "
              + "UNCONFIRMED wording)"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      Holdings holdings = new Holdings(view);
      List<Finding> out = new ArrayList<>();
      for (Delegation d : delegationsInForce(view)) {
        List<StatutoryFunction> lacking = new ArrayList<>();
        List<Delegation> lapsed = new ArrayList<>();
        for (StatutoryFunction f : holdings.functionsOf(d)) {
          Holding h = holdings.of(d.delegator(), f);
          if (h.none()) {
            lacking.add(f);
            lapsed.addAll(h.notInForce());
          }
        }
        if (lacking.isEmpty()) {
          continue;
        }
        List<String> scope = new ArrayList<>();
        scope.add(d.delegator());
        scope.addAll(Models.organisationsOf(view, d.delegator()));
        boolean complete = context.model().isComplete(Completeness.Aspect.DELEGATIONS, scope.toArray(String[]::new));
        List<String> evidence = new ArrayList<>();
        evidence.add(d.id());
        evidence.add(d.delegator());
        lacking.forEach(f -> evidence.add(f.id()));
        List<Delegation> lapsedSorted = lapsed.stream().distinct().sorted((a, b) -> a.id().compareTo(b.id())).toList();
        lapsedSorted.forEach(x -> evidence.add(x.id()));
        String who = Models.label(view, d.delegator());
        String what = names(view, lacking);
        String lapsedNote = lapsedSorted.isEmpty() ? ""
            : " (" + ids(lapsedSorted) + (lapsedSorted.size() == 1 ? " is" : " are") + " recorded but not in force on "
                + view.date() + ")";
        if (complete) {
          out.add(finding(context.subject(d.id()), "Delegation " + d.id() + " passes " + what + " from " + who
              + " to " + Models.label(view, d.delegate()) + ", but on " + view.date() + " " + who
              + " neither holds " + (lacking.size() == 1 ? "it" : "them") + " by law nor by a delegation in force"
              + lapsedNote + ", and the model declares its delegations complete: it had nothing to delegate.",
              evidence));
        } else {
          out.add(gap(context.subject(d.id()), "Delegation " + d.id() + " passes " + what + " from " + who
              + " to " + Models.label(view, d.delegate()) + ", but no delegation of "
              + (lacking.size() == 1 ? "it" : "them") + " to " + who + " in force on " + view.date()
              + " is recorded" + lapsedNote + " and " + who + " does not hold " + (lacking.size() == 1 ? "it" : "them")
              + " by law. Record the delegation by which " + who + " holds " + (lacking.size() == 1 ? "it" : "them")
              + ", or declare its delegations complete.", evidence));
        }
      }
      return out;
    }
  }

  static final class OnwardAllowed extends AbstractRule {
    OnwardAllowed() {
      super(ID + ".onward-delegation-allowed",
          "A delegate passes a function on only where its own delegation allows onward delegation",
          Severity.ERROR, Basis.statute(S65Z5 + " (section text not read: UNCONFIRMED wording): a delegate "
              + "exercises a function on the terms of the "
              + "arrangement that gave it; where those terms forbid onward delegation it may not pass the "
              + "function on (the presumption against sub-delegation without express power: Welsh Government, "
              + "\"Can a delegatee then delegate the power on to a second person?\", https://law.gov.wales)"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      Holdings holdings = new Holdings(view);
      List<Finding> out = new ArrayList<>();
      for (Delegation d : delegationsInForce(view)) {
        List<StatutoryFunction> forbidden = new ArrayList<>();
        List<StatutoryFunction> unknown = new ArrayList<>();
        Set<Delegation> forbidding = new LinkedHashSet<>();
        Set<Delegation> silent = new LinkedHashSet<>();
        for (StatutoryFunction f : holdings.functionsOf(d)) {
          Holding h = holdings.of(d.delegator(), f);
          if (h.byLaw() || h.received().isEmpty()) {
            continue;
          }
          boolean allowed = false;
          boolean notRecorded = false;
          for (Delegation r : h.received()) {
            Optional<Boolean> onward = onwardAllowed(r);
            if (onward.isEmpty()) {
              notRecorded = true;
            } else if (onward.get()) {
              allowed = true;
            }
          }
          if (allowed) {
            continue;
          }
          if (notRecorded) {
            unknown.add(f);
            h.received().stream().filter(r -> onwardAllowed(r).isEmpty()).forEach(silent::add);
          } else {
            forbidden.add(f);
            forbidding.addAll(h.received());
          }
        }
        String who = Models.label(view, d.delegator());
        if (!forbidden.isEmpty()) {
          List<Delegation> by = sorted(forbidding);
          out.add(finding(context.subject(d.id()), "Delegation " + d.id() + " passes " + names(view, forbidden)
              + " from " + who + " to " + Models.label(view, d.delegate()) + ", but " + who + " holds "
              + (forbidden.size() == 1 ? "it" : "them") + " only by " + ids(by) + ", which "
              + (by.size() == 1 ? "does" : "do") + " not allow onward delegation.",
              evidence(d, forbidden, by)));
        }
        if (!unknown.isEmpty()) {
          List<Delegation> by = sorted(silent);
          out.add(gap(context.subject(d.id()), "Delegation " + d.id() + " passes " + names(view, unknown)
              + " from " + who + " to " + Models.label(view, d.delegate()) + ", but whether " + ids(by)
              + ", by which " + who + " holds " + (unknown.size() == 1 ? "it" : "them")
              + ", allows onward delegation is not recorded. Record it on " + ids(by) + ".",
              evidence(d, unknown, by)));
        }
      }
      return out;
    }
  }

  static List<Delegation> sorted(Set<Delegation> delegations) {
    return delegations.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
  }

  static List<String> evidence(Delegation d, List<StatutoryFunction> functions, List<Delegation> by) {
    List<String> evidence = new ArrayList<>();
    evidence.add(d.id());
    evidence.add(d.delegator());
    functions.forEach(f -> evidence.add(f.id()));
    by.forEach(x -> evidence.add(x.id()));
    return evidence;
  }

  static final class WithinLimit extends AbstractRule {
    WithinLimit() {
      super(ID + ".sub-delegation-within-limit",
          "A sub-delegation's financial limit is within the limit its delegator holds",
          Severity.WARNING, Basis.goodPractice("A delegate cannot pass on more than it holds: schemes of "
              + "reservation and delegation and standing financial instructions set delegated limits of "
              + "financial authority (for example Hertfordshire and West Essex ICB constitution, section 5.2, "
              + "https://hertsandwestessex.icb.nhs.uk/us/constitution/5), and a limit above the delegator's "
              + "own gives no authority beyond it"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      Holdings holdings = new Holdings(view);
      List<Finding> out = new ArrayList<>();
      for (Delegation d : delegationsInForce(view)) {
        List<String> excesses = new ArrayList<>();
        List<StatutoryFunction> functions = new ArrayList<>();
        Set<Delegation> by = new LinkedHashSet<>();
        for (StatutoryFunction f : holdings.functionsOf(d)) {
          Holding h = holdings.of(d.delegator(), f);
          if (h.byLaw()) {
            continue;
          }
          // the delegations that may pass the function on: an onward ban is the previous rule's finding
          List<Delegation> usable = h.received().stream().filter(r -> onwardAllowed(r).orElse(true)).toList();
          if (usable.isEmpty()) {
            continue;
          }
          BigDecimal held = null;
          for (Delegation r : usable) {
            if (r.financialLimit().isEmpty()) {
              held = null;
              break;
            }
            if (held == null || r.financialLimit().get().compareTo(held) > 0) {
              held = r.financialLimit().get();
            }
          }
          if (held == null) {
            continue;
          }
          Optional<BigDecimal> given = d.financialLimit();
          if (given.isPresent() && given.get().compareTo(held) <= 0) {
            continue;
          }
          functions.add(f);
          by.addAll(usable);
          excesses.add(Models.label(view, f.id()) + ": " + Names.money(held) + " under " + ids(usable));
        }
        if (functions.isEmpty()) {
          continue;
        }
        String who = Models.label(view, d.delegator());
        String given = d.financialLimit().map(l -> "a financial limit of " + Names.money(l))
            .orElse("no financial limit");
        out.add(finding(context.subject(d.id()), "Delegation " + d.id() + " gives "
            + Models.label(view, d.delegate()) + " " + given + " for " + names(view, functions) + ", more than "
            + who + " itself may commit (" + String.join("; ", excesses) + "). Decisions above the delegator's "
            + "limit have no authority; bring the limit within it.", evidence(d, functions, sorted(by))));
      }
      return out;
    }
  }

  static final class NoCycles extends AbstractRule {
    NoCycles() {
      super(ID + ".no-delegation-cycles", "The delegations of a function do not run in a circle",
          Severity.WARNING, Basis.goodPractice("One accountable holder per function (RACI practice): "
              + "authority runs one way, from the function's holder, which stays accountable for what it "
              + "delegates (NHS England \"retains overall accountability\" for the primary care functions it "
              + "delegates to ICBs: https://www.england.nhs.uk/commissioning/primary-care/primary-care-comm/"
              + "delegation-of-primary-medical-pharmaceutical-ophthalmic-and-dental-functions)"));
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      Holdings holdings = new Holdings(view);
      // one finding per circle: the same delegations in a circle for several functions are merged
      Map<List<String>, Circle> circles = new TreeMap<>(NoCycles::compareLists);
      for (StatutoryFunction f : view.functions()) {
        List<Delegation> edges = view.delegationsOf(f.id()).stream()
            .filter(DelegationIntegrityPack::confersFunctions).toList();
        if (edges.size() < 2) {
          continue;
        }
        for (Circle c : circles(edges, holdings)) {
          Circle known = circles.get(c.delegations());
          if (known == null) {
            circles.put(c.delegations(), c);
            known = c;
          }
          known.functions().add(f.id());
        }
      }
      List<Finding> out = new ArrayList<>();
      for (Circle c : circles.values()) {
        List<String> steps = new ArrayList<>();
        for (Delegation d : c.witness()) {
          steps.add(Models.label(view, d.delegator()) + " to " + Models.label(view, d.delegate()) + " (" + d.id() + ")");
        }
        int others = c.delegations().size() - c.witness().size();
        List<String> functionNames = c.functions().stream().map(id -> Models.label(view, id)).toList();
        List<String> evidence = new ArrayList<>(c.delegations());
        evidence.addAll(c.functions());
        out.add(finding(context.subject(c.witness().get(0).id()), "The delegations of "
            + String.join(", ", functionNames) + " run in a circle on " + view.date() + ": "
            + String.join(", then ", steps) + ", back to the start"
            + (others > 0 ? " (with " + others + " more delegation" + (others == 1 ? "" : "s")
                + " among the same parties)" : "")
            + ". Authority passed round a circle cannot be traced to the function's holder; "
            + "the scheme of delegation should run one way.", evidence));
      }
      return out;
    }

    private static int compareLists(List<String> a, List<String> b) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        int c = a.get(i).compareTo(b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(a.size(), b.size());
    }

    /**
     * A circle: the sorted ids of the delegations inside one strongly connected component, one
     * circle through it in order (starting at its smallest delegation id), and the functions it
     * carries.
     */
    record Circle(List<String> delegations, List<Delegation> witness, Set<String> functions) {}

    /**
     * The circles among the delegations of one function: Tarjan's strongly connected components,
     * with an explicit stack, in time linear in the delegations.
     */
    static List<Circle> circles(List<Delegation> edges, Holdings holdings) {
      Map<String, Integer> index = new HashMap<>();
      int[] from = new int[edges.size()];
      int[] to = new int[edges.size()];
      for (int i = 0; i < edges.size(); i++) {
        from[i] = index.computeIfAbsent(party(edges.get(i).delegator(), holdings), k -> index.size());
        to[i] = index.computeIfAbsent(party(edges.get(i).delegate(), holdings), k -> index.size());
      }
      int n = index.size();
      // adjacency as compressed rows: out[start[v] .. start[v + 1]) are v's outgoing edges
      int[] start = new int[n + 1];
      for (int i = 0; i < edges.size(); i++) {
        start[from[i] + 1]++;
      }
      for (int v = 0; v < n; v++) {
        start[v + 1] += start[v];
      }
      int[] out = new int[edges.size()];
      int[] fill = Arrays.copyOf(start, n);
      for (int i = 0; i < edges.size(); i++) {
        out[fill[from[i]]++] = i;
      }
      int[] order = new int[n];
      int[] low = new int[n];
      int[] component = new int[n];
      Arrays.fill(order, -1);
      Arrays.fill(component, -1);
      boolean[] onStack = new boolean[n];
      int[] next = new int[n];
      ArrayDeque<Integer> stack = new ArrayDeque<>();
      ArrayDeque<Integer> call = new ArrayDeque<>();
      int counter = 0;
      int components = 0;
      for (int root = 0; root < n; root++) {
        if (order[root] != -1) {
          continue;
        }
        call.push(root);
        order[root] = low[root] = counter++;
        next[root] = start[root];
        stack.push(root);
        onStack[root] = true;
        while (!call.isEmpty()) {
          int v = call.peek();
          if (next[v] < start[v + 1]) {
            int w = to[out[next[v]++]];
            if (order[w] == -1) {
              order[w] = low[w] = counter++;
              next[w] = start[w];
              stack.push(w);
              onStack[w] = true;
              call.push(w);
            } else if (onStack[w]) {
              low[v] = Math.min(low[v], order[w]);
            }
            continue;
          }
          call.pop();
          if (!call.isEmpty()) {
            int parent = call.peek();
            low[parent] = Math.min(low[parent], low[v]);
          }
          if (low[v] == order[v]) {
            int w;
            do {
              w = stack.pop();
              onStack[w] = false;
              component[w] = components;
            } while (w != v);
            components++;
          }
        }
      }
      // the delegations inside each component (both ends in it, not a board delegating to its own organisation)
      Map<Integer, List<Integer>> inside = new TreeMap<>();
      for (int i = 0; i < edges.size(); i++) {
        if (from[i] != to[i] && component[from[i]] == component[to[i]]) {
          inside.computeIfAbsent(component[from[i]], k -> new ArrayList<>()).add(i);
        }
      }
      List<Circle> result = new ArrayList<>();
      for (List<Integer> members : inside.values()) {
        result.add(circle(edges, from, to, start, out, component, members));
      }
      return result;
    }

    /** One circle through a component: from its smallest delegation, follow edges inside it until a party repeats. */
    private static Circle circle(List<Delegation> edges, int[] from, int[] to, int[] start, int[] out,
        int[] component, List<Integer> members) {
      int first = members.get(0);
      for (int i : members) {
        if (edges.get(i).id().compareTo(edges.get(first).id()) < 0) {
          first = i;
        }
      }
      int c = component[from[first]];
      Map<Integer, Integer> positionOfParty = new HashMap<>();
      List<Integer> walk = new ArrayList<>();
      int edge = first;
      while (true) {
        Integer seen = positionOfParty.putIfAbsent(from[edge], walk.size());
        if (seen != null) {
          walk = walk.subList(seen, walk.size());
          break;
        }
        walk.add(edge);
        int v = to[edge];
        int chosen = -1;
        for (int k = start[v]; k < start[v + 1]; k++) {
          int e = out[k];
          if (to[e] != from[e] && component[to[e]] == c) {
            if (chosen == -1 || edges.get(e).id().compareTo(edges.get(chosen).id()) < 0) {
              chosen = e;
            }
          }
        }
        edge = chosen;
      }
      // start the circle at its smallest delegation id, so the report does not depend on where the walk began
      int smallest = 0;
      for (int k = 1; k < walk.size(); k++) {
        if (edges.get(walk.get(k)).id().compareTo(edges.get(walk.get(smallest)).id()) < 0) {
          smallest = k;
        }
      }
      List<Delegation> witness = new ArrayList<>();
      for (int k = 0; k < walk.size(); k++) {
        witness.add(edges.get(walk.get((smallest + k) % walk.size())));
      }
      List<String> ids = members.stream().map(i -> edges.get(i).id()).sorted().toList();
      return new Circle(ids, witness, new TreeSet<>());
    }

    /** A party as a node: a unitary board with one organisation is that organisation. */
    private static String party(String id, Holdings holdings) {
      List<String> orgs = holdings.actsFor(id);
      return orgs.size() == 1 ? orgs.get(0) : id;
    }
  }
}
