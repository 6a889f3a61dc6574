package org.integratedcare.core.body;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.integratedcare.core.internal.Checks;
import org.integratedcare.core.time.DateRange;

/**
 * An interest a person has declared on the register: what it is, whether actual, potential or
 * perceived, the organisation it concerns, and when it held; and, where the register records them,
 * its type, the action taken to manage it and the day it was declared.
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

  /**
   * The type of the interest (financial, non-financial professional, non-financial personal or
   * indirect), if the register records it.
   */
  public abstract Optional<InterestType> interestType();

  /** The action taken to manage the interest, in the register's words, if recorded. */
  public abstract Optional<String> actionTaken();

  /** The day the interest was declared, if recorded. */
  public abstract Optional<LocalDate> declaredOn();

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
    actionTaken().ifPresent(a -> Checks.text("declaration action taken", a));
  }
}
