package org.integratedcare.core.mechanism;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.Source;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.internal.Checks;

/**
 * Committees in common: each organisation keeps its own committee, with powers delegated by that
 * organisation only; the committees meet together and each takes its own decision, which binds only
 * its own organisation (Mills &amp; Reeve, <i>Operating effective committees in common</i>; NHS
 * Providers' guide to lawful collaboratives; reported). It is not a
 * committee itself.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class CommitteesInCommon implements Mechanism {
  CommitteesInCommon() {}

  @Override
  public MechanismKind kind() {
    return MechanismKind.COMMITTEES_IN_COMMON;
  }
  /** The ids of the committees (one {@link Body} per organisation) that meet in common; at least two. */
  public abstract Set<String> committees();

  @Override
  public abstract List<Source> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CommitteesInCommon}; id, name, period and at least two committees are required. */
  public static final class Builder extends ImmutableCommitteesInCommon.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Mechanism.checkCommon(this);
    Checks.that(committees().size() >= 2, "committees in common '" + id() + "' needs at least two committees");
    Checks.ids("committee", committees());
  }
}
