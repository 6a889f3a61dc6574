package org.integratedcare.core.meeting;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.integratedcare.core.internal.Checks;

/**
 * One item of a {@link Meeting}: its number and title, the interests declared on it, and the
 * decision taken, if any.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AgendaItem {
  AgendaItem() {}

  /** The item's number as minuted, such as "7.2". */
  public abstract String number();

  /** The item's title. */
  public abstract String title();

  /** Interests declared on the item. */
  public abstract List<ItemDeclaration> declarations();

  /** The decision taken, if the item was for decision. */
  public abstract Optional<Decision> decision();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgendaItem}; number and title are required. */
  public static final class Builder extends ImmutableAgendaItem.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.text("item number", number());
    Checks.text("item title", title());
  }
}
