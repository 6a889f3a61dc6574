package org.integratedcare.metrics.maturity;

/**
 * A theme of a {@link MaturityFramework}, such as "organising around a shared purpose".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the theme's id, unique in its framework; not blank
 * @param name the theme's name; not blank
 * @param description what the theme looks for; not blank
 */
public record Theme(String id, String name, String description) {
  /**
   * Checks the theme.
   *
   * @throws IllegalArgumentException if any argument is null or blank
   */
  public Theme {
    Frameworks.requireText("theme id", id);
    Frameworks.requireText("theme name", name);
    Frameworks.requireText("theme description", description);
  }
}
