package org.integratedcare.metrics.maturity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.integratedcare.core.ModelView;

/**
 * A maturity assessment: each theme of a {@link MaturityFramework} rated from evidence, with its
 * uncertainty and an explanation.
 *
 * <p><b>Combination method.</b> For a theme, let its evidence items be i = 1..n, item i indicating
 * the stages at positions a<sub>i</sub>..b<sub>i</sub> (0 for the lowest stage) with weight
 * w<sub>i</sub> &gt; 0, and W = Σ w<sub>i</sub>.
 * <ol>
 *   <li>Each item spreads its weight evenly over the stages it indicates. The <b>membership</b> of
 *       stage j is μ(j) = (1/W) × the sum, over the items i with a<sub>i</sub> ≤ j ≤ b<sub>i</sub>,
 *       of w<sub>i</sub> / (b<sub>i</sub> − a<sub>i</sub> + 1). It is a fuzzy membership over the
 *       stages that sums to 1: disagreement between items and items that indicate a range both show
 *       as membership spread over several stages.
 *   <li>The <b>centroid</b> c = Σ<sub>j</sub> j·μ(j) (centre-of-gravity defuzzification).
 *   <li>The <b>rated stage</b> is the stage nearest the centroid; a centroid exactly half-way
 *       between two stages rates the lower one, so that a tie never overstates maturity.
 *   <li>The <b>range</b> runs from the lowest to the highest stage with μ(j) &gt; 0, and the
 *       <b>spread</b> is √(Σ<sub>j</sub> μ(j)(j − c)²).
 *   <li>The <b>drivers</b> are the items ordered by their share w<sub>i</sub>/W, largest first
 *       (ties in input order); the explanation names the largest.
 * </ol>
 * A theme with no evidence is <i>unrated</i>: all memberships 0 and no stage, never a guess. The
 * <b>overall centroid</b> is the mean of the rated themes' centroids. Weights are relative: only
 * their ratios within a theme matter.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param framework the framework's id
 * @param frameworkName the framework's name
 * @param frameworkStatus the framework's note on how firm its content is, if any
 * @param stages the stage ids, lowest first
 * @param themes one rating per theme, in the framework's order
 * @param overallCentroid the mean centroid of the rated themes; empty if none is rated
 */
