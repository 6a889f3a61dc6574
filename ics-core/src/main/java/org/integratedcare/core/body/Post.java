package org.integratedcare.core.body;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.integratedcare.core.ModelElement;
import org.integratedcare.core.Source;
import org.integratedcare.core.internal.Checks;
import org.integratedcare.core.time.DateRange;

/**
 * A seat on a {@link Body}: it exists while vacant, and people hold it through dated {@linkplain
 * Appointment appointments} (the post/appointment/person distinction of Popolo and W3C ORG).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Post implements ModelElement {
  Post() {}

  @Override
  public abstract String id();

  /** The id of the body the seat is on. */
  public abstract String body();

  /** The seat's title as the body uses it, such as "Partner member (local authorities)". */
  public abstract String title();

  /** What the seat is for. */
  public abstract PostRole role();

  /**
   * The id of the {@link org.integratedcare.core.structure.Place place} the seat represents, for a
   * place member of a board or committee, if recorded.
   */
  public abstract Optional<String> place();

  /** Whether the holder votes; true unless stated. */
  @Value.Default
  public boolean voting() {
    return true;
  }

  /** Whether the seat is held by virtue of another office (ex officio) rather than by appointment. */
  @Value.Default
  public boolean exOfficio() {
    return false;
  }

  /** How many people may hold the seat at once; 1 unless stated. */
  @Value.Default
  public int seats() {
    return 1;
  }

  @Override
  public abstract DateRange period();

  @Override
  public abstract List<Source> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Post}; id, body, title, role and period are required. */
  public static final class Builder extends ImmutablePost.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("post id", id());
    Checks.id("body", body());
    Checks.text("post title", title());
    place().ifPresent(p -> Checks.id("place", p));
    Checks.that(seats() >= 1, "post '" + id() + "' must have at least 1 seat, was " + seats());
  }
}
