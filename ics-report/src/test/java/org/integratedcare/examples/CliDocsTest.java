package org.integratedcare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.governance.rules.RulePacks;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.metrics.MetricsReport;
import org.integratedcare.report.Diagrams;
import org.integratedcare.report.HtmlReport;
import org.integratedcare.report.MarkdownReport;
import org.junit.jupiter.api.Test;

/**
 * The Java sample of docs/cli.md ("The same from Java"), line for line, on the bundled example
 * (read from the project root, one directory up). If this test fails, the doc is wrong.
 */
class CliDocsTest {
  @Test
  void sameFromJava() {
    IcsModel model = ModelFiles.read(Path.of("..", "examples", "exampleshire-ics.yaml"));
    LocalDate date = LocalDate.of(2025, 6, 1);

    String mermaid = Diagrams.structure(model, date).toMermaid();
    String dot = Diagrams.chains(model, "fn-icb-commissioning", date).toDot();
    String svg = Diagrams.structureOfPlace(model, date, "place-riverton").toSvg();

    RuleReport rules = RuleRunner.builder().addPacks(RulePacks.discover()).build().run(model, date);
    MetricsReport metrics = MetricsReport.builder(model, date).build();
    String markdown = MarkdownReport.builder(model, rules).metrics(metrics).build().toMarkdown();
    String html = HtmlReport.builder(model, rules).metrics(metrics)
        .modelFile("examples/exampleshire-ics.yaml")
        .build()
        .toHtml();

    assertThat(mermaid).startsWith("flowchart TB\n").contains("Riverton Central Primary Care Network");
    assertThat(dot).startsWith("digraph ics {").contains("held by law");
    assertThat(svg).contains("<title>Structure of Riverton on 2025-06-01</title>").contains("Riverton Central");
    assertThat(markdown).startsWith("# Governance report: Exampleshire");
    assertThat(html).contains("<h3>Arranging hospital, community and mental health services for the ICB&#39;s population</h3>",
        "examples/exampleshire-ics.yaml");
  }
}
