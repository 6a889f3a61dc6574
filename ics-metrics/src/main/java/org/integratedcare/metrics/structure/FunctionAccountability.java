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
 * @param directAccountHolders the distinct holders of vertical links in force from the holder that
 *     cover the function
 * @param status clear, divided or unanswered
 * @param chainLength the fewest vertical links from the holder to an accountability terminus; empty
 *     if none is reached
 * @param terminus the terminus reached by that shortest chain, if any
 * @param deadEnds records reached by the chain that answer vertically to no one for the function
 *     and are not termini
 * @param unreportedDelegations ids of the function's delegations in force whose delegate neither
 *     has a duty to report back nor gives account to the delegator through a link in force
 */
public record FunctionAccountability(
    String function,
    String name,
    String holder,
    List<String> directAccountHolders,
    Status status,
    OptionalInt chainLength,
    Optional<String> terminus,
    List<String> deadEnds,
    List<String> unreportedDelegations) {

  /** How clearly a function is answered for. */
  public enum Status {
    /** Exactly one direct vertical account-holder (or the holder is itself a terminus). */
    CLEAR,
    /** More than one direct vertical account-holder: answerable to several masters. */
    DIVIDED,
    /** No direct vertical account-holder: a gap. */
    UNANSWERED
  }

  /**
   * Checks and copies the value.
   *
   * @throws NullPointerException if any argument is null
   */
  public FunctionAccountability {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(holder, "holder");
    directAccountHolders = List.copyOf(directAccountHolders);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(chainLength, "chainLength");
    Objects.requireNonNull(terminus, "terminus");
    deadEnds = List.copyOf(deadEnds);
    unreportedDelegations = List.copyOf(unreportedDelegations);
  }

  /** Whether the chain from the holder reaches an accountability terminus. */
  public boolean reachesTerminus() {
    return terminus.isPresent();
  }
}
