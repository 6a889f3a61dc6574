package org.integratedcare.core.meeting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.internal.Checks;

/**
 * The decision taken on an agenda item: the motion, the function exercised, whom it is meant to
 * bind, the votes and the outcome.
 *
 * <p>Votes may be recorded one by one ({@link #votes()}), as counts, or both. When only counts are
 * known, set {@link #votesFor()}, {@link #votesAgainst()} and {@link #abstentions()}; otherwise the
 * counts are derived from the individual votes.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Decision {
  Decision() {}

  /** The motion as minuted. */
  public abstract String motion();

  /** The id of the function exercised, if the minutes say. */
  public abstract Optional<String> function();

  /** The ids of the organisations the decision is meant to bind. */
  public abstract Set<String> binds();

  /**
   * The ids of the organisations the decision benefits, as the minutes or papers record them:
   * the provider awarded a contract, the trust given funding. A member with an interest on the
   * register of interests about one of them has a conflict on the item whether or not they
   * declared it on the day. Empty when not recorded.
   */
  public abstract Set<String> benefits();

  /** The amount of money committed, in pounds, if any. */
  public abstract Optional<BigDecimal> amount();

  /** Individual votes, if recorded. */
  public abstract List<Vote> votes();

  /** The number of votes for, when recorded as a count. */
  public abstract Optional<Integer> recordedFor();

  /** The number of votes against, when recorded as a count. */
  public abstract Optional<Integer> recordedAgainst();

  /** The number of abstentions, when recorded as a count. */
  public abstract Optional<Integer> recordedAbstentions();

  /** What became of the motion. */
  public abstract DecisionOutcome outcome();

  /** Votes for: the recorded count, or the individual votes counted. */
  public int votesFor() {
    return recordedFor().orElseGet(() -> count(VoteChoice.FOR));
  }

  /** Votes against: the recorded count, or the individual votes counted. */
  public int votesAgainst() {
    return recordedAgainst().orElseGet(() -> count(VoteChoice.AGAINST));
  }

  /** Abstentions: the recorded count, or the individual votes counted. */
  public int abstentions() {
    return recordedAbstentions().orElseGet(() -> count(VoteChoice.ABSTAIN));
  }

  /** Whether any vote, individual or counted, was recorded. */
  public boolean hasVoteRecord() {
    return !votes().isEmpty() || recordedFor().isPresent() || recordedAgainst().isPresent();
  }

  private int count(VoteChoice choice) {
    return (int) votes().stream().filter(v -> v.choice() == choice).count();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Decision}; motion and outcome are required. */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.text("motion", motion());
    function().ifPresent(f -> Checks.id("function", f));
    Checks.ids("binds", binds());
    Checks.ids("benefits", benefits());
    amount().ifPresent(v -> org.integratedcare.core.Bounds.moneyProblem(v).ifPresent(p -> {
      throw new IllegalArgumentException("amount: " + p);
    }));
    recordedFor().ifPresent(n -> Checks.that(n >= 0, "votes for must not be negative"));
    recordedAgainst().ifPresent(n -> Checks.that(n >= 0, "votes against must not be negative"));
    recordedAbstentions().ifPresent(n -> Checks.that(n >= 0, "abstentions must not be negative"));
    Checks.that(votes().stream().map(Vote::person).distinct().count() == votes().size(),
        "decision on '" + motion() + "' records more than one vote by the same person");
  }
}
