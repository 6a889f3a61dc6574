package org.integratedcare.metrics.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.integratedcare.core.AccountabilityDirection;
import org.integratedcare.core.AccountabilityLink;
import org.integratedcare.core.Delegation;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.StatutoryFunction;

/**
 * Accountability clarity: how many functions have exactly one accountable holder above them, how
 * long the chains to the ultimate account-holders are, and where they break.
 *
 * <p>"One accountable holder per function" is the one rule every RACI practice agrees on; delegation
 * moves the doing, never the answering (domain reference §2.1: the delegating body keeps its
 * statutory responsibility).
 *
 * <p><b>Method</b> (traced directly from the core model's {@link AccountabilityLink}s; the
 * governance module's accountability-chain API is not used, so that this measure depends only on
 * {@code ics-core}). For each function in force:
 * <ol>
 *   <li>The <b>direct account-holders</b> are the distinct holders of {@linkplain
 *       AccountabilityDirection#VERTICAL vertical} links in force whose giver is the function's
 *       holder and which {@linkplain AccountabilityLink#covers(String) cover} the function. One is
 *       <b>clear</b>; more than one is <b>divided</b>; none is <b>unanswered</b>, unless the holder
 *       is itself an {@linkplain org.integratedcare.core.OrganisationKind#isAccountabilityTerminus()
 *       accountability terminus} (then clear). Lateral and bottom-up links are real accountability
 *       but do not make a function's line of answering unclear, so they are not counted here.
 *   <li>The <b>chain</b> follows vertical links in force covering the function, breadth first, from
 *       the holder. Its <b>length</b> is the fewest links to a terminus (Parliament, an electorate,
 *       foundation trust members, patients and communities). Records reached that answer vertically
 *       to no one for the function and are not termini are <b>dead ends</b>. Each record is visited
 *       once, so a cycle ends the walk rather than looping; finding cycles as such is the governance
 *       module's job.
 *   <li>A delegation in force of the function (other than a contract) is <b>unreported</b> when it
 *       names no body to report back to and no link in force runs from its delegate to its delegator
 *       covering the function.
 * </ol>
 *
 * <p>Cost: per function, a walk over the links reachable from its holder (indexed by giver).
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
    List<FunctionAccountability> out = new ArrayList<>();
    int clear = 0;
    int divided = 0;
    int unanswered = 0;
    int reaching = 0;
    long lengthSum = 0;
    int longest = -1;
    int unreported = 0;
    for (StatutoryFunction f : view.functions()) {
      FunctionAccountability fa = trace(view, f);
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
    }
    int n = out.size();
    return new AccountabilityClarity(n, clear, divided, unanswered,
        n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) clear / n), reaching,
        reaching == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) lengthSum / reaching),
        longest < 0 ? OptionalInt.empty() : OptionalInt.of(longest), unreported, out);
  }

  private static List<AccountabilityLink> upward(ModelView view, String giver, String functionId) {
    return view.linksFrom(giver).stream()
        .filter(l -> l.direction() == AccountabilityDirection.VERTICAL && l.covers(functionId))
        .toList();
  }

  static FunctionAccountability trace(ModelView view, StatutoryFunction f) {
    String holder = f.holder();
    Set<String> direct = new LinkedHashSet<>();
    upward(view, holder, f.id()).forEach(l -> direct.add(l.holder()));
    boolean holderIsTerminus = ModelPaths.isTerminus(view, holder);
    FunctionAccountability.Status status = direct.size() > 1 ? FunctionAccountability.Status.DIVIDED
        : direct.size() == 1 || holderIsTerminus ? FunctionAccountability.Status.CLEAR
        : FunctionAccountability.Status.UNANSWERED;

    Map<String, Integer> depth = new HashMap<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    depth.put(holder, 0);
    queue.add(holder);
    Optional<String> terminus = Optional.empty();
    OptionalInt length = OptionalInt.empty();
    List<String> deadEnds = new ArrayList<>();
    while (!queue.isEmpty()) {
      String node = queue.poll();
      int d = depth.get(node);
      if (ModelPaths.isTerminus(view, node)) {
        if (terminus.isEmpty()) {
          terminus = Optional.of(node);
          length = OptionalInt.of(d);
        }
        continue;
      }
      List<AccountabilityLink> up = upward(view, node, f.id());
      if (up.isEmpty()) {
        deadEnds.add(node);
      }
      for (AccountabilityLink l : up) {
        if (!depth.containsKey(l.holder())) {
          depth.put(l.holder(), d + 1);
          queue.add(l.holder());
        }
      }
    }

    List<String> unreported = new ArrayList<>();
    for (Delegation del : view.delegationsOf(f.id())) {
      if (!ModelPaths.passesExercise(del) || del.reportsTo().isPresent()) {
        continue;
      }
      boolean answers = view.linksFrom(del.delegate()).stream()
          .anyMatch(l -> l.holder().equals(del.delegator()) && l.covers(f.id()));
      if (!answers) {
        unreported.add(del.id());
      }
    }
    return new FunctionAccountability(f.id(), f.name(), holder, new ArrayList<>(direct), status, length, terminus,
        deadEnds, unreported);
  }
}
