package org.integratedcare.metrics.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.organisation.Sector;
import org.integratedcare.governance.accountability.Accountability;
import org.integratedcare.governance.accountability.AccountabilityChain;
import org.integratedcare.governance.accountability.AccountabilityReport;
import org.integratedcare.governance.accountability.ChainEnd;
import org.integratedcare.governance.accountability.ChainStep;
import org.integratedcare.governance.accountability.ChainStepKind;

/**
 * Accountability clarity: how many functions have exactly one accountable holder above them, how
 * long the chains to the ultimate account-holders are, and where they break.
 *
 * <p>"One accountable holder per function" is the one rule every RACI practice agrees on; delegation
 * moves the doing, never the answering (the delegating body keeps its statutory responsibility: NHS
 * England "retains overall accountability" for the primary care functions it delegates to ICBs,
 * https://www.england.nhs.uk/commissioning/primary-care/primary-care-comm/delegation-of-primary-medical-pharmaceutical-ophthalmic-and-dental-functions).
 *
 * <p><b>Method.</b> The chains are those of the governance module's {@link Accountability}: from
 * the function, through the organisation that holds it by law (or its successor after a merger or
 * acquisition in effect), along the links in force that cover the function; bodies and posts with
 * no link of their own answer through their organisation or body. For each function in force:
 * <ol>
 *   <li>Its <b>direct account-holders</b> are the distinct records that the first vertical step
 *       after the holder leads to, over all chains: the records the holder answers to vertically for
 *       the function. One is <b>clear</b>; more than one is <b>divided</b>; none is
 *       <b>unanswered</b>, unless the holder is itself an {@linkplain
 *       org.integratedcare.core.organisation.OrganisationKind#isAccountabilityTerminus() ultimate account-holder}
 *       (then clear). Lateral and bottom-up lines are real accountability but do not make a
 *       function's line of answering unclear, so they are not counted here. Nor are vertical lines
 *       to regulators (organisations of the {@linkplain org.integratedcare.core.organisation.Sector#REGULATOR
 *       regulator} sector, such as the Care Quality Commission): a provider answers to its
 *       regulator for the quality of what it does alongside, not instead of, its line of
 *       answering; they are listed as {@code regulators}.
 *   <li>Its <b>chain length</b> is the fewest steps after the holder on a wholly vertical chain
 *       that ends at an ultimate account-holder (Parliament, an electorate, foundation trust
 *       members, patients and communities); vertical chains that end with no further line are
 *       <b>dead ends</b>.
 *   <li>It is a <b>gap</b> when the governance module finds no vertical chain from its holder to a
 *       statutory terminus (Parliament, an electorate or foundation trust members), and <b>in a
 *       cycle</b> when a chain from it runs in a circle.
 *   <li>A delegation in force of the function (other than a contract) is <b>unreported</b> when it
 *       names no body to report back to and no link in force runs from its delegate to its delegator
 *       covering the function.
 * </ol>
 *
 * <p>Cost: per function, the governance module's walk, proportional to the length of the chains it
 * returns (links indexed by giver); no scan over all organisations.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param functionsInForce the number of functions in force
 * @param clear functions with status clear
 * @param divided functions with status divided
 * @param unanswered functions with status unanswered
 * @param shareClear clear / functionsInForce; empty if there are none
 * @param reachingTerminus functions whose chain reaches a terminus
 * @param meanChainLength the mean chain length over functions reaching a terminus; empty if none
 * @param longestChain the longest such chain; empty if none
 * @param gaps functions that are gaps
 * @param inCycles functions with a chain that runs in a circle
 * @param unreportedDelegations the number of unreported delegations in force
 * @param functions each function's accountability, in model order
 */
