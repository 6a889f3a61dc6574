package org.integratedcare.core.mechanism;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.Source;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.internal.Checks;

/**
 * A joint committee of two or more organisations (NHS Act 2006 s.65Z6 for relevant bodies). It binds
 * each party only for the functions that party has made joint, which are recorded as {@linkplain
 * Delegation delegations} from the party to the committee {@linkplain #body() body} (NHS Act 2006
 * s.65Z6, https://www.legislation.gov.uk/ukpga/2006/41/section/65Z6).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class JointCommittee implements Mechanism {
  JointCommittee() {}

  @Override
  public MechanismKind kind() {
    return MechanismKind.JOINT_COMMITTEE;
  }
  /** The id of the joint committee {@link Body}. */
  public abstract String body();

  @Override
  public abstract List<Source> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link JointCommittee}; id, name, body and period are required. */
  public static final class Builder extends ImmutableJointCommittee.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Mechanism.checkCommon(this);
    Checks.id("body", body());
  }
}
