package org.integratedcare.core.mechanism;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.Source;
import org.integratedcare.core.internal.Checks;

/**
 * Joint posts and appointments: one person or team holding posts in several organisations, as when
 * clustered ICBs shared a chair and chief executive in 2025-26 (written ministerial statement of 9
 * September 2025 on ICB clustering; reported).
 * The posts stay posts of separate bodies; the mechanism binds no one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class JointAppointment implements Mechanism {
  JointAppointment() {}

  @Override
  public MechanismKind kind() {
    return MechanismKind.JOINT_POSTS;
  }
  /** The ids of the posts held jointly, one in each organisation (for example a chair shared by clustered ICBs). */
  public abstract Set<String> posts();

  @Override
  public abstract List<Source> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link JointAppointment}; id, name, period and at least one post are required. */
  public static final class Builder extends ImmutableJointAppointment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Mechanism.checkCommon(this);
    Checks.that(!posts().isEmpty(), "joint appointment '" + id() + "' must name at least one post");
    Checks.ids("post", posts());
  }
}
