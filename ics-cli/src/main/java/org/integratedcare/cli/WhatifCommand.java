package org.integratedcare.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.integratedcare.core.IcsModel;
import org.integratedcare.governance.reform.ReformScenario;
import org.integratedcare.governance.reform.WhatIf;
import org.integratedcare.json.IcsJson;
import org.integratedcare.json.ReformScenarios;
import org.integratedcare.report.DiffReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ics whatif}: what a bundled reform scenario would change in a model on a date. */
@Command(
    name = "whatif",
    sortOptions = false,
    usageHelpAutoWidth = true,
    mixinStandardHelpOptions = true,
    versionProvider = IcsCommand.Version.class,
    header = "Say what a reform (such as the Health Bill 2026 as introduced) would change in a model.",
    description = {
        "Applies a bundled reform scenario to the model, its changes taking effect on --effective, and compares "
            + "the model as recorded with the model under the reform on --date: records, who may decide, who "
            + "answers and findings, as ics diff does. Each change of the scenario names its source and status: "
            + "a bill is not law, and answers that rest on it say so."},
    footer = {"", "Examples:",
        "  ./ics whatif examples/exampleshire-ics.yaml --scenario health-bill-2026 --date 2027-04-01",
        "  ./ics whatif examples/exampleshire-ics.yaml --scenario health-bill-2026 --effective 2027-04-01 "
            + "--date 2027-06-01 --format markdown"})
final class WhatifCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { TEXT, MARKDOWN, JSON }

  @ParentCommand
  IcsCommand top;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.yaml, .yml or .json).")
  Path file;

  @Option(names = {"-s", "--scenario"}, required = true, paramLabel = "SCENARIO",
      description = "The bundled reform scenario: health-bill-2026 (the Health Bill 2026 as introduced).")
  String scenario;

  @Option(names = {"-d", "--date"}, paramLabel = "YYYY-MM-DD", converter = Inputs.DateConverter.class,
      description = "The date to compare the model on (default: today).")
  LocalDate date;

  @Option(names = {"-e", "--effective"}, paramLabel = "YYYY-MM-DD", converter = Inputs.DateConverter.class,
      description = "The first day the reform has effect (default: --date). A bill's commencement is not known "
          + "until it is law, so the date is yours to choose.")
  LocalDate effective;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text, markdown or json (default: text).")
  Format format = Format.TEXT;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
  Path output;

  @Mixin
  ModelOptions modelOptions = new ModelOptions();

  @Override
  public Integer call() {
    ReformScenario reform;
    try {
      reform = ReformScenarios.bundled(scenario);
    } catch (IllegalArgumentException e) {
      throw new CliException("--scenario: " + e.getMessage());
    }
    if (format == Format.JSON) {
      top.progress().off();
    }
    top.progress().stage("reading " + file);
    IcsModel model = modelOptions.read(file);
    LocalDate on = date != null ? date : top.today();
    LocalDate from = effective != null ? effective : on;
    top.progress().stage("applying " + reform.name());
    WhatIf whatIf;
    try {
      whatIf = WhatIf.of(model, reform, from, on);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
    String text = switch (format) {
      case TEXT -> text(whatIf);
      case MARKDOWN -> DiffReport.toMarkdown(whatIf);
      case JSON -> IcsJson.write(whatIf);
    };
    Output.write(spec.commandLine().getOut(), output, text);
    return ExitCodes.OK;
  }

  private static String text(WhatIf w) {
    StringBuilder out = new StringBuilder();
    out.append("What if: ").append(w.scenario().name()).append(", taking effect on ").append(w.effective())
        .append(", read on ").append(w.date()).append("\n\nThe reform's changes (each rests on its source; a bill is not law):\n");
    w.applied().applied().forEach(a -> out.append("  - ").append(a.sentence()).append('\n'));
    out.append('\n').append(DiffCommand.text(w.diff()));
    return out.toString();
  }
}