public record AccountabilityClarity(
    int functionsInForce,
    int clear,
    int divided,
    int unanswered,
    OptionalDouble shareClear,
    int reachingTerminus,
    OptionalDouble meanChainLength,
    OptionalInt longestChain,
    int gaps,
    int inCycles,
    int unreportedDelegations,
    List<FunctionAccountability> functions) {

  /**
   * Checks and copies the value.
   *
   * @throws NullPointerException if any reference argument is null
   */
  public AccountabilityClarity {
    Objects.requireNonNull(shareClear, "shareClear");
    Objects.requireNonNull(meanChainLength, "meanChainLength");
    Objects.requireNonNull(longestChain, "longestChain");
    functions = List.copyOf(functions);
  }

  /**
   * Measures accountability clarity on the view's date.
   *
   * @param view the model on a date, not null
   * @return the measure
   */
  public static AccountabilityClarity of(ModelView view) {
    Objects.requireNonNull(view, "view");
    Accountability accountability = Accountability.of(view.model());
    List<FunctionAccountability> out = new ArrayList<>();
    int clear = 0;
    int divided = 0;
    int unanswered = 0;
    int reaching = 0;
    long lengthSum = 0;
    int longest = -1;
    int unreported = 0;
    int gaps = 0;
    int inCycles = 0;
    for (StatutoryFunction f : view.functions()) {
      FunctionAccountability fa = trace(view, accountability, f);
      out.add(fa);
      switch (fa.status()) {
        case CLEAR -> clear++;
        case DIVIDED -> divided++;
        case UNANSWERED -> unanswered++;
      }
      if (fa.chainLength().isPresent()) {
        reaching++;
        lengthSum += fa.chainLength().getAsInt();
        longest = Math.max(longest, fa.chainLength().getAsInt());
      }
      unreported += fa.unreportedDelegations().size();
      gaps += fa.gap() ? 1 : 0;
      inCycles += fa.inCycle() ? 1 : 0;
    }
    int n = out.size();
    return new AccountabilityClarity(n, clear, divided, unanswered,
        n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) clear / n), reaching,
        reaching == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) lengthSum / reaching),
        longest < 0 ? OptionalInt.empty() : OptionalInt.of(longest), gaps, inCycles, unreported, out);
  }

  static FunctionAccountability trace(ModelView view, Accountability accountability, StatutoryFunction f) {
    AccountabilityReport report = accountability.chains(f.id(), view.date());
    Set<String> direct = new LinkedHashSet<>();
    Set<String> regulators = new LinkedHashSet<>();
    Set<String> deadEnds = new LinkedHashSet<>();
    AccountabilityChain shortest = null;
    int shortestLength = Integer.MAX_VALUE;
    for (AccountabilityChain c : report.chains()) {
      List<ChainStep> after = c.steps().stream()
          .filter(s -> s.kind() != ChainStepKind.FUNCTION_HOLDER && s.kind() != ChainStepKind.SUCCESSION).toList();
      if (!after.isEmpty() && after.get(0).isVertical()) {
        String to = after.get(0).to();
        boolean regulator = view.organisation(to).flatMap(o -> o.kindOn(view.date()))
            .map(k -> k.sector() == Sector.REGULATOR).orElse(false);
        (regulator ? regulators : direct).add(to);
      }
      if (!c.isVertical()) {
        continue;
      }
      if (c.end() == ChainEnd.TERMINUS && after.size() < shortestLength) {
        shortest = c;
        shortestLength = after.size();
      } else if (c.end() == ChainEnd.OPEN_END) {
        deadEnds.add(c.last());
      }
    }
    boolean holderIsTerminus = DelegationRoutes.isTerminus(view, f.holder());
    FunctionAccountability.Status status = direct.size() > 1 ? FunctionAccountability.Status.DIVIDED
        : direct.size() == 1 || holderIsTerminus ? FunctionAccountability.Status.CLEAR
        : FunctionAccountability.Status.UNANSWERED;
    OptionalInt length = shortest == null ? OptionalInt.empty() : OptionalInt.of(shortestLength);
    Optional<String> terminus = shortest == null ? Optional.empty() : Optional.of(shortest.last());

    List<String> unreported = new ArrayList<>();
    for (Delegation del : view.delegationsOf(f.id())) {
      if (!DelegationRoutes.passesExercise(del) || del.reportsTo().isPresent()) {
        continue;
      }
      boolean answers = view.linksFrom(del.delegate()).stream()
          .anyMatch(l -> l.holder().equals(del.delegator()) && l.covers(f.id()));
      if (!answers) {
        unreported.add(del.id());
      }
    }
    return new FunctionAccountability(f.id(), f.name(), f.holder(), new ArrayList<>(direct), new ArrayList<>(regulators), status, length, terminus,
        new ArrayList<>(deadEnds), report.gap().isPresent(), !report.cycles().isEmpty(), unreported);
  }
}
