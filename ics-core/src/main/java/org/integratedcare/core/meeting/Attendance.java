package org.integratedcare.core.meeting;

import java.util.Optional;
import org.immutables.value.Value;
import org.integratedcare.core.internal.Checks;

/**
 * One person's attendance at a {@link Meeting}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Attendance {
  Attendance() {}

  /** The id of the person. */
  public abstract String person();

  /** How they took part. */
  public abstract AttendanceKind kind();

  /** For a substitute, the id of the person whose place they took. */
  public abstract Optional<String> substituteFor();

  /**
   * An attendance without substitution.
   *
   * @param person the person's id
   * @param kind how they took part
   * @return the attendance
   * @throws IllegalArgumentException if the id is invalid or the kind is substitute
   */
  public static Attendance of(String person, AttendanceKind kind) {
    return builder().person(person).kind(kind).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Attendance}; person and kind are required. */
  public static final class Builder extends ImmutableAttendance.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("person", person());
    Checks.that((kind() == AttendanceKind.SUBSTITUTE) == substituteFor().isPresent(),
        "attendance of '" + person() + "': a substitute must say whom they replace, and only a substitute may");
    substituteFor().ifPresent(s -> Checks.id("substituteFor", s));
  }
}
