package org.integratedcare.cli;

import java.util.List;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.RuleError;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleSetVersion;
import org.integratedcare.governance.rules.Severity;
import org.integratedcare.governance.rules.Suppression;

/** A rules report as plain text for a terminal or a CI log. */
final class RuleReportText {
  private RuleReportText() {}

  static String render(RuleReport report, Severity failOn) {
    StringBuilder out = new StringBuilder();
    out.append(report.modelName().orElse("The model")).append(" checked as of ").append(report.date())
        .append(": ").append(report.rulesRun()).append(" rules from ");
    List<String> packs = report.ruleSets().stream().map(RuleSetVersion::packId).toList();
    out.append(packs.isEmpty() ? "no packs" : String.join(", ", packs)).append("\n\n");
    List<Finding> active = report.activeFindings();
    for (Finding f : active) {
      finding(out, f);
    }
    List<Finding> suppressed = report.suppressedFindings();
    if (!suppressed.isEmpty()) {
      out.append("Suppressed:\n");
      for (Finding f : suppressed) {
        out.append("  ").append(f.severity().typeName()).append(' ').append(f.ruleId()).append(' ')
            .append(subject(f)).append(": ").append(f.suppression().map(Suppression::justification).orElse(""))
            .append('\n');
      }
      out.append('\n');
    }
    if (!report.ruleErrors().isEmpty()) {
      out.append("Rules that failed to run:\n");
      for (RuleError e : report.ruleErrors()) {
        out.append("  ").append(e.ruleId()).append(" (pack ").append(e.packId()).append("): ")
            .append(e.problem()).append('\n');
      }
      out.append('\n');
    }
    if (!report.unusedSuppressions().isEmpty()) {
      out.append("Suppressions that matched nothing (remove them if they are stale):\n");
      for (Suppression s : report.unusedSuppressions()) {
        out.append("  ").append(s.ruleId()).append(" for ").append(s.subject()).append('\n');
      }
      out.append('\n');
    }
    out.append(plural(report.count(Severity.ERROR), "error")).append(", ")
        .append(plural(report.count(Severity.WARNING), "warning")).append(", ")
        .append(report.count(Severity.INFO)).append(" info, ")
        .append(report.count(Severity.GAP)).append(" not recorded (gaps), ")
        .append(suppressed.size()).append(" suppressed");
    if (!report.ruleErrors().isEmpty()) {
      out.append(", ").append(plural(report.ruleErrors().size(), "rule")).append(" failed");
    }
    out.append(".\n");
    out.append(CheckCommand.fails(report, failOn)
        ? "FAILED: findings at or above '" + failOn.typeName() + "'" + (report.ruleErrors().isEmpty() ? "" : " or rules that failed") + ".\n"
        : "PASSED: nothing at or above '" + failOn.typeName() + "'.\n");
    return out.toString();
  }

  private static void finding(StringBuilder out, Finding f) {
    out.append(f.severity().typeName().toUpperCase(java.util.Locale.ROOT)).append(' ').append(f.ruleId())
        .append('\n');
    out.append("  subject:  ").append(subject(f)).append('\n');
    out.append("  finding:  ").append(f.message()).append('\n');
    out.append("  basis:    ").append(f.basis().kind().typeName()).append(", ").append(f.basis().citation())
        .append('\n');
    if (!f.evidence().isEmpty()) {
      out.append("  evidence: ").append(String.join(", ", f.evidence())).append('\n');
    }
    out.append('\n');
  }

  private static String subject(Finding f) {
    return f.subject().id().equals(f.subject().path())
        ? f.subject().id()
        : f.subject().id() + " at " + f.subject().path();
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
