package org.integratedcare.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelView;
import org.integratedcare.metrics.capacity.CapacityAnalysis;
import org.integratedcare.metrics.capacity.CapacityWhatIf;
import org.integratedcare.metrics.capacity.CarePathway;
import org.integratedcare.metrics.maturity.Evidence;
import org.integratedcare.metrics.maturity.MaturityAssessment;
import org.integratedcare.metrics.maturity.MaturityFramework;
import org.integratedcare.metrics.shift.ShiftIndicator;
import org.integratedcare.metrics.shift.ShiftSeries;
import org.integratedcare.metrics.structure.StructuralMeasures;

/**
 * A report of how well an integrated care system works on a date: its structural measures and,
 * where the user supplies what they need, a maturity assessment, shift indicators and capacity
 * analyses. The {@code ics-json} module's {@code IcsJson} writes it as JSON; that is what the
 * command line prints.
 *
 * <p>In JSON, enum values are written as lower-case words joined by hyphens ({@code
 * "local-government"}), dates as ISO dates, and absent optional values as {@code null}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the date of the report
 * @param structure the structural measures of the model on the date
 * @param maturity the maturity assessment, if a framework was given
 * @param shifts the shift indicators on the date, in the order given
 * @param capacity the capacity analyses of the pathways given
 * @param whatIfs the capacity what-ifs asked
 */
public record MetricsReport(
    LocalDate date,
    StructuralMeasures structure,
    Optional<MaturityAssessment> maturity,
    List<ShiftIndicator> shifts,
    List<CapacityAnalysis> capacity,
    List<CapacityWhatIf> whatIfs) {

  /**
   * Checks and copies the report.
   *
   * @throws NullPointerException if any argument is null
   */
  public MetricsReport {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(maturity, "maturity");
    shifts = List.copyOf(shifts);
    capacity = List.copyOf(capacity);
    whatIfs = List.copyOf(whatIfs);
  }

  /**
   * The report of a model on a date with its structural measures only.
   *
   * @param model the model, not null
   * @param date the date, not null
   * @return the report
   */
  public static MetricsReport of(IcsModel model, LocalDate date) {
    return builder(model, date).build();
  }

  /**
   * A builder for the report of a model on a date.
   *
   * @param model the model, not null
   * @param date the date, not null
   * @return the builder
   */
  public static Builder builder(IcsModel model, LocalDate date) {
    return new Builder(Objects.requireNonNull(model, "model").on(Objects.requireNonNull(date, "date")));
  }

  /** Builds a {@link MetricsReport}. Not thread-safe. */
  public static final class Builder {
    private final ModelView view;
    private MaturityAssessment maturity;
    private final List<ShiftIndicator> shifts = new ArrayList<>();
    private final List<CapacityAnalysis> capacity = new ArrayList<>();
    private final List<CapacityWhatIf> whatIfs = new ArrayList<>();

    private Builder(ModelView view) {
      this.view = view;
    }

    /**
     * Adds a maturity assessment with the model's evidence under the framework's rules and the
     * user's evidence.
     *
     * @param framework the framework, not null
     * @param userEvidence the user's evidence, not null (may be empty)
     * @return this builder
     * @throws IllegalArgumentException if any evidence names an unknown theme or stage
     */
    public Builder maturity(MaturityFramework framework, List<Evidence> userEvidence) {
      this.maturity = MaturityAssessment.assess(framework, view, userEvidence);
      return this;
    }

    /** Adds the indicator of a shift series on the report's date. */
    public Builder shift(ShiftSeries series) {
      shifts.add(ShiftIndicator.evaluate(series, view.date()));
      return this;
    }

    /** Adds the capacity analysis of a care pathway. */
    public Builder pathway(CarePathway pathway) {
      capacity.add(CapacityAnalysis.of(pathway));
      return this;
    }

    /**
     * Adds a what-if: one stage of a pathway with more capacity.
     *
     * @throws IllegalArgumentException if the pathway has no such stage or {@code additional} is
     *     negative
     */
    public Builder whatIf(CarePathway pathway, String stageId, long additional) {
      whatIfs.add(CapacityAnalysis.whatIf(pathway, stageId, additional));
      return this;
    }

    /** Computes the structural measures and builds the report. */
    public MetricsReport build() {
      return new MetricsReport(view.date(), StructuralMeasures.of(view), Optional.ofNullable(maturity), shifts,
          capacity, whatIfs);
    }
  }
}
