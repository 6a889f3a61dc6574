package org.integratedcare.core.body;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.ModelElement;
import org.integratedcare.core.Source;
import org.integratedcare.core.internal.Checks;
import org.integratedcare.core.time.DateRange;

/**
 * A person holding a {@link Post} for a period: who appointed, who nominated and who approved
 * them, the term of office, and any designations.
 *
 * <p>The {@linkplain #period() period} is when the person actually served; the {@linkplain
 * #termEnds() term} is when the appointment was due to end. A person still serving after the
 * term has ended is {@linkplain #isServingBeyondTerm(LocalDate) serving beyond term}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Appointment implements ModelElement {
  Appointment() {}

  @Override
  public abstract String id();

  /** The id of the post held. */
  public abstract String post();

  /** The id of the person holding it. */
  public abstract String person();

  /** The id of the organisation that appointed, if recorded. */
  public abstract Optional<String> appointedBy();

  /** The ids of the organisations that nominated the person (for example the trusts of the area). */
  public abstract Set<String> nominatedBy();

  /** The id of the organisation that approved the appointment, if one had to. */
  public abstract Optional<String> approvedBy();

  /** The last day of the term of office, if fixed. */
  public abstract Optional<LocalDate> termEnds();

  /** Extra responsibilities carried, such as deputy chair. */
  public abstract Set<Designation> designations();

  /**
   * In what capacity the post is held (substantive, interim or acting), if recorded. Empty means
   * not recorded, not substantive.
   */
  public abstract Optional<Capacity> capacity();

  /** Whether the appointment is recorded as {@linkplain Capacity#ACTING acting} in the post. */
  public boolean isActing() {
    return capacity().orElse(null) == Capacity.ACTING;
  }

  @Override
  public abstract DateRange period();

  @Override
  public abstract List<Source> sources();

  /** Whether, on {@code date}, the person serves although the term of office has ended. */
  public boolean isServingBeyondTerm(LocalDate date) {
    return inForceOn(date) && termEnds().map(date::isAfter).orElse(false);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Appointment}; id, post, person and period are required. */
  public static final class Builder extends ImmutableAppointment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("appointment id", id());
    Checks.id("post", post());
    Checks.id("person", person());
    appointedBy().ifPresent(a -> Checks.id("appointedBy", a));
    Checks.ids("nominatedBy", nominatedBy());
    approvedBy().ifPresent(a -> Checks.id("approvedBy", a));
    termEnds().ifPresent(t -> Checks.that(!t.isBefore(period().start()),
        "appointment '" + id() + "' term ends (" + t + ") before it starts (" + period().start() + ")"));
  }
}
