package org.integratedcare.metrics.maturity;

/**
 * A stage of a {@link MaturityFramework}, such as "developing".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stage's id, unique in its framework; not blank
 * @param name the stage's name; not blank
 */
public record MaturityStage(String id, String name) {
  /**
   * Checks the stage.
   *
   * @throws IllegalArgumentException if the id or name is null or blank
   */
  public MaturityStage {
    Frameworks.requireText("stage id", id);
    Frameworks.requireText("stage name", name);
  }
}
