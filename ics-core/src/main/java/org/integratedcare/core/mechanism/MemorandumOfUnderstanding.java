package org.integratedcare.core.mechanism;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.Source;
import org.integratedcare.core.internal.Checks;

/**
 * A memorandum of understanding: a written record of shared intent between partners. It is not a
 * legally binding contract and delegates nothing, so decisions taken under it bind no one
 * (local-government partnership guidance, reported; no NHS-specific primary source was found).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class MemorandumOfUnderstanding implements Mechanism {
  MemorandumOfUnderstanding() {}

  @Override
  public MechanismKind kind() {
    return MechanismKind.MEMORANDUM_OF_UNDERSTANDING;
  }
  @Override
  public abstract List<Source> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MemorandumOfUnderstanding}; id, name, period and at least two parties are required. */
  public static final class Builder extends ImmutableMemorandumOfUnderstanding.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Mechanism.checkCommon(this);
    Checks.that(parties().size() >= 2, "memorandum of understanding '" + id() + "' needs at least two parties");
  }
}
