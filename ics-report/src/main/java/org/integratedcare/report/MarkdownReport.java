package org.integratedcare.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.integratedcare.core.IcsModel;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.RuleError;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleSetVersion;
import org.integratedcare.governance.rules.Severity;
import org.integratedcare.governance.rules.Suppression;
import org.integratedcare.metrics.MetricsReport;

/**
 * A governance report on one system as of one date, in Markdown: the rule findings, optionally the
 * structural measures (and maturity, when assessed) of a {@link MetricsReport}, and the system's
 * structure and delegations as Mermaid diagrams, which GitHub, GitLab and other viewers
 * that render Mermaid show as pictures.
 *
 * <p>All user text is escaped for Markdown (table cells cannot be broken, no HTML gets through),
 * and sections and rows are in a fixed order, so the same model, date and rules always give the
 * same bytes.
 *
 * <pre>{@code
 * String markdown = MarkdownReport.builder(model, rules)
 *     .metrics(MetricsReport.builder(model, rules.date()).build())
 *     .build()
 *     .toMarkdown();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MarkdownReport {
  private final IcsModel model;
  private final RuleReport rules;
  private final MetricsReport metrics;
  private final boolean diagrams;

  private MarkdownReport(Builder b) {
    this.model = b.model;
    this.rules = b.rules;
    this.metrics = b.metrics;
    this.diagrams = b.diagrams;
  }

  /**
   * A builder of a report on a model from a rules report made over it; the report's date is the
   * rules report's date.
   *
   * @param model the model the rules were run over, not null
   * @param rules the rules report, not null
   * @return the builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(IcsModel model, RuleReport rules) {
    return new Builder(Objects.requireNonNull(model, "model"), Objects.requireNonNull(rules, "rules"));
  }

  /** The date the report is as of (the rules report's date). */
  public LocalDate date() {
    return rules.date();
  }

  /**
   * The report as Markdown.
   *
   * @return the Markdown text, ending with a line break
   */
  public String toMarkdown() {
    StringBuilder out = new StringBuilder();
    LocalDate date = rules.date();
    out.append("# Governance report: ").append(escape(Diagrams.modelName(model))).append("\n\n");
    out.append("As of ").append(date).append(". ").append(rules.rulesRun()).append(" rules run from ")
        .append(rules.ruleSets().size()).append(rules.ruleSets().size() == 1 ? " pack" : " packs");
    if (!rules.ruleSets().isEmpty()) {
      List<String> packs = new ArrayList<>();
      for (RuleSetVersion v : rules.ruleSets()) {
        packs.add(escape(v.packId()) + " " + escape(v.version()));
      }
      out.append(": ").append(String.join(", ", packs));
    }
    out.append(".\n\n");

    out.append("## Summary\n\n");
    out.append("| Errors | Warnings | Info | Not recorded | Suppressed | Rules that failed |\n");
    out.append("|---:|---:|---:|---:|---:|---:|\n");
    out.append("| ").append(rules.count(Severity.ERROR)).append(" | ").append(rules.count(Severity.WARNING))
        .append(" | ").append(rules.count(Severity.INFO)).append(" | ").append(rules.count(Severity.GAP))
        .append(" | ").append(rules.suppressedFindings().size())
        .append(" | ").append(rules.ruleErrors().size()).append(" |\n\n");

    out.append("## Findings\n\n");
    List<Finding> active = rules.activeFindings();
    if (active.isEmpty()) {
      out.append("No findings.\n\n");
    }
    for (Severity s : Severity.values()) {
      List<Finding> of = active.stream().filter(f -> f.severity() == s).toList();
      if (of.isEmpty()) {
        continue;
      }
      out.append("### ").append(heading(s)).append(" (").append(of.size()).append(")\n\n");
      findingsTable(out, of, false);
    }
    List<Finding> suppressed = rules.suppressedFindings();
    if (!suppressed.isEmpty()) {
      out.append("### Suppressed (").append(suppressed.size()).append(")\n\n");
      findingsTable(out, suppressed, true);
    }
    if (!rules.ruleErrors().isEmpty()) {
      out.append("### Rules that failed to run\n\n| Pack | Rule | Problem |\n|---|---|---|\n");
      for (RuleError e : rules.ruleErrors()) {
        out.append("| ").append(escape(e.packId())).append(" | ").append(escape(e.ruleId())).append(" | ")
            .append(escape(e.problem())).append(" |\n");
      }
      out.append('\n');
    }
    if (!rules.unusedSuppressions().isEmpty()) {
      out.append("### Suppressions that matched nothing\n\n| Rule | Subject | Justification |\n|---|---|---|\n");
      for (Suppression s : rules.unusedSuppressions()) {
        out.append("| ").append(escape(s.ruleId())).append(" | ").append(escape(s.subject())).append(" | ")
            .append(escape(s.justification())).append(" |\n");
      }
      out.append('\n');
    }

    if (metrics != null) {
      out.append(MetricsSummary.of(metrics).toMarkdown());
    }
    if (diagrams) {
      diagram(out, "Structure", Diagrams.structure(model, date));
      diagram(out, "Delegations", Diagrams.delegations(model, date));
    }
    return out.toString();
  }

  private static void findingsTable(StringBuilder out, List<Finding> findings, boolean suppressed) {
    out.append(suppressed ? "| Severity | Rule | Subject | Finding | Justification |\n|---|---|---|---|---|\n"
        : "| Rule | Subject | Finding | Basis |\n|---|---|---|---|\n");
    for (Finding f : findings) {
      out.append("| ");
      if (suppressed) {
        out.append(f.severity().typeName()).append(" | ");
      }
      out.append(escape(f.ruleId())).append(" | ").append(subject(f)).append(" | ").append(escape(f.message()));
      if (suppressed) {
        out.append(" | ").append(escape(f.suppression().map(Suppression::justification).orElse("")));
      } else {
        out.append(" | ").append(escape(f.basis().kind().typeName() + ": " + f.basis().citation()));
      }
      out.append(" |\n");
    }
    out.append('\n');
  }

  private static String subject(Finding f) {
    if (f.subject().id().equals(f.subject().path())) {
      return escape(f.subject().id());
    }
    return escape(f.subject().id()) + " at " + escape(f.subject().path());
  }

  private static void diagram(StringBuilder out, String title, Diagram diagram) {
    out.append("## ").append(title).append("\n\n");
    if (diagram.isEmpty()) {
      out.append("Nothing to draw on this date.\n\n");
      return;
    }
    out.append("```mermaid\n").append(diagram.toMermaid()).append("```\n\n");
  }

  private static String heading(Severity s) {
    switch (s) {
      case ERROR:
        return "Errors";
      case WARNING:
        return "Warnings";
      case INFO:
        return "Information";
      case GAP:
        return "Not recorded: what to collect next";
      default:
        throw new AssertionError(s);
    }
  }

  /**
   * Escapes text for Markdown, inline or in a table cell: ASCII punctuation that Markdown gives a
   * meaning to is backslash-escaped (so no emphasis, link, HTML or table cell boundary comes from
   * user text) and line breaks become spaces.
   *
   * @param text the text, not null
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    text.codePoints().forEach(c -> {
      if ("\\`*_[]<>|#~&!".indexOf(c) >= 0) {
        out.append('\\').appendCodePoint(c);
      } else if (Character.isISOControl(c)) {
        out.append(' ');
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  /** Builds a {@link MarkdownReport}. Not thread-safe. */
  public static final class Builder {
    private final IcsModel model;
    private final RuleReport rules;
    private boolean diagrams = true;
    private MetricsReport metrics;

    private Builder(IcsModel model, RuleReport rules) {
      this.model = model;
      this.rules = rules;
    }

    /**
     * Whether to include the structure and delegation diagrams; true unless set.
     *
     * @param include whether to include them
     * @return this builder
     */
    public Builder diagrams(boolean include) {
      this.diagrams = include;
      return this;
    }

    /**
     * Includes a section of measures from a metrics report on the same model and date.
     *
     * @param metrics the metrics report, not null
     * @return this builder
     * @throws IllegalArgumentException if the metrics report is of another date than the rules
     *     report
     */
    public Builder metrics(MetricsReport metrics) {
      Objects.requireNonNull(metrics, "metrics");
      if (!metrics.date().equals(rules.date())) {
        throw new IllegalArgumentException("the metrics report is of " + metrics.date()
            + " but the rules report is of " + rules.date() + "; a report needs both of the same date");
      }
      this.metrics = metrics;
      return this;
    }

    /**
     * Makes the report.
     *
     * @return the report
     */
    public MarkdownReport build() {
      return new MarkdownReport(this);
    }
  }

  @Override
  public String toString() {
    return "MarkdownReport[" + Diagrams.modelName(model) + ", " + rules.date() + "]";
  }
}
