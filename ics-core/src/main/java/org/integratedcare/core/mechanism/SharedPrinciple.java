package org.integratedcare.core.mechanism;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.Source;
import org.integratedcare.core.internal.Checks;

/**
 * An informal mechanism agreed between partners as a principle: joint values and intent, open
 * information sharing, or subsidiarity (decisions as close to communities as possible). GGI counts
 * these among the informal foundations without which committees alone do not make a system work
 * (Peter Allanson, <i>Whose system is it anyway?</i>, Good Governance Institute, 2020). It binds no
 * one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class SharedPrinciple implements Mechanism {
  SharedPrinciple() {}

  /** Which principle: joint values and intent, open information sharing, or subsidiarity. */
  @Override
  public abstract MechanismKind kind();

  /** The principle as the partners wrote it down. */
  public abstract String statement();

  @Override
  public abstract List<Source> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SharedPrinciple}; id, name, kind, statement and period are required. */
  public static final class Builder extends ImmutableSharedPrinciple.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Mechanism.checkCommon(this);
    Checks.that(kind() == MechanismKind.JOINT_VALUES_AND_INTENT
        || kind() == MechanismKind.OPEN_INFORMATION_SHARING
        || kind() == MechanismKind.SUBSIDIARITY,
        "shared principle '" + id() + "' must be joint-values-and-intent, open-information-sharing or subsidiarity, not " + kind().typeName());
    Checks.text("statement", statement());
  }
}
