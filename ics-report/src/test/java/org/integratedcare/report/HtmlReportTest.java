package org.integratedcare.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.integratedcare.core.IcsModel;
import org.integratedcare.governance.rules.Basis;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.Rule;
import org.integratedcare.governance.rules.RuleContext;
import org.integratedcare.governance.rules.RulePack;
import org.integratedcare.governance.rules.RulePacks;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;
import org.integratedcare.governance.rules.Severity;
import org.integratedcare.metrics.MetricsReport;
import org.integratedcare.testkit.SampleSystems;
import org.junit.jupiter.api.Test;

/** The HTML report: one self-contained page, every record it mentions listed with its address. */
class HtmlReportTest {
  private final IcsModel model = SampleSystems.riverside();

  /** A rule of the test's own whose basis is a section of an Act, and whose message has markup in it. */
  private static final Rule STATUTE = new Rule() {
    @Override
    public String id() {
      return "test.statute";
    }

    @Override
    public String title() {
      return "A rule with a statutory basis";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public Basis basis() {
      return Basis.statute("NHS Act 2006 s.14Z25");
    }

    @Override
    public List<Finding> check(RuleContext context) {
      return List.of(Finding.of(this, context.subject("finance"), "The <b>committee</b> & its \"terms\"", "finance", "icb"));
    }
  };

  private String html() {
    RuleReport rules = RuleRunner.builder().addPack(RulePack.of("test", "1.0", List.of(STATUTE))).build()
        .run(model, SampleSystems.DATE);
    return HtmlReport.builder(model, rules).metrics(MetricsReport.builder(model, SampleSystems.DATE).build())
        .modelFile("riverside.yaml").build().toHtml();
  }

  @Test
  void page_matchesGoldenFile() {
    Golden.assertMatches(html(), "report.html");
  }

  @Test
  void page_isSelfContained() {
    String html = html();

    assertThat(html).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n")
        .contains("Content-Security-Policy", "default-src 'none'", "<style>")
        .doesNotContain("<script", "<link", "<img", "@import", "url(http");
    // the only addresses outside the page are links a reader may follow to legislation
    Matcher external = Pattern.compile("href=\"(http[^\"]*)\"").matcher(html);
    while (external.find()) {
      assertThat(external.group(1)).startsWith("https://www.legislation.gov.uk/");
    }
  }

  @Test
  void findings_showTheirBasisLinkedToTheSection_andEscapeUserText() {
    String html = html();

    assertThat(html).contains("<a href=\"https://www.legislation.gov.uk/ukpga/2006/41/section/14Z25\">NHS Act 2006 s.14Z25</a>")
        .contains("The &lt;b&gt;committee&lt;/b&gt; &amp; its &quot;terms&quot;")
        .doesNotContain("<b>committee</b>");
  }

  @Test
  void everyRecordLink_hasItsEntryWithTheRecordsAddress() {
    String html = html();
    Set<String> linked = new LinkedHashSet<>();
    Matcher m = Pattern.compile("href=\"#rec-([^\"]+)\"").matcher(html);
    while (m.find()) {
      linked.add(m.group(1));
    }

    assertThat(linked).contains("finance", "icb", "contracts");
    for (String id : linked) {
      assertThat(html).contains("<tr id=\"rec-" + id + "\">");
    }
    assertThat(html).contains("<code>bodies[0]</code>").contains("model file <code>riverside.yaml</code>");
  }

  @Test
  void functions_sayWhoMayDecideAndWhoAnswers() {
    String html = html();

    assertThat(html).contains("<h3>Contract awards</h3>", "May decide, binding", "Answers for it",
        "up to £2,500,000", "Exercised under delegation by");
  }

  @Test
  void diagrams_areInlineSvg() {
    String html = html();

    assertThat(html).contains("<figure id=\"diagram-structure\">\n<svg xmlns=\"http://www.w3.org/2000/svg\"",
        "<figure id=\"diagram-delegations\">\n<svg xmlns=");
  }

  @Test
  void builtInRules_onTheRealExample_render() {
    RuleReport rules = RuleRunner.builder().addPacks(RulePacks.discover()).build().run(model, SampleSystems.DATE);

    assertThat(HtmlReport.builder(model, rules).build().toHtml()).contains("id=\"summary\"").doesNotContain("id=\"measures\"");
  }

  @Test
  void metricsOfAnotherDate_areRefused() {
    RuleReport rules = RuleRunner.builder().build().run(model, SampleSystems.DATE);
    MetricsReport other = MetricsReport.builder(model, SampleSystems.DATE.minusDays(1)).build();

    assertThatThrownBy(() -> HtmlReport.builder(model, rules).metrics(other))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same date");
  }
}
