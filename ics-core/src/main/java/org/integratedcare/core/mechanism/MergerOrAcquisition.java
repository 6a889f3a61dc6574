package org.integratedcare.core.mechanism;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.Source;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.internal.Checks;

/**
 * A merger or acquisition as the most formal way of working together: it records the {@linkplain
 * ChangeEvent change event} that combined the parties (NHS Act 2006 ss.56 and 56A for foundation
 * trusts, https://www.legislation.gov.uk/ukpga/2006/41/section/56 and
 * https://www.legislation.gov.uk/ukpga/2006/41/section/56A).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class MergerOrAcquisition implements Mechanism {
  MergerOrAcquisition() {}

  @Override
  public MechanismKind kind() {
    return MechanismKind.MERGER_OR_ACQUISITION;
  }
  /** The id of the {@link ChangeEvent} (merger or acquisition) that the mechanism records. */
  public abstract String changeEvent();

  @Override
  public abstract List<Source> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MergerOrAcquisition}; id, name, changeEvent and period are required. */
  public static final class Builder extends ImmutableMergerOrAcquisition.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Mechanism.checkCommon(this);
    Checks.id("changeEvent", changeEvent());
  }
}
