package org.integratedcare.core.mechanism;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.Source;
import org.integratedcare.core.internal.Checks;

/**
 * An informal caucus of one group across the system's organisations: non-executives, lay members,
 * cabinet members (NHS Confederation, <i>Non-executive directors and ICSs</i>, on system NED
 * networks; the term "caucusing" is from Peter Allanson, <i>Whose system is it anyway?</i>, Good
 * Governance Institute, 2020, and was not found in other published sources). It binds no one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Caucus implements Mechanism {
  Caucus() {}

  @Override
  public MechanismKind kind() {
    return MechanismKind.CAUCUSING;
  }
  /** Whose caucus it is. */
  public abstract CaucusGroup group();

  /** The ids of the people who take part, if recorded. */
  public abstract Set<String> participants();

  @Override
  public abstract List<Source> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Caucus}; id, name, group and period are required. */
  public static final class Builder extends ImmutableCaucus.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Mechanism.checkCommon(this);
    Checks.ids("participant", participants());
  }
}
