package org.integratedcare.core.body;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.internal.Checks;

/**
 * A quorum rule from a body's terms of reference: how many voting members must be present, and
 * which posts must be among them (for example the chair or a non-executive member).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Quorum {
  Quorum() {}

  /** The least number of voting members present; at least 1. */
  public abstract int minimumVotingMembers();

  /** The ids of posts at least one holder of each of which must be present. */
  public abstract Set<String> requiredPosts();

  /**
   * Whether a member who withdraws from an item because of a conflict of interest still counts
   * towards the quorum for that item, as the body's standing orders or terms of reference say;
   * empty when the record does not say.
   *
   * <p>There is no default: the project could not read a model standing order that settles it, and
   * bodies' own standing orders differ, so a rule that needs it and finds it not recorded reports
   * a gap in the data rather than assume either answer.
   */
  public abstract Optional<Boolean> withdrawnMembersCount();

  /**
   * A quorum of a number of voting members.
   *
   * @param minimumVotingMembers at least 1
   * @return the quorum rule
   * @throws IllegalArgumentException if the number is below 1
   */
  public static Quorum of(int minimumVotingMembers) {
    return builder().minimumVotingMembers(minimumVotingMembers).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Quorum}; minimumVotingMembers is required. */
  public static final class Builder extends ImmutableQuorum.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.that(minimumVotingMembers() >= 1, "quorum must be at least 1 voting member, was " + minimumVotingMembers());
    Checks.ids("required post", requiredPosts());
  }
}
