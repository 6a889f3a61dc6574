package org.integratedcare.cli;

import org.integratedcare.json.IcsJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.integratedcare.governance.rules.Suppression;
import java.util.concurrent.Callable;
import org.integratedcare.core.IcsModel;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.RulePack;
import org.integratedcare.governance.rules.RulePacks;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;
import org.integratedcare.governance.rules.Severity;
import org.integratedcare.metrics.MetricsReport;
import org.integratedcare.report.HtmlReport;
import org.integratedcare.report.MarkdownReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ics check}: runs the rule packs over a model file and reports the findings. */
@Command(
    name = "check",
    sortOptions = false,
    usageHelpAutoWidth = true,
    mixinStandardHelpOptions = true,
    versionProvider = IcsCommand.Version.class,
    header = "Run the governance rules over a model and report the findings.",
    description = {
        "Runs the rule packs (statute, NHS England guidance, good practice, accountability, decisions) "
            + "over a model as of a date, and reports every finding with its rule, subject, basis and evidence. "
            + "Exits 1 when there are findings at or above --fail-on, so it can gate CI."},
    footer = {"", "Examples:",
        "  ./ics check examples/exampleshire-ics.yaml",
        "  ./ics check examples/exampleshire-ics.yaml --date 2026-04-01 --fail-on warning",
        "  ./ics check examples/exampleshire-ics.yaml --format html -o report.html"})
final class CheckCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { TEXT, JSON, MARKDOWN, HTML }

  @ParentCommand
  IcsCommand top;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL", description = "The model file (.yaml, .yml or .json).")
  Path file;

  @Option(names = {"-d", "--date"}, paramLabel = "YYYY-MM-DD", converter = Inputs.DateConverter.class,
      description = "The date to check the model as of (default: today).")
  LocalDate date;

  @Option(names = {"-p", "--pack"}, paramLabel = "PACK", split = ",",
      description = "Run only these rule packs (repeat or separate with commas; default: every pack found). "
          + "Use --list-packs to see them.")
  List<String> packs = new ArrayList<>();

  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      description = "The lowest severity that makes the check fail with exit code 1: error, warning or info "
          + "(default: error).")
  Severity failOn = Severity.ERROR;

  @Option(names = {"-s", "--suppressions"}, paramLabel = "FILE",
      description = "A YAML or JSON file of accepted findings, each with rule, subject and justification.")
  Path suppressions;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "Output format: text, json, markdown or html (default: text). "
          + "markdown adds the measures and the structure and delegation diagrams; html adds those and, for each "
          + "function, who may decide and who answers, in one self-contained page to open in a browser.")
  Format format = Format.TEXT;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to this file instead of standard output.")
  Path output;

  @Option(names = "--list-packs", description = "List the rule packs found, with their rules, and exit.")
  boolean listPacks;

  @Mixin
  ModelOptions modelOptions = new ModelOptions();

  @Override
  public Integer call() {
    List<RulePack> all = RulePacks.discover();
    if (listPacks) {
      Output.write(spec.commandLine().getOut(), output, packList(all));
      return ExitCodes.OK;
    }
    if (file == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'MODEL'");
    }
    if (format == Format.JSON) {
      top.progress().off();
    }
    top.progress().stage("reading " + file);
    IcsModel model = modelOptions.read(file);
    LocalDate asOf = date != null ? date : top.today();
    List<RulePack> selected = select(all);
    RuleRunner.Builder runner = RuleRunner.builder().addPacks(selected);
    if (suppressions != null) {
      List<Suppression> accepted = SuppressionsFile.read(suppressions);
      requireKnownRules(accepted, selected);
      runner.suppressAll(accepted);
    }
    RuleRunner configured;
    try {
      configured = runner.build();
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
    top.progress().stage("running the rules");
    RuleReport report = configured.run(model, asOf);
    if (format == Format.MARKDOWN || format == Format.HTML) {
      top.progress().stage("measuring and drawing the report");
    }
    String text = switch (format) {
      case TEXT -> RuleReportText.render(report, failOn);
      case JSON -> IcsJson.write(report);
      case MARKDOWN -> MarkdownReport.builder(model, report)
          .metrics(MetricsReport.builder(model, asOf).build()).build().toMarkdown();
      case HTML -> HtmlReport.builder(model, report).modelFile(file.toString())
          .metrics(MetricsReport.builder(model, asOf).build()).build().toHtml();
    };
    Output.write(spec.commandLine().getOut(), output, text);
    return fails(report, failOn) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** Whether a report fails at a threshold: an unsuppressed finding at or above it, or a rule that failed. */
  static boolean fails(RuleReport report, Severity threshold) {
    if (!report.ruleErrors().isEmpty()) {
      return true;
    }
    for (Finding f : report.activeFindings()) {
      if (f.severity().compareTo(threshold) <= 0) {
        return true;
      }
    }
    return false;
  }

  /** Every suppression names a rule of the packs run, or the command stops, suggesting the nearest. */
  private void requireKnownRules(List<Suppression> accepted, List<RulePack> packs) {
    Set<String> rules = new TreeSet<>();
    packs.forEach(p -> p.rules().forEach(r -> rules.add(r.id())));
    List<String> problems = new ArrayList<>();
    for (Suppression s : accepted) {
      if (!rules.contains(s.ruleId())) {
        List<String> near = Suggestions.nearest(s.ruleId(), List.copyOf(rules));
        problems.add("the suppression for '" + s.subject() + "' names rule '" + s.ruleId()
            + "', which none of the packs run has" + (near.isEmpty() ? "" : "; did you mean " + Suggestions.orList(near) + "?"));
      }
    }
    if (!problems.isEmpty()) {
      throw new CliException("--suppressions '" + suppressions + "': " + String.join("; ", problems)
          + " (--list-packs lists every rule)");
    }
  }

  private List<RulePack> select(List<RulePack> all) {
    packs.removeIf(p -> p.isBlank());
    if (packs.isEmpty() && spec.commandLine().getParseResult().hasMatchedOption("--pack")) {
      throw new CliException("--pack: give the id of at least one rule pack; use --list-packs to see them");
    }
    if (packs.isEmpty()) {
      return all;
    }
    Map<String, RulePack> byId = new TreeMap<>();
    all.forEach(p -> byId.put(p.id(), p));
    Set<String> wanted = new LinkedHashSet<>();
    packs.forEach(p -> wanted.add(p.strip()));
    List<String> unknown = wanted.stream().filter(p -> !byId.containsKey(p)).toList();
    if (!unknown.isEmpty()) {
      StringBuilder message = new StringBuilder("no rule pack ")
          .append(String.join(", ", unknown.stream().map(u -> "'" + u + "'").toList()));
      List<String> near = Suggestions.nearest(unknown.get(0), List.copyOf(byId.keySet()));
      if (!near.isEmpty()) {
        message.append("; did you mean ").append(Suggestions.orList(near)).append('?');
      }
      message.append(" The packs are: ").append(String.join(", ", byId.keySet())).append('.');
      throw new CliException(message.toString());
    }
    return wanted.stream().map(byId::get).toList();
  }

  private static String packList(List<RulePack> packs) {
    StringBuilder out = new StringBuilder();
    for (RulePack p : packs) {
      out.append(p.id()).append(' ').append(p.version()).append(" (").append(p.rules().size()).append(" rules)\n");
      p.rules().forEach(r -> out.append("  ").append(r.id()).append("  [").append(r.defaultSeverity().typeName())
          .append("] ").append(r.title()).append('\n'));
    }
    return out.toString();
  }
}
