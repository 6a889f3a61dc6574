package org.integratedcare.metrics.structure;

import java.util.Objects;
import java.util.Optional;
import org.integratedcare.core.structure.Level;

/**
 * Where a function is exercised: a body, post or organisation, and the level it works at if known.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the id of the body, post or organisation
 * @param name its name (the post's title for a post)
 * @param level its level, if the model records or implies one
 */
public record ExercisePoint(String id, String name, Optional<Level> level) {
  /**
   * Checks the point.
   *
   * @throws NullPointerException if any argument is null
   */
  public ExercisePoint {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
  }

  /** Whether the point works at place or neighbourhood level. */
  public boolean isLocal() {
    return level.map(Level::isLocal).orElse(false);
  }
}
