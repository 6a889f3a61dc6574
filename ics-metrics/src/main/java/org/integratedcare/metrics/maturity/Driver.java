package org.integratedcare.metrics.maturity;

import java.util.Objects;

/**
 * One evidence item's part in a {@link ThemeRating}: the item and the share of the theme's total
 * weight it carries.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param evidence the evidence item, not null
 * @param share its weight divided by the theme's total weight, in (0, 1]
 */
public record Driver(Evidence evidence, double share) {
  /**
   * Checks the driver.
   *
   * @throws NullPointerException if the evidence is null
   */
  public Driver {
    Objects.requireNonNull(evidence, "evidence");
  }
}
