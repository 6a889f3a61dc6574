package org.integratedcare.core.mechanism;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.Source;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.internal.Checks;

/**
 * A formal delegation: a mechanism made of one or more {@linkplain Delegation delegations}, such as
 * the delegation of primary care commissioning from NHS England to ICBs (NHS England,
 * https://www.england.nhs.uk/commissioning/primary-care/primary-care-comm/delegation-of-primary-medical-pharmaceutical-ophthalmic-and-dental-functions).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class FormalDelegation implements Mechanism {
  FormalDelegation() {}

  @Override
  public MechanismKind kind() {
    return MechanismKind.FORMAL_DELEGATION;
  }
  /** The ids of the {@linkplain Delegation delegations} the mechanism consists of; at least one. */
  public abstract Set<String> delegations();

  @Override
  public abstract List<Source> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FormalDelegation}; id, name, period and at least one delegation are required. */
  public static final class Builder extends ImmutableFormalDelegation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Mechanism.checkCommon(this);
    Checks.that(!delegations().isEmpty(), "formal delegation '" + id() + "' must name at least one delegation");
    Checks.ids("delegation", delegations());
  }
}
