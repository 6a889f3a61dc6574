package org.integratedcare.core.structure;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.Source;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.internal.Checks;
import org.integratedcare.core.time.DateRange;

/**
 * An integrated care partnership: the joint committee set up by an ICB and each responsible local
 * authority whose area coincides with, or falls wholly or partly within, the ICB's area (LGPIHA
 * 2007 s.116ZA(1), https://www.legislation.gov.uk/ukpga/2007/28/section/116ZA).
 *
 * <p>Its members are one appointed by the ICB, one appointed by each responsible local authority,
 * and any others the partnership appoints (s.116ZA(2)); those members are {@linkplain Appointment
 * appointments} to {@linkplain Post posts} of its {@linkplain #body() body}. The Health Bill 2026
 * proposes removing the requirement to set up ICPs (status: bill).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Icp implements Structure {
  Icp() {}

  @Override
  public abstract String id();

  /** The partnership's name. */
  public abstract String name();

  /** The id of the ICB organisation that set it up. */
  public abstract String icb();

  /** The ids of the responsible local authorities that set it up with the ICB. */
  public abstract Set<String> responsibleLocalAuthorities();

  /** The ids of other organisations taking part (VCSE, Healthwatch, providers). */
  public abstract Set<String> otherMembers();

  /** The id of the joint committee {@link Body} through which it meets, if recorded. */
  public abstract Optional<String> body();

  @Override
  public abstract DateRange period();

  @Override
  public abstract List<Source> sources();

  @Override
  public StructureKind structureKind() {
    return StructureKind.INTEGRATED_CARE_PARTNERSHIP;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Icp}; id, name, icb and period are required. */
  public static final class Builder extends ImmutableIcp.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("ICP id", id());
    Checks.text("ICP name", name());
    Checks.id("icb", icb());
    Checks.ids("responsible local authority", responsibleLocalAuthorities());
    Checks.ids("member", otherMembers());
    body().ifPresent(b -> Checks.id("body", b));
  }
}
