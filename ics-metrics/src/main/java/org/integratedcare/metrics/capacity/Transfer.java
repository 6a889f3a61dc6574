package org.integratedcare.metrics.capacity;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A route by which people move from one {@link Stage} to the next, such as from acute beds to
 * discharge to social care, optionally with its own limit (for example the number of transport
 * slots per period).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from the id of the stage people leave; not blank
 * @param to the id of the stage they move to; not blank and not {@code from}
 * @param limit people per period, not negative; empty when the route itself does not limit flow
 */
public record Transfer(String from, String to, OptionalLong limit) {
  /**
   * Checks the transfer.
   *
   * @throws IllegalArgumentException if an id is blank, the route loops to its own stage or the
   *     limit is negative
   * @throws NullPointerException if any argument is null
   */
  public Transfer {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(limit, "limit");
    if (from.isBlank() || to.isBlank()) {
      throw new IllegalArgumentException("transfer stage ids must not be blank");
    }
    if (from.equals(to)) {
      throw new IllegalArgumentException("transfer from '" + from + "' to itself");
    }
    if (limit.isPresent() && limit.getAsLong() < 0) {
      throw new IllegalArgumentException(
          "transfer " + from + " -> " + to + " limit must not be negative, was " + limit.getAsLong());
    }
  }

  /** A transfer with no limit of its own. */
  public static Transfer of(String from, String to) {
    return new Transfer(from, to, OptionalLong.empty());
  }

  /** A transfer limited to {@code limit} people per period. */
  public static Transfer limited(String from, String to, long limit) {
    return new Transfer(from, to, OptionalLong.of(limit));
  }
}
