package org.integratedcare.core.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.integratedcare.core.Identified;
import org.integratedcare.core.Source;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.internal.Checks;

/**
 * A meeting of a {@link Body} on a date: who attended and how, who presided, and the items taken.
 *
 * <p>Whether the meeting was quorate is judged from the {@linkplain Appointment appointments} in
 * force on its date, by the governance rules.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Meeting implements Identified {
  Meeting() {}

  @Override
  public abstract String id();

  /** The id of the body that met. */
  public abstract String body();

  /** The date of the meeting. */
  public abstract LocalDate date();

  /** Who took part and how. */
  public abstract List<Attendance> attendance();

  /** The items taken. */
  public abstract List<AgendaItem> items();

  /** The id of the person who presided (chaired the meeting), if recorded. */
  public abstract Optional<String> chairedBy();

  @Override
  public abstract List<Source> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Meeting}; id, body and date are required. */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("meeting id", id());
    Checks.id("body", body());
    chairedBy().ifPresent(c -> Checks.id("chairedBy", c));
    Checks.that(attendance().stream().map(Attendance::person).distinct().count() == attendance().size(),
        "meeting '" + id() + "' records the attendance of one person more than once");
  }
}
