package org.integratedcare.metrics.maturity;

import java.util.Objects;

/**
 * A framework's rule that a {@link ModelSignal}, when present, is evidence for a theme at a stage
 * or range of stages, with a weight.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param signal the signal, not null
 * @param theme the theme id, not blank
 * @param stageFrom the lowest stage id indicated, not blank
 * @param stageTo the highest stage id indicated, not blank (equal to {@code stageFrom} for one stage)
 * @param weight the evidence weight, finite and positive
 */
public record ModelSignalRule(ModelSignal signal, String theme, String stageFrom, String stageTo, double weight) {
  /**
   * Checks the rule.
   *
   * @throws NullPointerException if the signal is null
   * @throws IllegalArgumentException if an id is blank or the weight is not finite and positive
   */
  public ModelSignalRule {
    Objects.requireNonNull(signal, "signal");
    Frameworks.requireText("rule theme", theme);
    Frameworks.requireText("rule stageFrom", stageFrom);
    Frameworks.requireText("rule stageTo", stageTo);
    if (!(weight > 0) || !Double.isFinite(weight)) {
      throw new IllegalArgumentException("rule weight must be finite and positive, was " + weight);
    }
  }
}
