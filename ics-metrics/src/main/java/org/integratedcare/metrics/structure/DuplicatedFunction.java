package org.integratedcare.metrics.structure;

import java.util.List;
import java.util.Objects;

/**
 * A function that more than one body holds binding authority for over the same population, for
 * {@link Duplication}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param function the function's id
 * @param name the function's name
 * @param bodies the ids of the bodies whose populations overlap another's, in model order
 * @param sharedUnits the population units served by more than one of them, sorted
 */
public record DuplicatedFunction(String function, String name, List<String> bodies, List<String> sharedUnits) {
  /**
   * Checks and copies the value.
   *
   * @throws NullPointerException if any argument is null
   */
  public DuplicatedFunction {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(name, "name");
    bodies = List.copyOf(bodies);
    sharedUnits = List.copyOf(sharedUnits);
  }
}
