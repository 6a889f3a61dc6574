package org.integratedcare.core.body;

import java.util.Optional;
import org.immutables.value.Value;
import org.integratedcare.core.internal.Checks;
import org.integratedcare.core.time.DateRange;

/**
 * An interest a person has declared on the register: what it is, whether actual, potential or
 * perceived, the organisation it concerns, and when it held.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Declaration {
  Declaration() {}

  /** What the interest is. */
  public abstract String description();

  /** Whether the conflict is actual, potential or perceived. */
  public abstract ConflictType conflict();

  /** The id of the organisation the interest concerns, if any. */
  public abstract Optional<String> organisation();

  /** When the interest held. */
  public abstract DateRange period();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Declaration}; description, conflict and period are required. */
  public static final class Builder extends ImmutableDeclaration.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.text("declaration description", description());
    organisation().ifPresent(o -> Checks.id("organisation", o));
  }
}
