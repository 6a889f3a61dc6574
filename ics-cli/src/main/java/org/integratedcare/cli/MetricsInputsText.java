package org.integratedcare.cli;

import java.util.List;
import java.util.Locale;
import org.integratedcare.metrics.MetricsReport;
import org.integratedcare.metrics.capacity.CapacityAnalysis;
import org.integratedcare.metrics.capacity.CapacityWhatIf;
import org.integratedcare.metrics.shift.ShiftIndicator;

/**
 * The parts of a metrics report that come from an inputs file (shift indicators, capacity analyses
 * and what-ifs), in words, for the text and Markdown formats; each line is the explanation the
 * library gives.
 */
final class MetricsInputsText {
  private MetricsInputsText() {}

  static String text(MetricsReport report) {
    StringBuilder out = new StringBuilder();
    if (!report.shifts().isEmpty()) {
      out.append("\nShifts on ").append(report.date()).append('\n');
      for (ShiftIndicator s : report.shifts()) {
        out.append("  ").append(s.name()).append(" (").append(words(s.kind().name())).append("): ")
            .append(words(s.status().name())).append('\n')
            .append("    ").append(s.explanation()).append('\n');
      }
    }
    if (!report.capacity().isEmpty()) {
      out.append("\nCapacity\n");
      for (CapacityAnalysis c : report.capacity()) {
        out.append("  ").append(c.explanation()).append('\n');
      }
    }
    if (!report.whatIfs().isEmpty()) {
      out.append("\nCapacity what-ifs\n");
      for (CapacityWhatIf w : report.whatIfs()) {
        out.append("  ").append(w.before().pathway()).append(", +").append(w.additional()).append(" at ")
            .append(w.stage()).append(": ").append(words(w.outcome().name())).append('\n')
            .append("    ").append(w.explanation()).append('\n');
      }
    }
    return out.toString();
  }

  static String markdown(MetricsReport report) {
    StringBuilder out = new StringBuilder();
    section(out, "Shifts on " + report.date(), report.shifts().stream()
        .map(s -> "**" + s.name() + "** (" + words(s.kind().name()) + "): " + words(s.status().name()) + ". "
            + s.explanation())
        .toList());
    section(out, "Capacity", report.capacity().stream()
        .map(CapacityAnalysis::explanation)
        .toList());
    section(out, "Capacity what-ifs", report.whatIfs().stream()
        .map(w -> "**" + w.before().pathway() + "**, +" + w.additional() + " at " + w.stage() + ": "
            + words(w.outcome().name()) + ". " + w.explanation())
        .toList());
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append("\n## ").append(title).append("\n\n");
    for (String item : items) {
      out.append("- ").append(item.replace("\n", " ")).append('\n');
    }
  }

  private static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
