package org.integratedcare.metrics.maturity;

import java.util.Objects;

/**
 * One piece of evidence about a theme: the stage or range of stages it indicates, how much weight
 * it carries, where it comes from and what it says.
 *
 * <p>A range expresses uncertainty in the evidence itself: an item that suggests "developing or
 * maturing" spreads its weight evenly over both stages.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param theme the theme id, not blank
 * @param stageFrom the lowest stage id indicated, not blank
 * @param stageTo the highest stage id indicated, not blank; equal to {@code stageFrom} for one stage
 * @param weight how much the item counts, finite and positive (a relative weight: only ratios matter)
 * @param source where it comes from, such as a board paper or survey; not blank
 * @param description what it shows, not blank
 * @param origin whether it was derived from the model or supplied by a user, not null
 */
public record Evidence(
    String theme,
    String stageFrom,
    String stageTo,
    double weight,
    String source,
    String description,
    Origin origin) {

  /** Where an evidence item comes from. */
  public enum Origin {
    /** Derived from the model by a framework's {@link ModelSignalRule}. */
    MODEL,
    /** Supplied by a user. */
    USER
  }

  /**
   * Checks the item.
   *
   * @throws IllegalArgumentException if a text is null or blank or the weight is not finite and
   *     positive
   * @throws NullPointerException if the origin is null
   */
  public Evidence {
    Frameworks.requireText("evidence theme", theme);
    Frameworks.requireText("evidence stageFrom", stageFrom);
    Frameworks.requireText("evidence stageTo", stageTo);
    Frameworks.requireText("evidence source", source);
    Frameworks.requireText("evidence description", description);
    Objects.requireNonNull(origin, "origin");
    if (!(weight > 0) || !Double.isFinite(weight)) {
      throw new IllegalArgumentException("evidence weight must be finite and positive, was " + weight);
    }
  }

  /**
   * A user's evidence indicating one stage.
   *
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static Evidence of(String theme, String stage, double weight, String source, String description) {
    return new Evidence(theme, stage, stage, weight, source, description, Origin.USER);
  }

  /**
   * A user's evidence indicating a range of stages.
   *
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static Evidence ofRange(String theme, String stageFrom, String stageTo, double weight, String source,
      String description) {
    return new Evidence(theme, stageFrom, stageTo, weight, source, description, Origin.USER);
  }
}