public record MaturityAssessment(
    String framework,
    String frameworkName,
    Optional<String> frameworkStatus,
    List<String> stages,
    List<ThemeRating> themes,
    OptionalDouble overallCentroid) {

  /**
   * Checks and copies the assessment.
   *
   * @throws NullPointerException if any argument is null
   */
  public MaturityAssessment {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(frameworkName, "frameworkName");
    Objects.requireNonNull(frameworkStatus, "frameworkStatus");
    stages = List.copyOf(stages);
    themes = List.copyOf(themes);
    Objects.requireNonNull(overallCentroid, "overallCentroid");
  }

  /**
   * The rating of one theme.
   *
   * @param themeId the theme id, not null
   * @return the rating
   * @throws IllegalArgumentException if the framework has no such theme
   */
  public ThemeRating theme(String themeId) {
    return themes.stream().filter(t -> t.theme().equals(themeId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no theme '" + themeId + "' in framework '" + framework + "'"));
  }

  /**
   * Assesses a model on a date with the model's own evidence and the user's.
   *
   * @param framework the framework, not null
   * @param view the model on a date, not null
   * @param userEvidence the user's evidence, not null (may be empty)
   * @return the assessment
   * @throws IllegalArgumentException if any user evidence names an unknown theme or stage; every
   *     such problem is listed with its index
   */
  public static MaturityAssessment assess(MaturityFramework framework, ModelView view, List<Evidence> userEvidence) {
    List<Evidence> all = new ArrayList<>(ModelEvidence.derive(view, framework));
    all.addAll(Objects.requireNonNull(userEvidence, "userEvidence"));
    return assess(framework, all);
  }

  /**
   * Assesses evidence against a framework by the method described above.
   *
   * @param framework the framework, not null
   * @param evidence the evidence, not null (may be empty)
   * @return the assessment
   * @throws IllegalArgumentException if any item names an unknown theme or stage, or a range whose
   *     lowest stage is above its highest; every problem is listed with the item's index
   */
  public static MaturityAssessment assess(MaturityFramework framework, List<Evidence> evidence) {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(evidence, "evidence");
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = Objects.requireNonNull(evidence.get(i), "evidence[" + i + "]");
      if (framework.theme(e.theme()).isEmpty()) {
        problems.add("evidence[" + i + "].theme: no theme '" + e.theme() + "' in framework '" + framework.id() + "'");
      }
      Optional<Integer> a = framework.stageIndex(e.stageFrom());
      Optional<Integer> b = framework.stageIndex(e.stageTo());
      if (a.isEmpty()) {
        problems.add("evidence[" + i + "].stageFrom: no stage '" + e.stageFrom() + "'");
      }
      if (b.isEmpty()) {
        problems.add("evidence[" + i + "].stageTo: no stage '" + e.stageTo() + "'");
      }
      if (a.isPresent() && b.isPresent() && a.get() > b.get()) {
        problems.add("evidence[" + i + "]: stage '" + e.stageFrom() + "' is above '" + e.stageTo() + "'");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("evidence is not valid for framework '" + framework.id() + "':\n  "
          + String.join("\n  ", problems));
    }
    Map<String, List<Evidence>> byTheme = new LinkedHashMap<>();
    framework.themes().forEach(t -> byTheme.put(t.id(), new ArrayList<>()));
    evidence.forEach(e -> byTheme.get(e.theme()).add(e));
    List<ThemeRating> ratings = new ArrayList<>();
    double sum = 0;
    int rated = 0;
    for (Theme t : framework.themes()) {
      ThemeRating r = rate(framework, t, byTheme.get(t.id()));
      ratings.add(r);
      if (r.isRated()) {
        sum += r.centroid().getAsDouble();
        rated++;
      }
    }
    List<String> stageIds = framework.stages().stream().map(MaturityStage::id).toList();
    return new MaturityAssessment(framework.id(), framework.name(), framework.status(), stageIds, ratings,
        rated == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / rated));
  }

  private static ThemeRating rate(MaturityFramework framework, Theme theme, List<Evidence> items) {
    List<MaturityStage> stages = framework.stages();
    int k = stages.size();
    double[] mu = new double[k];
    double total = items.stream().mapToDouble(Evidence::weight).sum();
    Map<String, Double> membership = new LinkedHashMap<>();
    if (items.isEmpty()) {
      stages.forEach(s -> membership.put(s.id(), 0.0));
      return new ThemeRating(theme.id(), theme.name(), 0, 0, membership, OptionalDouble.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), OptionalDouble.empty(), List.of(),
          theme.name() + ": unrated, no evidence.");
    }
    for (Evidence e : items) {
      int a = framework.stageIndex(e.stageFrom()).orElseThrow();
      int b = framework.stageIndex(e.stageTo()).orElseThrow();
      double each = e.weight() / total / (b - a + 1);
      for (int j = a; j <= b; j++) {
        mu[j] += each;
      }
    }
    double c = 0;
    int lo = -1;
    int hi = -1;
    for (int j = 0; j < k; j++) {
      membership.put(stages.get(j).id(), mu[j]);
      c += j * mu[j];
      if (mu[j] > 0) {
        hi = j;
        if (lo < 0) {
          lo = j;
        }
      }
    }
    double var = 0;
    for (int j = 0; j < k; j++) {
      var += mu[j] * (j - c) * (j - c);
    }
    int nearest = (int) Math.ceil(c - 0.5 - 1e-12);
    nearest = Math.max(0, Math.min(k - 1, nearest));
    List<Driver> drivers = new ArrayList<>();
    for (Evidence e : items) {
      drivers.add(new Driver(e, e.weight() / total));
    }
    drivers.sort(Comparator.comparingDouble(Driver::share).reversed());
    Driver top = drivers.get(0);
    String range = lo == hi ? stages.get(lo).id() : stages.get(lo).id() + " to " + stages.get(hi).id();
    String indicated = top.evidence().stageFrom().equals(top.evidence().stageTo())
        ? top.evidence().stageFrom() : top.evidence().stageFrom() + " to " + top.evidence().stageTo();
    String explanation = String.format(Locale.ROOT,
        "%s: %s (centroid %.2f on a scale of 0 to %d; evidence spans %s) from %d item%s; most weight: "
            + "\"%s\" from %s (%.0f%%, indicating %s).",
        theme.name(), stages.get(nearest).id(), c, k - 1, range, items.size(), items.size() == 1 ? "" : "s",
        top.evidence().description(), top.evidence().source(), top.share() * 100, indicated);
    return new ThemeRating(theme.id(), theme.name(), items.size(), total, membership, OptionalDouble.of(c),
        Optional.of(stages.get(nearest).id()), Optional.of(stages.get(lo).id()), Optional.of(stages.get(hi).id()),
        OptionalDouble.of(Math.sqrt(var)), drivers, explanation);
  }
}
