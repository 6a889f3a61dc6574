package org.integratedcare.metrics.structure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How clearly one function is answered for, for {@link AccountabilityClarity}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param function the function's id
 * @param name the function's name
 * @param holder the id of the organisation holding it by law
 * @param directAccountHolders the distinct records the holder (or its successor) answers to
 *     vertically for the function, by the first step of each vertical chain, regulators excepted
 * @param regulators the regulators (organisations of the regulator sector, such as the Care Quality
 *     Commission) the holder answers to vertically for the function; listed, not counted
 * @param status clear, divided or unanswered
 * @param chainLength the fewest steps of a vertical chain from the holder to an ultimate
 *     account-holder; empty if none is reached
 * @param terminus the ultimate account-holder reached by that shortest chain, if any
 * @param deadEnds where vertical chains end without an ultimate account-holder (open ends)
 * @param gap whether the governance module finds no vertical chain from the holder to a statutory
 *     terminus (Parliament, an electorate or foundation trust members) for the function
 * @param inCycle whether a chain from the function runs in a circle
 * @param unreportedDelegations ids of the function's delegations in force whose delegate neither
 *     has a duty to report back nor gives account to the delegator through a link in force
 */
public record FunctionAccountability(
    String function,
    String name,
    String holder,
    List<String> directAccountHolders,
    List<String> regulators,
    Status status,
    OptionalInt chainLength,
    Optional<String> terminus,
    List<String> deadEnds,
    boolean gap,
    boolean inCycle,
    List<String> unreportedDelegations) {

  /** How clearly a function is answered for. */
  public enum Status {
    /** Exactly one direct vertical account-holder (or the holder is itself an ultimate account-holder). */
    CLEAR,
    /** More than one direct vertical account-holder: answerable to several masters. */
    DIVIDED,
    /** No direct vertical account-holder. */
    UNANSWERED
  }

  /**
   * Checks and copies the value.
   *
   * @throws NullPointerException if any reference argument is null
   */
  public FunctionAccountability {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(holder, "holder");
    directAccountHolders = List.copyOf(directAccountHolders);
    regulators = List.copyOf(regulators);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(chainLength, "chainLength");
    Objects.requireNonNull(terminus, "terminus");
    deadEnds = List.copyOf(deadEnds);
    unreportedDelegations = List.copyOf(unreportedDelegations);
  }

  /** Whether a vertical chain from the holder reaches an ultimate account-holder. */
  public boolean reachesTerminus() {
    return terminus.isPresent();
  }
}
