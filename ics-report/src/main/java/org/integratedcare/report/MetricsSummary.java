package org.integratedcare.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.integratedcare.core.mechanism.MechanismKind;
import org.integratedcare.core.organisation.Sector;
import org.integratedcare.metrics.MetricsReport;
import org.integratedcare.metrics.maturity.MaturityAssessment;
import org.integratedcare.metrics.maturity.ThemeRating;
import org.integratedcare.metrics.structure.DuplicatedFunction;
import org.integratedcare.metrics.structure.StructuralMeasures;

/**
 * The headline figures of a {@link MetricsReport}, one row per measure, for people to read as text
 * or Markdown; the full detail is in the report's JSON (the {@code ics-json} module's {@code IcsJson}).
 *
 * <p>Rows come in a fixed order: subsidiarity, accountability, duplication, mechanisms, inclusion,
 * the partnership network, then, when the report has one, each maturity theme.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MetricsSummary {

  /**
   * One measure and its value in words.
   *
   * @param measure what is measured, not null
   * @param value the value in words, not null
   */
  public record Row(String measure, String value) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Row {
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(value, "value");
    }
  }

  private final MetricsReport report;
  private final List<Row> rows;

  private MetricsSummary(MetricsReport report) {
    this.report = report;
    this.rows = List.copyOf(rowsOf(report));
  }

  /**
   * The summary of a metrics report.
   *
   * @param report the report, not null
   * @return the summary
   * @throws NullPointerException if {@code report} is null
   */
  public static MetricsSummary of(MetricsReport report) {
    return new MetricsSummary(Objects.requireNonNull(report, "report"));
  }

  /** The rows, in a fixed order. */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The summary as plain text: a heading line and one line per row.
   *
   * @return the text, ending with a line break
   */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append("Measures of ").append(report.structure().model().orElse("the model")).append(" on ")
        .append(report.date()).append('\n');
    int width = rows.stream().mapToInt(r -> r.measure().length()).max().orElse(0);
    for (Row r : rows) {
      out.append("  ").append(r.measure()).append(" ".repeat(width - r.measure().length())).append("  ")
          .append(r.value()).append('\n');
    }
    return out.toString();
  }

  /**
   * The summary as a Markdown section headed "Measures", with a table of the rows; all text is
   * escaped for Markdown.
   *
   * @return the Markdown, ending with a blank line
   */
  public String toMarkdown() {
    StringBuilder out = new StringBuilder("## Measures\n\n| Measure | Value |\n|---|---|\n");
    for (Row r : rows) {
      out.append("| ").append(MarkdownReport.escape(r.measure())).append(" | ")
          .append(MarkdownReport.escape(r.value())).append(" |\n");
    }
    return out.append('\n').toString();
  }

  private static List<Row> rowsOf(MetricsReport report) {
    StructuralMeasures m = report.structure();
    List<Row> rows = new ArrayList<>();
    var sub = m.subsidiarity();
    rows.add(new Row("Subsidiarity: functions exercised locally",
        ratio(sub.exercisedLocally(), sub.functionsWithKnownLevel(), sub.share())
            + " of functions whose level is known; " + sub.whollyLocal() + " wholly local"));
    var acc = m.accountability();
    rows.add(new Row("Accountability: functions answered for clearly",
        ratio(acc.clear(), acc.functionsInForce(), acc.shareClear()) + "; " + acc.divided() + " divided, "
            + acc.unanswered() + " unanswered, " + acc.reachingTerminus() + " reaching an ultimate account-holder"));
    rows.add(new Row("Accountability: delegations in force without a duty to report back",
        Integer.toString(acc.unreportedDelegations())));
    var dup = m.duplication();
    rows.add(new Row("Duplication: functions with overlapping binding authority",
        ratio(dup.duplicated().size(), dup.functionsWithBindingBody(), dup.share())
            + (dup.duplicated().isEmpty() ? "" : " (" + dup.duplicated().stream().map(DuplicatedFunction::name)
                .collect(Collectors.joining(", ")) + ")")));
    var mech = m.mechanisms();
    rows.add(new Row("Mechanisms: informal share",
        ratio(mech.informal(), mech.total(), mech.informalShare()) + " informal, " + mech.formal() + " formal"
            + (mech.absentInformalKinds().isEmpty() ? "" : "; no " + mech.absentInformalKinds().stream()
                .map(MechanismKind::typeName).collect(Collectors.joining(", ")))));
    var inc = m.inclusion();
    rows.add(new Row("Inclusion: sectors with a vote on a partnership forum", sectors(inc.votingSectors())));
    rows.add(new Row("Inclusion: sectors with a seat but no vote", sectors(inc.speakingOnlySectors())));
    rows.add(new Row("Inclusion: sectors with no seat", sectors(inc.missingCategories())));
    var net = m.network();
    rows.add(new Row("Partnership network",
        net.organisations() + " organisations in " + net.forums() + " forums, " + net.components()
            + (net.components() == 1 ? " connected group" : " connected groups") + ", "
            + net.brokers().size() + (net.brokers().size() == 1 ? " broker" : " brokers")));
    report.maturity().ifPresent(a -> maturity(a, rows));
    return rows;
  }

  private static void maturity(MaturityAssessment a, List<Row> rows) {
    for (ThemeRating t : a.themes()) {
      String value = t.stage().map(s -> s + " (" + t.evidenceCount() + " items of evidence)")
          .orElse("not rated: no evidence");
      rows.add(new Row("Maturity (" + a.frameworkName() + "): " + t.name(), value));
    }
  }

  private static String ratio(int part, int whole, OptionalDouble share) {
    String base = part + " of " + whole;
    return share.isPresent() ? base + " (" + String.format(Locale.ROOT, "%.0f%%", share.getAsDouble() * 100) + ")" : base;
  }

  private static String sectors(List<Sector> sectors) {
    return sectors.isEmpty() ? "none"
        : sectors.stream().map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return "MetricsSummary[" + report.date() + ", " + rows.size() + " rows]";
  }
}
