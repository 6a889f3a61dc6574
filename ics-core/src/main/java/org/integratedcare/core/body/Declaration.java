package org.integratedcare.core.body;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.integratedcare.core.internal.Checks;
import org.integratedcare.core.time.DateRange;

/**
 * An interest a person has declared on the register of interests: what it is, the organisation it
 * concerns, and when it held; and, where the register records them, its type, whether it was
 * assessed as an actual, potential or perceived conflict, the action taken to manage it and the day
 * it was declared.
 *
 * <p>An entry on a register is an interest, not a conflict: registers as ICBs publish them, in the
 * form NHS England's <i>Managing conflicts of interest in the NHS</i> describes, give the type of
 * interest and the action taken, and whether the interest is an actual, potential or perceived
 * conflict is judged against a decision. So {@link #conflict()} is empty unless the model records
 * such an assessment.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Declaration {
  Declaration() {}

  /** What the interest is. */
  public abstract String description();

  /**
   * Whether the interest was assessed as an actual, potential or perceived conflict, if that is
   * recorded; empty means not assessed (or not recorded), never "no conflict".
   */
  public abstract Optional<ConflictType> conflict();

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

  /** Builds a {@link Declaration}; description and period are required. */
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
