package org.integratedcare.core.mechanism;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.Source;
import org.integratedcare.core.internal.Checks;

/**
 * A joint venture: contractual (a partnership agreement whose "board" exists only under the
 * contract) or corporate (a company the parties own). Its legal effect beyond that is not
 * established by any published source found (unconfirmed), so the governance module treats it as
 * delegating no statutory function.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class JointVenture implements Mechanism {
  JointVenture() {}

  @Override
  public MechanismKind kind() {
    return MechanismKind.JOINT_VENTURE;
  }
  /** Whether the venture exists only under contract or as a company. */
  public abstract JointVentureForm form();

  /** The id of the organisation that hosts it (gives it legal personality), if any. */
  public abstract Optional<String> host();

  @Override
  public abstract List<Source> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link JointVenture}; id, name, form, period and at least two parties are required. */
  public static final class Builder extends ImmutableJointVenture.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Mechanism.checkCommon(this);
    host().ifPresent(h -> Checks.id("host", h));
    Checks.that(parties().size() >= 2, "joint venture '" + id() + "' needs at least two parties");
  }
}
