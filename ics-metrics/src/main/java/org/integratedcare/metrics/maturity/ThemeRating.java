package org.integratedcare.metrics.maturity;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The rating of one theme: a fuzzy membership over the stages, the stage it points to, the range
 * the evidence spans, and the evidence that drove it. See {@link MaturityAssessment} for the
 * method.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param theme the theme id
 * @param name the theme's name
 * @param evidenceCount how many items bear on the theme
 * @param totalWeight the sum of their weights
 * @param membership each stage's degree of membership in [0, 1], in stage order, summing to 1
 *     (all 0 when there is no evidence)
 * @param centroid the membership-weighted mean stage position (0 for the lowest); empty when unrated
 * @param stage the stage nearest the centroid (ties go to the lower stage); empty when unrated
 * @param lowest the lowest stage with membership above 0; empty when unrated
 * @param highest the highest stage with membership above 0; empty when unrated
 * @param spread the membership-weighted standard deviation of stage position; empty when unrated
 * @param drivers the evidence items, largest share first
 * @param explanation the rating in words
 */
public record ThemeRating(
    String theme,
    String name,
    int evidenceCount,
    double totalWeight,
    Map<String, Double> membership,
    OptionalDouble centroid,
    Optional<String> stage,
    Optional<String> lowest,
    Optional<String> highest,
    OptionalDouble spread,
    List<Driver> drivers,
    String explanation) {

  /**
   * Checks and copies the rating; the membership map keeps its iteration order.
   *
   * @throws NullPointerException if any reference argument is null
   */
  public ThemeRating {
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(name, "name");
    membership = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(membership));
    Objects.requireNonNull(centroid, "centroid");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(lowest, "lowest");
    Objects.requireNonNull(highest, "highest");
    Objects.requireNonNull(spread, "spread");
    drivers = List.copyOf(drivers);
    Objects.requireNonNull(explanation, "explanation");
  }

  /** Whether any evidence bears on the theme. */
  public boolean isRated() {
    return centroid.isPresent();
  }
}
