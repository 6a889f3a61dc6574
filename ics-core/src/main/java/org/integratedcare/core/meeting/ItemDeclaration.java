package org.integratedcare.core.meeting;

import java.util.Optional;
import org.immutables.value.Value;
import org.integratedcare.core.body.ConflictType;
import org.integratedcare.core.internal.Checks;

/**
 * An interest declared on one agenda item, and how the conflict was managed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ItemDeclaration {
  ItemDeclaration() {}

  /** The id of the person declaring. */
  public abstract String person();

  /** Whether the conflict is actual, potential or perceived. */
  public abstract ConflictType conflict();

  /** What the interest is, if minuted. */
  public abstract Optional<String> description();

  /** How the conflict was managed, or empty if the record does not say. */
  public abstract Optional<ConflictManagement> management();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ItemDeclaration}; person and conflict are required. */
  public static final class Builder extends ImmutableItemDeclaration.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("person", person());
    description().ifPresent(d -> Checks.text("description", d));
  }
}
