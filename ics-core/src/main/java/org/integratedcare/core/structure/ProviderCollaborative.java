package org.integratedcare.core.structure;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.Source;
import org.integratedcare.core.internal.Checks;
import org.integratedcare.core.mechanism.Mechanism;
import org.integratedcare.core.time.DateRange;

/**
 * A provider collaborative: a partnership of at least two trusts working at scale across several
 * places with a shared purpose and effective decision-making (NHS England and NHS Improvement,
 * <i>Working together at scale: guidance on provider collaboratives</i>, August 2021). Every trust
 * providing acute or mental health services is
 * expected to belong to one.
 *
 * <p>Its decisions bind its members only through its {@linkplain #mechanism() governance
 * mechanism} (a joint committee, committees in common, a lead-provider contract, or an informal
 * forum). The "at least two trusts" expectation is guidance and is checked by a rule, not here.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ProviderCollaborative implements Structure {
  ProviderCollaborative() {}

  @Override
  public abstract String id();

  /** The collaborative's name. */
  public abstract String name();

  /** What services it brings together. */
  public abstract CollaborativeType type();

  /** Whether its members provide like services (horizontal) or a pathway (vertical). */
  public abstract CollaborativeOrientation orientation();

  /** The ids of the member organisations. */
  public abstract Set<String> members();

  /** The id of the lead provider, if it has one; it must be a member. */
  public abstract Optional<String> leadProvider();

  /** The id of the governance {@link Mechanism} through which it decides, if recorded. */
  public abstract Optional<String> mechanism();

  @Override
  public abstract DateRange period();

  @Override
  public abstract List<Source> sources();

  @Override
  public StructureKind structureKind() {
    return StructureKind.PROVIDER_COLLABORATIVE;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProviderCollaborative}; id, name, type, orientation and period are required. */
  public static final class Builder extends ImmutableProviderCollaborative.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("provider collaborative id", id());
    Checks.text("provider collaborative name", name());
    Checks.ids("member", members());
    leadProvider().ifPresent(l -> {
      Checks.id("leadProvider", l);
      Checks.that(members().contains(l),
          "lead provider '" + l + "' of provider collaborative '" + id() + "' is not a member");
    });
    mechanism().ifPresent(m -> Checks.id("mechanism", m));
  }
}
