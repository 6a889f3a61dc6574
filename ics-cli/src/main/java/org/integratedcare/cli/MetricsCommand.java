package org.integratedcare.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.integratedcare.core.IcsModel;
import org.integratedcare.metrics.MetricsReport;
import org.integratedcare.metrics.maturity.MaturityFramework;
import org.integratedcare.report.MetricsSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ics metrics}: structural measures of a model, and optionally a maturity assessment. */
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
        "Text and Markdown give the headline figures; JSON gives every detail."},
    footer = {"", "Examples:",
        "  ics metrics examples/exampleshire-ics.yaml",
        "  ics metrics my-ics.yaml --maturity --format json"})
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

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text, json or markdown (default: text).")
  Format format = Format.TEXT;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the result to this file instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    IcsModel model = Inputs.model(file);
    LocalDate asOf = date != null ? date : top.today();
    MetricsReport.Builder builder = MetricsReport.builder(model, asOf);
    if (framework != null) {
      String json = Inputs.text(framework, "maturity framework");
      try {
        builder.maturity(MaturityFramework.parse(json), List.of());
      } catch (IllegalArgumentException e) {
        throw new CliException("maturity framework '" + framework + "': " + e.getMessage());
      }
    } else if (maturity) {
      builder.maturity(MaturityFramework.kingsFundProgressThemes(), List.of());
    }
    MetricsReport report = builder.build();
    String text = switch (format) {
      case TEXT -> MetricsSummary.of(report).toText();
      case JSON -> report.toJson() + "\n";
      case MARKDOWN -> MetricsSummary.of(report).toMarkdown();
    };
    Output.write(spec.commandLine().getOut(), output, text);
    return ExitCodes.OK;
  }
}
