package org.integratedcare.metrics.capacity;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A stage of a {@link CarePathway}: a service that people pass through, such as the emergency
 * department, acute beds, discharge to social care or community services, with the most people it
 * can take per period.
 *
 * <p>Capacities are whole numbers of people per period (choose a period, such as a week, that makes
 * them whole); they are exact, with no rounding. An empty capacity means the stage does not limit
 * flow.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stage's id within its pathway; not blank
 * @param name the stage's name; not blank
 * @param capacity people per period, not negative; empty for unlimited
 */
public record Stage(String id, String name, OptionalLong capacity) {
  /**
   * Checks the stage.
   *
   * @throws IllegalArgumentException if the id or name is blank or the capacity is negative
   * @throws NullPointerException if any argument is null
   */
  public Stage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(capacity, "capacity");
    if (id.isBlank()) {
      throw new IllegalArgumentException("stage id must not be blank");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("stage '" + id + "' name must not be blank");
    }
    if (capacity.isPresent() && capacity.getAsLong() < 0) {
      throw new IllegalArgumentException(
          "stage '" + id + "' capacity must not be negative, was " + capacity.getAsLong());
    }
  }

  /**
   * A stage with a limited capacity.
   *
   * @param id the id, not blank
   * @param name the name, not blank
   * @param capacity people per period, not negative
   * @return the stage
   * @throws IllegalArgumentException if the id or name is blank or the capacity is negative
   */
  public static Stage of(String id, String name, long capacity) {
    return new Stage(id, name, OptionalLong.of(capacity));
  }

  /**
   * A stage that does not limit flow.
   *
   * @param id the id, not blank
   * @param name the name, not blank
   * @return the stage
   * @throws IllegalArgumentException if the id or name is blank
   */
  public static Stage unlimited(String id, String name) {
    return new Stage(id, name, OptionalLong.empty());
  }

  /**
   * A copy of this stage with {@code additional} more capacity; an unlimited stage stays unlimited.
   *
   * @param additional people per period to add, not negative
   * @return the enlarged stage
   * @throws IllegalArgumentException if {@code additional} is negative
   * @throws ArithmeticException if the capacity would overflow a {@code long}
   */
  public Stage withAdditionalCapacity(long additional) {
    if (additional < 0) {
      throw new IllegalArgumentException("additional capacity must not be negative, was " + additional);
    }
    if (capacity.isEmpty()) {
      return this;
    }
    return new Stage(id, name, OptionalLong.of(Math.addExact(capacity.getAsLong(), additional)));
  }
}
