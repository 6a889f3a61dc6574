package org.integratedcare.core.body;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.ModelElement;
import org.integratedcare.core.Source;
import org.integratedcare.core.internal.Checks;
import org.integratedcare.core.structure.Level;
import org.integratedcare.core.structure.Place;
import org.integratedcare.core.time.DateRange;

/**
 * A body where decisions are taken: a unitary board, a committee, a joint committee, a
 * partnership board or an advisory forum.
 *
 * <p>A body belongs to one or more {@linkplain #organisations() organisations}: a committee to
 * its organisation, a joint committee to each of its parties. A committee or sub-committee names
 * its {@linkplain #parent() parent} body. Its seats are {@linkplain Post posts}; who sits in them,
 * {@linkplain Appointment appointments}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Body implements ModelElement {
  Body() {}

  @Override
  public abstract String id();

  /** The body's name. */
  public abstract String name();

  /** What kind of body it is. */
  public abstract BodyKind kind();

  /** The ids of the organisations the body belongs to; at least one. */
  public abstract Set<String> organisations();

  /** The id of the body this one is a committee of, if any. */
  public abstract Optional<String> parent();

  /** The level at which it works, if recorded. */
  public abstract Optional<Level> level();

  /** The id of the {@link Place} it serves, for place-level bodies. */
  public abstract Optional<String> place();

  /** Its terms of reference, if recorded. */
  public abstract Optional<TermsOfReference> termsOfReference();

  /**
   * The ids of the functions reserved to this body, as a scheme of reservation and delegation
   * lists the matters reserved to the board: decisions on them belong to this body alone, and no
   * delegation by it, or by a committee below it, passes them on. Empty if none are recorded.
   */
  public abstract Set<String> reservedFunctions();

  @Override
  public abstract DateRange period();

  @Override
  public abstract List<Source> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Body}; id, name, kind, period and at least one organisation are required. */
  public static final class Builder extends ImmutableBody.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("body id", id());
    Checks.text("body name", name());
    Checks.that(!organisations().isEmpty(), "body '" + id() + "' must belong to at least one organisation");
    Checks.ids("organisation", organisations());
    parent().ifPresent(p -> {
      Checks.id("parent", p);
      Checks.that(!p.equals(id()), "body '" + id() + "' cannot be its own parent");
    });
    place().ifPresent(p -> Checks.id("place", p));
  }
}
