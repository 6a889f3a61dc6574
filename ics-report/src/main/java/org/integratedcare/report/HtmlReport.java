package org.integratedcare.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Identified;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.Source;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.governance.accountability.Accountability;
import org.integratedcare.governance.accountability.AccountabilityChain;
import org.integratedcare.governance.accountability.AccountabilityReport;
import org.integratedcare.governance.accountability.ChainStep;
import org.integratedcare.governance.authority.AuthorityAnswer;
import org.integratedcare.governance.authority.DecidersAnswer;
import org.integratedcare.governance.authority.DecisionAuthority;
import org.integratedcare.governance.authority.Grant;
import org.integratedcare.governance.authority.Verdict;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.RuleError;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleSetVersion;
import org.integratedcare.governance.rules.Severity;
import org.integratedcare.governance.rules.Suppression;
import org.integratedcare.metrics.MetricsReport;
import org.jspecify.annotations.Nullable;

/**
 * A governance report on one system as of one date, as one self-contained HTML page that a board
 * member or an auditor can open in any browser, save, print or attach to a board paper.
 *
 * <p>The page holds the summary; the findings by severity, each with its basis (linked to
 * legislation.gov.uk where the basis is an Act or instrument) and the records behind it; for each
 * function in force, who may take a decision that binds its holder and who answers for it; the
 * structure and delegations as pictures; the measures, when given; and, at the end, every record
 * the page mentions with its address in the model file and the sources the model cites for it.
 * Every mention of a record links to that entry.
 *
 * <p><b>Self-contained by design.</b> The styles are inline, there is no script, and the pictures
 * are SVG drawn by this library ({@link Diagram#toSvg()}), so the page needs no network, no font
 * or script from elsewhere and no Graphviz or Mermaid on the machine that writes it or the one
 * that opens it. A content security policy in the page forbids loading anything. All user text is
 * escaped, and the same model, date, rules and measures always give the same bytes.
 *
 * <pre>{@code
 * String html = HtmlReport.builder(model, rules)
 *     .metrics(MetricsReport.builder(model, rules.date()).build())
 *     .modelFile("examples/exampleshire-ics.yaml")
 *     .build()
 *     .toHtml();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlReport {
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private final IcsModel model;
  private final RuleReport rules;
  private final @Nullable MetricsReport metrics;
  private final @Nullable String modelFile;

  private HtmlReport(Builder b) {
    this.model = b.model;
    this.rules = b.rules;
    this.metrics = b.metrics;
    this.modelFile = b.modelFile;
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
   * The report as one HTML page.
   *
   * @return the HTML text, ending with a line break
   */
  public String toHtml() {
    return new Writer().write();
  }

  @Override
  public String toString() {
    return "HtmlReport[" + Diagrams.modelName(model) + " on " + rules.date() + "]";
  }

  /** Writes one page; collects the records it mentions for the list of records at the end. */
  private final class Writer {
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final TreeSet<String> mentioned = new TreeSet<>();
    private final LocalDate date = rules.date();
    private final ModelView view = model.on(date);

    String write() {
      String name = Diagrams.modelName(model);
      out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<title>Governance report: ").append(h(name)).append(" on ").append(longDate(date)).append("</title>\n")
          .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
      header(name);
      summary();
      findings();
      functions();
      diagrams();
      measures();
      records();
      out.append("</main>\n</body>\n</html>\n");
      return out.toString();
    }

    private void header(String name) {
      out.append("<header>\n<h1>Governance report: ").append(h(name)).append("</h1>\n<p class=\"meta\">As of ")
          .append(longDate(date)).append(". ").append(rules.rulesRun()).append(" rules run from ");
      List<String> packs = new ArrayList<>();
      for (RuleSetVersion v : rules.ruleSets()) {
        packs.add("<code>" + h(v.packId()) + "</code> " + h(v.version()));
      }
      out.append(packs.isEmpty() ? "no packs" : String.join(", ", packs)).append('.');
      if (modelFile != null) {
        out.append(" Model file: <code>").append(h(modelFile)).append("</code>.");
      }
      out.append("</p>\n<nav><a href=\"#summary\">Summary</a> <a href=\"#findings\">Findings</a> "
          + "<a href=\"#functions\">Who may decide and who answers</a> <a href=\"#diagrams\">Diagrams</a> ");
      if (metrics != null) {
        out.append("<a href=\"#measures\">Measures</a> ");
      }
      out.append("<a href=\"#records\">Records and sources</a></nav>\n</header>\n");
    }

    private void summary() {
      int errors = rules.count(Severity.ERROR);
      int warnings = rules.count(Severity.WARNING);
      out.append("<section id=\"summary\">\n<h2>Summary</h2>\n<p class=\"verdict ")
          .append(errors > 0 || !rules.ruleErrors().isEmpty() ? "fail" : "pass").append("\">");
      if (errors > 0) {
        out.append(plural(errors, "finding")).append(" at error severity: arrangements that break the law or "
            + "binding guidance need attention.");
      } else if (!rules.ruleErrors().isEmpty()) {
        out.append(plural(rules.ruleErrors().size(), "rule")).append(" could not run; the check is incomplete.");
      } else {
        out.append("Nothing at error severity.");
      }
      out.append("</p>\n<table class=\"counts\"><tr><th>Errors</th><th>Warnings</th><th>Information</th>"
          + "<th>Not recorded</th><th>Suppressed</th><th>Rules that failed</th></tr>\n<tr><td>").append(errors).append("</td><td>")
          .append(warnings).append("</td><td>").append(rules.count(Severity.INFO)).append("</td><td>")
          .append(rules.count(Severity.GAP)).append("</td><td>").append(rules.suppressedFindings().size()).append("</td><td>").append(rules.ruleErrors().size())
          .append("</td></tr></table>\n</section>\n");
    }

    private void findings() {
      out.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
      List<Finding> active = rules.activeFindings();
      if (active.isEmpty()) {
        out.append("<p>No findings.</p>\n");
      }
      for (Severity s : Severity.values()) {
        List<Finding> of = active.stream().filter(f -> f.severity() == s).toList();
        if (!of.isEmpty()) {
          out.append("<h3>").append(heading(s)).append(" (").append(of.size()).append(")</h3>\n");
          of.forEach(this::finding);
        }
      }
      List<Finding> suppressed = rules.suppressedFindings();
      if (!suppressed.isEmpty()) {
        out.append("<h3>Suppressed (").append(suppressed.size()).append(")</h3>\n");
        suppressed.forEach(this::finding);
      }
      if (!rules.ruleErrors().isEmpty()) {
        out.append("<h3>Rules that failed to run</h3>\n<ul>\n");
        for (RuleError e : rules.ruleErrors()) {
          out.append("<li><code>").append(h(e.ruleId())).append("</code> (pack <code>").append(h(e.packId()))
              .append("</code>): ").append(h(e.problem())).append("</li>\n");
        }
        out.append("</ul>\n");
      }
      if (!rules.unusedSuppressions().isEmpty()) {
        out.append("<h3>Suppressions that matched nothing</h3>\n<ul>\n");
        for (Suppression s : rules.unusedSuppressions()) {
          out.append("<li><code>").append(h(s.ruleId())).append("</code> for <code>").append(h(s.subject()))
              .append("</code>: ").append(h(s.justification())).append("</li>\n");
        }
        out.append("</ul>\n");
      }
      out.append("</section>\n");
    }

    private void finding(Finding f) {
      String severity = f.severity().typeName();
      out.append("<article class=\"finding ").append(h(severity)).append("\">\n<p class=\"message\"><span class=\"badge\">")
          .append(h(severity)).append("</span> ").append(h(f.message())).append("</p>\n<dl>\n<dt>About</dt><dd>");
      if (f.subject().id().equals("$")) {
        out.append("the model as a whole");
      } else {
        out.append(record(f.subject().id()));
        if (!f.subject().path().equals(f.subject().id())) {
          out.append(" at <code>").append(h(f.subject().path())).append("</code>");
        }
      }
      out.append("</dd>\n<dt>Basis</dt><dd>").append(h(f.basis().kind().typeName())).append(": ")
          .append(cited(f.basis().citation())).append("</dd>\n");
      if (!f.evidence().isEmpty()) {
        List<String> links = f.evidence().stream().map(this::record).toList();
        out.append("<dt>Evidence</dt><dd>").append(String.join(", ", links)).append("</dd>\n");
      }
      f.suppression().ifPresent(s -> out.append("<dt>Accepted</dt><dd>").append(h(s.justification())).append("</dd>\n"));
      out.append("<dt>Rule</dt><dd><code>").append(h(f.ruleId())).append("</code></dd>\n</dl>\n</article>\n");
    }

    private void functions() {
      out.append("<section id=\"functions\">\n<h2>Who may decide and who answers</h2>\n")
          .append("<p>For each function in force: who may take a decision on it that binds the organisation "
              + "holding it by law (with the path of delegations and any financial limit), who may only "
              + "advise, and the lines of accountability from the function to where each ends. Delegation "
              + "moves the doing, never the answering.</p>\n");
      DecisionAuthority authority = DecisionAuthority.of(model);
      Accountability accountability = Accountability.of(model);
      List<StatutoryFunction> functions = view.functions();
      if (functions.isEmpty()) {
        out.append("<p>The model has no function in force on this date.</p>\n");
      }
      for (StatutoryFunction f : functions) {
        out.append("<section class=\"function\" id=\"fn-").append(h(f.id())).append("\">\n<h3>").append(h(f.name()))
            .append("</h3>\n<p>Held by law by ").append(record(f.holder()));
        f.basis().ifPresent(b -> out.append(" (").append(cited(b)).append(')'));
        out.append(". ").append(record(f.id(), "Function record")).append(".</p>\n");
        DecidersAnswer deciders = authority.whoMayDecide(f.id(), date, f.holder());
        out.append("<h4>May decide, binding ").append(h(name(f.holder()))).append("</h4>\n");
        if (deciders.binding().isEmpty()) {
          out.append("<p>No one considered may take a binding decision.</p>\n");
        } else {
          out.append("<ul class=\"deciders\">\n");
          for (AuthorityAnswer a : deciders.binding()) {
            decider(a);
          }
          out.append("</ul>\n");
        }
        if (!deciders.advisory().isEmpty()) {
          out.append("<h4>May only advise</h4>\n<ul class=\"deciders\">\n");
          for (AuthorityAnswer a : deciders.advisory()) {
            out.append("<li>").append(record(a.query().decider()));
            for (Verdict v : a.verdicts()) {
              v.advisoryBasis().ifPresent(b -> out.append(": ").append(h(b)));
            }
            out.append("</li>\n");
          }
          out.append("</ul>\n");
        }
        chains(accountability.chains(f.id(), date));
        out.append("</section>\n");
      }
      out.append("</section>\n");
    }

    private void decider(AuthorityAnswer a) {
      out.append("<li>").append(record(a.query().decider()));
      for (Verdict v : a.verdicts()) {
        v.financialLimit().ifPresent(l -> out.append(" <span class=\"limit\">up to ").append(h(Diagrams.pounds(l)))
            .append("</span>"));
        if (v.grants().size() > 1) {
          out.append("\n<ol class=\"grants\">");
          for (Grant g : v.grants()) {
            out.append("<li>").append(h(g.sentence())).append(g.delegation().map(d -> " (" + record(d, d) + ")").orElse(""))
                .append("</li>");
          }
          out.append("</ol>");
        }
        if (!v.conditions().isEmpty()) {
          out.append("<p class=\"conditions\">Conditions: ").append(h(String.join("; ", v.conditions()))).append("</p>");
        }
      }
      out.append("</li>\n");
    }

    private void chains(AccountabilityReport report) {
      out.append("<h4>Answers for it</h4>\n");
      if (report.chains().isEmpty()) {
        out.append("<p>No line of accountability leaves this function.</p>\n");
      } else {
        out.append("<ol class=\"chains\">\n");
        for (AccountabilityChain c : report.chains()) {
          out.append("<li>");
          List<String> parties = new ArrayList<>();
          List<ChainStep> steps = c.steps();
          if (!steps.isEmpty()) {
            parties.add(record(steps.get(0).from()));
          }
          for (ChainStep s : steps) {
            String how = s.citation().map(this::cited).orElse(s.basis().map(b -> h(b.typeName())).orElse(""));
            parties.add("<span class=\"step\">" + (how.isEmpty() ? "" : how) + "</span> " + record(s.to()));
          }
          String end = switch (c.end()) {
            case TERMINUS -> "an ultimate account-holder";
            case PEER -> "a peer, answered to laterally";
            case OPEN_END -> "an open end: no one further is recorded";
            case CYCLE -> "runs in a circle";
          };
          out.append(String.join(" <span class=\"arrow\">&#8594;</span> ", parties)).append(" <span class=\"end\">(")
              .append(end).append(")</span></li>\n");
        }
        out.append("</ol>\n");
      }
      if (!report.exercisedBy().isEmpty()) {
        List<String> by = report.exercisedBy().stream().map(this::record).toList();
        out.append("<p>Exercised under delegation by ").append(String.join(", ", by))
            .append(", answering through the holder.</p>\n");
      }
      report.gap().ifPresent(g -> out.append("<p class=\"gap\">Gap: ").append(h(g.sentence())).append("</p>\n"));
    }

    private void diagrams() {
      out.append("<section id=\"diagrams\">\n<h2>Diagrams</h2>\n");
      figure("structure", Diagrams.structure(model, date),
          "Organisations, statutory and partnership structures, and boards and committees in force. "
              + "Arrows point from a part to what it belongs to.");
      figure("delegations", Diagrams.delegations(model, date),
          "Who delegates which functions to whom: arrows from delegator to delegate, labelled with the "
              + "functions (see the legend) and any financial limit.");
      out.append("</section>\n");
    }

    private void figure(String id, Diagram diagram, String caption) {
      out.append("<figure id=\"diagram-").append(id).append("\">\n");
      if (diagram.isEmpty()) {
        out.append("<p>Nothing to draw on this date.</p>\n");
      } else {
        out.append(diagram.toSvg());
      }
      out.append("<figcaption>").append(h(caption)).append("</figcaption>\n</figure>\n");
    }

    private void measures() {
      if (metrics == null) {
        return;
      }
      out.append("<section id=\"measures\">\n<h2>Measures</h2>\n<table>\n<tr><th>Measure</th><th>Value</th></tr>\n");
      for (MetricsSummary.Row r : MetricsSummary.of(metrics).rows()) {
        out.append("<tr><td>").append(h(r.measure())).append("</td><td>").append(h(r.value())).append("</td></tr>\n");
      }
      out.append("</table>\n</section>\n");
    }

    private void records() {
      out.append("<section id=\"records\">\n<h2>Records and sources</h2>\n<p>Every record this report mentions, "
          + "with where it stands in the model")
          .append(modelFile == null ? "" : " file <code>" + h(modelFile) + "</code>")
          .append(" and the sources the model cites for it.</p>\n<table class=\"records\">\n"
              + "<tr><th>Record</th><th>Address in the model</th><th>Sources</th></tr>\n");
      for (String id : mentioned) {
        Optional<Identified> r = model.find(id);
        out.append("<tr id=\"rec-").append(h(id)).append("\"><td>").append(h(name(id))).append("<br><code>")
            .append(h(id)).append("</code></td><td><code>").append(h(model.structurePathOf(id).orElse("-")))
            .append("</code></td><td>");
        List<Source> sources = r.map(Identified::sources).orElse(List.of());
        if (sources.isEmpty()) {
          out.append("<span class=\"none\">none cited</span>");
        }
        List<String> cited = new ArrayList<>();
        for (Source s : sources) {
          cited.add(source(s));
        }
        out.append(String.join("<br>", cited)).append("</td></tr>\n");
      }
      out.append("</table>\n</section>\n");
    }

    private String source(Source s) {
      StringBuilder text = new StringBuilder();
      Optional<String> address = s.url().or(() -> LegislationLinks.of(s.document()));
      if (address.isPresent() && isWebAddress(address.get())) {
        text.append("<a href=\"").append(h(address.get())).append("\">").append(h(s.document())).append("</a>");
      } else {
        text.append(h(s.document()));
      }
      s.clause().ifPresent(c -> text.append(", ").append(h(c)));
      s.status().ifPresent(st -> text.append(" <span class=\"status\">(")
          .append(h(st.name().toLowerCase(Locale.ROOT).replace('_', '-'))).append(")</span>"));
      return text.toString();
    }

    /** A link to a record's entry at the end of the page, named as in the model. */
    private String record(String id) {
      return record(id, name(id));
    }

    private String record(String id, String text) {
      if (model.find(id).isEmpty()) {
        return h(text);
      }
      mentioned.add(id);
      return "<a class=\"record\" href=\"#rec-" + h(id) + "\">" + h(text) + "</a>";
    }

    /** A citation, linked to legislation.gov.uk when it cites an Act or instrument known there. */
    private String cited(String citation) {
      return LegislationLinks.of(citation)
          .map(u -> "<a href=\"" + h(u) + "\">" + h(citation) + "</a>")
          .orElse(h(citation));
    }

    private String name(String id) {
      Optional<Identified> r = model.find(id);
      if (r.isEmpty()) {
        return id;
      }
      Identified e = r.get();
      if (e instanceof Organisation o) {
        return o.nameOn(date).orElse(o.name());
      }
      if (e instanceof Body b) {
        return b.name();
      }
      if (e instanceof Post p) {
        return p.title() + ", " + model.body(p.body()).map(Body::name).orElse(p.body());
      }
      if (e instanceof StatutoryFunction f) {
        return f.name();
      }
      return Diagrams.party(model, id, date).map(Diagram.Node::label).orElse(id);
    }
  }

  private static boolean isWebAddress(String address) {
    String lower = address.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://");
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

  private static String longDate(LocalDate date) {
    return date.format(LONG_DATE);
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** Text escaped for HTML content and attribute values; control characters become spaces. */
  static String h(String text) {
    return SvgWriter.xml(text);
  }

  private static final String CSS = """
      :root{--ink:#1d2329;--muted:#5b6670;--line:#d5dbe0;--error:#b3261e;--warning:#a15c00;--info:#2b5fa8;--ok:#2e7d32}
      *{box-sizing:border-box}
      body{margin:0;background:#f6f7f8;color:var(--ink);font:15px/1.5 "Segoe UI",Helvetica,Arial,sans-serif}
      main{max-width:60rem;margin:0 auto;padding:1.5rem 1.25rem 3rem;background:#fff}
      h1{font-size:1.6rem;margin:.2rem 0 .4rem}h2{font-size:1.3rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:2px solid var(--line)}
      h3{font-size:1.08rem;margin:1.4rem 0 .4rem}h4{font-size:.95rem;margin:.9rem 0 .3rem;color:var(--muted)}
      .meta{color:var(--muted);margin:0 0 .6rem}nav a{margin-right:.9rem;white-space:nowrap}
      a{color:#1f5aa6}code{font:.86em/1.3 Menlo,Consolas,monospace;background:#f1f3f5;padding:0 .2em;border-radius:3px}
      table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
      th{background:#eef1f4;font-weight:600}.counts td{font-size:1.3rem;font-weight:600;text-align:center}.counts th{text-align:center}
      .verdict{font-weight:600;padding:.5rem .75rem;border-radius:4px}.verdict.fail{background:#fdecea;color:var(--error)}.verdict.pass{background:#e8f5e9;color:var(--ok)}
      .finding{border:1px solid var(--line);border-left:5px solid var(--info);border-radius:4px;padding:.5rem .8rem;margin:.6rem 0;break-inside:avoid}
      .finding.error{border-left-color:var(--error)}.finding.warning{border-left-color:var(--warning)}.finding.gap{border-left-style:dashed;border-left-color:var(--muted)}
      .finding .message{margin:.1rem 0 .4rem;font-weight:600}
      .badge{display:inline-block;font-size:.72rem;text-transform:uppercase;letter-spacing:.04em;color:#fff;background:var(--info);border-radius:3px;padding:.05rem .4rem;vertical-align:.1em}
      .error .badge{background:var(--error)}.warning .badge{background:var(--warning)}.gap .badge{background:var(--muted)}
      dl{display:grid;grid-template-columns:6.5rem 1fr;gap:.15rem .6rem;margin:0;font-size:.92rem}dt{color:var(--muted)}dd{margin:0}
      .function{border-top:1px solid var(--line);padding-top:.2rem}.deciders,.chains{padding-left:1.3rem;margin:.2rem 0}
      .grants{font-size:.88rem;color:var(--muted);margin:.2rem 0 .4rem}.limit{font-size:.85rem;background:#fff4e0;border-radius:3px;padding:0 .3rem}
      .step{font-size:.8rem;color:var(--muted)}.arrow{color:var(--muted)}.end{font-size:.8rem;color:var(--muted)}
      .conditions{font-size:.88rem;margin:.1rem 0}.gap{color:var(--error)}.none,.status{color:var(--muted)}
      figure{margin:1rem 0;break-inside:avoid}figure svg{display:block;max-width:100%;height:auto;border:1px solid var(--line)}
      figcaption{font-size:.88rem;color:var(--muted);margin-top:.3rem}
      .records td{font-size:.86rem}
      @page{size:A4;margin:14mm}
      @media print{body{background:#fff}main{max-width:none;padding:0}nav{display:none}a{color:inherit;text-decoration:none}}
      """;

  /** Builds an {@link HtmlReport}. Not thread-safe. */
  public static final class Builder {
    private final IcsModel model;
    private final RuleReport rules;
    private @Nullable MetricsReport metrics;
    private @Nullable String modelFile;

    private Builder(IcsModel model, RuleReport rules) {
      this.model = model;
      this.rules = rules;
    }

    /**
     * Adds the measures of a metrics report on the same model and date.
     *
     * @param metrics the metrics report, not null
     * @return this builder
     * @throws NullPointerException if {@code metrics} is null
     * @throws IllegalArgumentException if its date is not the rules report's date
     */
    public Builder metrics(MetricsReport metrics) {
      Objects.requireNonNull(metrics, "metrics");
      if (!metrics.date().equals(rules.date())) {
        throw new IllegalArgumentException("the measures are as of " + metrics.date() + " but the findings as of "
            + rules.date() + "; make both on the same date");
      }
      this.metrics = metrics;
      return this;
    }

    /**
     * Names the model file the report is about, as the reader should see it (such as a path
     * relative to the repository); it is shown beside every record's address in the model.
     *
     * @param name the file's name or path, not null or blank
     * @return this builder
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Builder modelFile(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("the model file's name must not be blank");
      }
      this.modelFile = name;
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     */
    public HtmlReport build() {
      return new HtmlReport(this);
    }
  }
}
