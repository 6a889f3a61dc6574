package org.integratedcare.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.integratedcare.testkit.SampleSystems;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.Body;
import org.integratedcare.governance.rules.Basis;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.Rule;
import org.integratedcare.governance.rules.RuleContext;
import org.integratedcare.governance.rules.RulePack;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;
import org.integratedcare.governance.rules.Severity;
import org.integratedcare.governance.rules.Suppression;
import org.integratedcare.metrics.MetricsReport;
import org.junit.jupiter.api.Test;

/**
 * The Markdown report of a whole illustrative system against a golden file. The rules are a pack of
 * the test's own, so the golden file pins the report's layout and escaping, not the wording of the
 * built-in rules.
 */
class MarkdownReportTest {
  private final IcsModel model = SampleSystems.riverside();

  /** Every body in force should have terms of reference: a finding per body without them. */
  private static final Rule TERMS = new Rule() {
    @Override
    public String id() {
      return "test.terms-of-reference";
    }

    @Override
    public String title() {
      return "Every body has terms of reference";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public Basis basis() {
      return Basis.goodPractice("Good governance: every body's remit is written down");
    }

    @Override
    public List<Finding> check(RuleContext context) {
      List<Finding> findings = new ArrayList<>();
      for (Body b : context.view().bodies()) {
        if (b.termsOfReference().isEmpty()) {
          findings.add(Finding.of(this, context.subject(b.id()), b.name() + " has no terms of reference | *none*", b.id()));
        }
      }
      return findings;
    }
  };

  /** The ICB must have a board recorded (NHS Act 2006 Sch 1B): an error when it has none. */
  private static final Rule BOARD = new Rule() {
    @Override
    public String id() {
      return "test.icb-has-board";
    }

    @Override
    public String title() {
      return "The ICB has a board";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public Basis basis() {
      return Basis.statute("NHS Act 2006 Sch 1B");
    }

    @Override
    public List<Finding> check(RuleContext context) {
      return context.model().body("board").isPresent() ? List.of()
          : List.of(Finding.of(this, context.subject("icb"), "The ICB has no board", "icb"));
    }
  };

  private RuleReport rules() {
    return RuleRunner.builder()
        .addPack(RulePack.of("test.pack", "1.0.0", List.of(TERMS, BOARD)))
        .suppress(Suppression.of("test.terms-of-reference", "icp-committee", "Terms agreed at the <first> meeting & filed"))
        .suppress(Suppression.of("test.icb-has-board", "icb", "Kept for the day the board is dissolved"))
        .build()
        .run(model, SampleSystems.DATE);
  }

  @Test
  void report_matchesGoldenFile() {
    String markdown = MarkdownReport.builder(model, rules()).build().toMarkdown();

    Golden.assertMatches(markdown, "report.md");
  }

  @Test
  void report_withMetrics_hasAMeasuresSectionBeforeTheDiagrams() {
    String markdown = MarkdownReport.builder(model, rules())
        .metrics(MetricsReport.builder(model, SampleSystems.DATE).build()).build().toMarkdown();

    assertThat(markdown).contains("## Measures\n\n| Measure | Value |\n|---|---|\n| Subsidiarity");
    assertThat(markdown.indexOf("## Measures")).isLessThan(markdown.indexOf("## Structure"));
  }

  @Test
  void report_withoutDiagrams_hasNoMermaid() {
    String markdown = MarkdownReport.builder(model, rules()).diagrams(false).build().toMarkdown();

    assertThat(markdown).doesNotContain("```mermaid").contains("## Findings");
  }

  @Test
  void report_metricsOfAnotherDate_rejected() {
    MarkdownReport.Builder builder = MarkdownReport.builder(model, rules());
    MetricsReport other = MetricsReport.builder(model, SampleSystems.DATE.plusDays(1)).build();

    assertThatThrownBy(() -> builder.metrics(other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-04-02").hasMessageContaining("2026-04-01");
  }

  @Test
  void escape_neutralisesMarkdownAndHtml() {
    assertThat(MarkdownReport.escape("a | b <script> *x* [l](u) `c` #h\nnext"))
        .isEqualTo("a \\| b \\<script\\> \\*x\\* \\[l\\](u) \\`c\\` \\#h next");
  }
}
