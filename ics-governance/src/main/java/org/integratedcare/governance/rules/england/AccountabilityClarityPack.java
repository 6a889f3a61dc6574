package org.integratedcare.governance.rules.england;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.integratedcare.governance.rules.AbstractRule;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.governance.rules.Basis;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.Rule;
import org.integratedcare.governance.rules.RuleContext;
import org.integratedcare.governance.rules.Severity;

/**
 * Accountability clarity: on any date each function has exactly one accountable holder, however
 * many bodies exercise it (the one rule every RACI practice agrees on).
 *
 * <p>The accountable holder of a function is the organisation that holds it by law ({@link
 * StatutoryFunction#holder()}): delegation moves the doing, never the answering (the delegating
 * body keeps its statutory responsibility: NHS England "retains overall accountability" for the
 * functions it delegates to ICBs). So, on the date:
 *
 * <table>
 *   <caption>Rules (ids start {@code england.accountability.})</caption>
 *   <tr><th>Id</th><th>Checks</th></tr>
 *   <tr><td>function-holder-in-force</td><td>the holder of each function in force (or the successor that change events pass it to) is itself in
 *       force: otherwise nobody answers for the function</td></tr>
 *   <tr><td>single-accountable-holder</td><td>every delegation of a function traces back, through
 *       delegations of the same function, to its holder (a body or post of the holder counts as
 *       the holder); a chain that starts elsewhere, or runs in a circle, names a second or no
 *       accountable party. A body or post of an organisation that received the function by
 *       delegation counts as that organisation. A vertical accountability link that names the
 *       function also names a second accountable party when its giver neither holds nor exercises
 *       the function (under a delegation or a contractual arrangement covering it) and it runs to
 *       someone other than the holder or one of its bodies or posts.</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AccountabilityClarityPack extends EnglandPack {
  /** The pack's id. */
  public static final String ID = "england.accountability";
  /** The pack's version. */
  public static final String VERSION = "1.0.0";

  static final Basis RACI = Basis.goodPractice("One accountable holder per function (RACI practice); "
      + "delegation leaves statutory responsibility with the delegator (NHS England "
      + "\"retains overall accountability\" for functions delegated to ICBs: https://www.england.nhs.uk/"
      + "commissioning/primary-care/primary-care-comm/delegation-of-primary-medical-pharmaceutical-ophthalmic-"
      + "and-dental-functions)");

  private static final String TITLE = "Accountability clarity";

  /** The pack; used by {@code ServiceLoader}. */
  public AccountabilityClarityPack() {
    super(ID, VERSION, TITLE, List.of(new HolderInForce(), new SingleHolder()));
  }

  static final class HolderInForce extends AbstractRule {
    HolderInForce() {
      super(ID + ".function-holder-in-force", "The holder of each function in force is in force",
          Severity.WARNING, RACI);
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      org.integratedcare.core.change.Successors successors =
          org.integratedcare.core.change.Successors.of(view.model());
      for (StatutoryFunction f : view.functions()) {
        if (view.organisation(f.holder()).isPresent()) {
          continue;
        }
        org.integratedcare.core.change.Resolution r = successors.resolve(f.holder(), f.id(), view.date());
        if (!r.isGap()) {
          continue; // a successor holds it, through the change events in effect: it answers for it
        }
        StringBuilder why = new StringBuilder();
        for (org.integratedcare.core.change.Resolution.Ended e : r.ended()) {
          why.append(why.length() == 0 ? "" : "; ").append(Models.label(view, e.party()))
              .append(" ended after ").append(e.lastDay())
              .append(e.event().map(c -> " (" + c.kind().typeName() + " " + c.id()
                  + ", which names no successor for it)").orElse(" and no change event names a successor"));
        }
        if (why.length() == 0) {
          why.append(Models.label(view, f.holder())).append(" is not in force");
        }
        List<String> records = new ArrayList<>(List.of(f.id(), f.holder()));
        r.ended().forEach(e -> {
          if (!records.contains(e.party())) {
            records.add(e.party());
          }
        });
        out.add(finding(context.subject(f.id()), Models.label(view, f.id()) + " is in force on "
            + view.date() + " but its holder " + Models.label(view, f.holder())
            + " is not, and nobody succeeds to it: " + why + "; so nobody is accountable for it.", records));
      }
      return out;
    }
  }

  static final class SingleHolder extends AbstractRule {
    SingleHolder() {
      super(ID + ".single-accountable-holder", "Each function has exactly one accountable holder",
          Severity.WARNING, RACI);
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      java.util.Map<String, List<AccountabilityLink>> linksByFunction = new java.util.HashMap<>();
      for (AccountabilityLink l : view.accountabilityLinks()) {
        if (l.direction() == AccountabilityDirection.VERTICAL) {
          l.functions().forEach(fn -> linksByFunction.computeIfAbsent(fn, k -> new ArrayList<>()).add(l));
        }
      }
      java.util.Map<String, Set<String>> providersByFunction = new java.util.HashMap<>();
      for (org.integratedcare.core.mechanism.Mechanism m : view.mechanisms(org.integratedcare.core.mechanism.MechanismKind.CONTRACTUAL_ARRANGEMENT)) {
        org.integratedcare.core.mechanism.ContractualArrangement c = (org.integratedcare.core.mechanism.ContractualArrangement) m;
        for (String fn : c.functions()) {
          providersByFunction.computeIfAbsent(fn, k -> new HashSet<>()).addAll(c.providers());
        }
      }
      for (StatutoryFunction f : view.functions()) {
        List<Delegation> delegations = view.delegationsOf(f.id());
        Set<String> exercisers = new HashSet<>();
        for (Delegation d : delegations) {
          exercisers.add(d.delegate());
          exercisers.addAll(Models.organisationsOf(view, d.delegate()));
        }
        exercisers.addAll(providersByFunction.getOrDefault(f.id(), Set.of()));
        Set<String> reported = new HashSet<>();
        for (Delegation d : delegations) {
          traceToHolder(context, f, d, out, reported);
        }
        for (AccountabilityLink l : linksByFunction.getOrDefault(f.id(), List.of())) {
          Set<String> giverOrgs = Models.organisationsOf(view, l.giver());
          if (Models.organisationsOf(view, l.holder()).contains(f.holder())) {
            continue;
          }
          if (!giverOrgs.contains(f.holder()) && !exercisers.contains(l.giver())
              && giverOrgs.stream().noneMatch(exercisers::contains)) {
            out.add(finding(context.subject(l.id()), Models.label(view, l.giver())
                + " gives account for " + Models.label(view, f.id()) + " to "
                + Models.label(view, l.holder()) + " but neither holds nor exercises it on "
                + view.date() + ", so the function has an accountable party besides its holder "
                + Models.label(view, f.holder()) + ".", List.of(l.id(), f.id(), f.holder())));
          }
        }
      }
      return out;
    }

    /** A delegation in force of the function to the party, if any. */
    private static Delegation received(ModelView view, String party, String function) {
      for (Delegation in : view.delegationsTo(party)) {
        if (in.functions().contains(function)) {
          return in;
        }
      }
      return null;
    }

    private void traceToHolder(RuleContext context, StatutoryFunction f, Delegation start,
        List<Finding> out, Set<String> reported) {
      ModelView view = context.view();
      Set<String> seen = new LinkedHashSet<>();
      Delegation current = start;
      while (true) {
        if (!seen.add(current.id())) {
          if (reported.add("cycle:" + new TreeSet<>(seen))) {
            out.add(finding(context.subject(start.id()), "The delegations of "
                + Models.label(view, f.id()) + " run in a circle (" + String.join(" → ", seen)
                + ") on " + view.date() + " and never reach its holder " + Models.label(view, f.holder())
                + ", so no single accountable holder can be traced.", new ArrayList<>(seen)));
          }
          return;
        }
        String delegator = current.delegator();
        if (delegator.equals(f.holder()) || Models.organisationsOf(view, delegator).contains(f.holder())) {
          return;
        }
        Delegation next = received(view, delegator, f.id());
        if (next == null) {
          for (String org : Models.organisationsOf(view, delegator)) {
            if (!org.equals(delegator)) {
              next = received(view, org, f.id());
              if (next != null) {
                break;
              }
            }
          }
        }
        if (next == null) {
          if (reported.add("root:" + delegator)) {
            List<String> evidence = new ArrayList<>(seen);
            evidence.add(f.id());
            evidence.add(delegator);
            out.add(finding(context.subject(current.id()), Models.label(view, delegator)
                + " delegates " + Models.label(view, f.id()) + " on " + view.date()
                + " without holding it or receiving it by delegation, so the chain names it as "
                + "accountable beside the holder " + Models.label(view, f.holder()) + ".", evidence));
          }
          return;
        }
        current = next;
      }
    }
  }
}
