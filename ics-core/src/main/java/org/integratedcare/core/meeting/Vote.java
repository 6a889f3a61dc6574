package org.integratedcare.core.meeting;

import org.immutables.value.Value;
import org.integratedcare.core.internal.Checks;

/**
 * One member's recorded vote on a {@link Decision}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Vote {
  Vote() {}

  /** The id of the person voting. */
  @Value.Parameter
  public abstract String person();

  /** How they voted. */
  @Value.Parameter
  public abstract VoteChoice choice();

  /**
   * A vote.
   *
   * @param person the voter's id
   * @param choice how they voted
   * @return the vote
   */
  public static Vote of(String person, VoteChoice choice) {
    return ImmutableVote.of(person, choice);
  }

  @Value.Check
  void check() {
    Checks.id("person", person());
  }
}
