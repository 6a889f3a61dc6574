package org.integratedcare.cli;

import org.integratedcare.json.MaturityFrameworks;
import org.integratedcare.json.IcsJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.json.MetricsInputs;
import org.integratedcare.metrics.MetricsReport;
import org.integratedcare.metrics.maturity.MaturityFramework;
import org.integratedcare.report.MetricsSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ics metrics}: structural measures of a model, and optionally a maturity assessment, shift
 * indicators and capacity analyses from an inputs file.
 */
@Command(
    name = "metrics",
    sortOptions = false,
    usageHelpAutoWidth = true,
    mixinStandardHelpOptions = true,
    versionProvider = IcsCommand.Version.class,
    header = "Measure how a system is arranged: subsidiarity, accountability, duplication, mechanisms, inclusion.",
    description = {
        "Computes the structural measures of the model on a date. With --maturity, also assesses maturity "
            + "from the model's own evidence against the built-in framework (The King's Fund's themes of "
            + "progress; its stages are UNCONFIRMED as NHS England's) or against --framework FILE.",
        "With --inputs FILE, also uses the user's evidence items (implying --maturity), shift series and care "
            + "pathways with their what-ifs from that file (format in docs/metrics.md).",
        "Text and Markdown give the headline figures; JSON gives every detail."},
    footer = {"", "Examples:",
        "  ./ics metrics examples/exampleshire-ics.yaml",
        "  ./ics metrics examples/exampleshire-ics.yaml --maturity --format json",
        "  ./ics metrics examples/exampleshire-ics.yaml --inputs examples/exampleshire-metrics-inputs.yaml"})
final class MetricsCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { TEXT, JSON, MARKDOWN }

  @ParentCommand
  IcsCommand top;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.yaml, .yml or .json).")
  Path file;

  @Option(names = {"-d", "--date"}, paramLabel = "YYYY-MM-DD", converter = Inputs.DateConverter.class,
      description = "The date to measure the model on (default: today).")
  LocalDate date;

  @Option(names = {"-m", "--maturity"}, description = "Also assess maturity from the model's evidence.")
  boolean maturity;

  @Option(names = "--framework", paramLabel = "FILE",
      description = "A maturity framework in JSON to assess against instead of the built-in one (implies --maturity).")
  Path framework;

  @Option(names = "--inputs", paramLabel = "FILE",
      description = "Evidence, shift series and care pathways in YAML (or JSON if named .json) to add to the report.")
  Path inputs;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text, json or markdown (default: text).")
  Format format = Format.TEXT;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the result to this file instead of standard output.")
  Path output;

  @Mixin
  ModelOptions modelOptions = new ModelOptions();

  @Override
  public Integer call() {
    if (format == Format.JSON) {
      top.progress().off();
    }
    top.progress().stage("reading " + file);
    IcsModel model = modelOptions.read(file);
    LocalDate asOf = date != null ? date : top.today();
    MetricsReport.Builder builder = MetricsReport.builder(model, asOf);
    MetricsInputs supplied = inputs != null ? MetricsInputsFile.read(inputs) : MetricsInputs.empty();
    MaturityFramework chosen = null;
    if (framework != null) {
      String json = Inputs.text(framework, "maturity framework");
      try {
        chosen = MaturityFrameworks.parse(json);
      } catch (IllegalArgumentException e) {
        throw new CliException("maturity framework '" + framework + "': " + e.getMessage());
      }
    } else if (maturity || !supplied.evidence().isEmpty()) {
      chosen = MaturityFramework.kingsFundProgressThemes();
    }
    if (chosen != null) {
      try {
        supplied.checkEvidence(chosen);
      } catch (ModelValidationException e) {
        throw new CliException(e.getMessage());
      }
      builder.maturity(chosen, supplied.evidence());
    }
    supplied.shifts().forEach(builder::shift);
    supplied.pathways().forEach(builder::pathway);
    supplied.whatIfs().forEach(w -> builder.whatIf(w.pathway(), w.stage(), w.additional()));
    top.progress().stage("measuring");
    MetricsReport report = builder.build();
    String text = switch (format) {
      case TEXT -> MetricsSummary.of(report).toText() + MetricsInputsText.text(report);
      case JSON -> IcsJson.write(report);
      case MARKDOWN -> MetricsSummary.of(report).toMarkdown() + MetricsInputsText.markdown(report);
    };
    Output.write(spec.commandLine().getOut(), output, text);
    return ExitCodes.OK;
  }
}
