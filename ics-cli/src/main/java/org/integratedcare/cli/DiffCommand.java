package org.integratedcare.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.integratedcare.core.IcsModel;
import org.integratedcare.governance.diff.AuthorityChange;
import org.integratedcare.governance.diff.ChainChange;
import org.integratedcare.governance.diff.FindingChange;
import org.integratedcare.governance.diff.ModelDiff;
import org.integratedcare.governance.diff.RecordChange;
import org.integratedcare.json.IcsJson;
import org.integratedcare.report.DiffReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ics diff}: what changed between two model files, or one model file on two dates. */
@Command(
    name = "diff",
    sortOptions = false,
    usageHelpAutoWidth = true,
    mixinStandardHelpOptions = true,
    versionProvider = IcsCommand.Version.class,
    header = "Say what changed between two versions of a model, or one model on two dates.",
    description = {
        "Lists the records added, removed and changed (each changed attribute before and after), who may decide "
            + "each function before and after, the lines of accountability added and removed, and the rule "
            + "findings that appeared or cleared. With two files both are read on --date; with one file, "
            + "the model on --from is compared with the same model on --date (across a merger, say). "
            + "--format markdown writes a section for the board paper that approves a revised constitution "
            + "or scheme of reservation and delegation."},
    footer = {"", "Examples:",
        "  ./ics diff examples/exampleshire-ics.yaml --from 2023-03-31 --date 2023-04-01",
        "  ./ics diff examples/exampleshire-ics.yaml --from 2023-03-31 --date 2023-04-01 --format markdown"})
final class DiffCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { TEXT, MARKDOWN, JSON }

  @ParentCommand
  IcsCommand top;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The model file before the change (.yaml, .yml or .json).")
  Path oldFile;

  @Parameters(index = "1", arity = "0..1", paramLabel = "NEW",
      description = "The model file after the change; leave out to compare OLD on two dates.")
  Path newFile;

  @Option(names = {"-d", "--date"}, paramLabel = "YYYY-MM-DD", converter = Inputs.DateConverter.class,
      description = "The date to read the new version on, and the old one too unless --from is given (default: today).")
  LocalDate date;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = Inputs.DateConverter.class,
      description = "The date to read the old version on (default: --date); needed when only one file is given.")
  LocalDate from;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text, markdown or json (default: text).")
  Format format = Format.TEXT;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
  Path output;

  @Mixin
  ModelOptions modelOptions = new ModelOptions();

  @Override
  public Integer call() {
    LocalDate to = date != null ? date : top.today();
    if (newFile == null && from == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Give a second model file NEW, or --from DATE to compare " + oldFile + " on two dates.");
    }
    if (format == Format.JSON) {
      top.progress().off();
    }
    top.progress().stage("reading " + oldFile);
    IcsModel before = modelOptions.read(oldFile);
    IcsModel after = before;
    if (newFile != null) {
      top.progress().stage("reading " + newFile);
      after = modelOptions.read(newFile);
    }
    top.progress().stage("comparing");
    ModelDiff diff = ModelDiff.between(before, from != null ? from : to, after, to);
    String text = switch (format) {
      case TEXT -> text(diff);
      case MARKDOWN -> DiffReport.toMarkdown(diff);
      case JSON -> IcsJson.write(diff);
    };
    Output.write(spec.commandLine().getOut(), output, text);
    return ExitCodes.OK;
  }

  /** The diff as plain sentences, one a line, under a heading per part; shared with {@code ics whatif}. */
  static String text(ModelDiff diff) {
    StringBuilder out = new StringBuilder();
    out.append("Changes from ").append(diff.beforeName().orElse("the old version")).append(" on ")
        .append(diff.beforeDate()).append(" to ").append(diff.afterName().orElse("the new version")).append(" on ")
        .append(diff.afterDate()).append("\n\n");
    if (diff.isEmpty()) {
      return out.append("No changes.\n").toString();
    }
    if (!diff.records().isEmpty()) {
      out.append("Records:\n");
      diff.records().stream().map(RecordChange::sentence).forEach(s -> out.append("  - ").append(s).append('\n'));
      out.append('\n');
    }
    if (!diff.authority().isEmpty()) {
      out.append("Who may decide:\n");
      diff.authority().stream().map(AuthorityChange::sentence).forEach(s -> out.append("  - ").append(s).append('\n'));
      out.append('\n');
    }
    if (!diff.chains().isEmpty()) {
      out.append("Who answers:\n");
      for (ChainChange c : diff.chains()) {
        out.append("  - ").append(c.sentence()).append('\n');
        c.added().forEach(l -> out.append("      added: ").append(l).append('\n'));
        c.removed().forEach(l -> out.append("      removed: ").append(l).append('\n'));
      }
      out.append('\n');
    }
    if (!diff.findings().isEmpty()) {
      out.append("Findings:\n");
      for (FindingChange f : diff.findings()) {
        out.append("  - ").append(f.kind() == FindingChange.Kind.APPEARED ? "appeared" : "cleared").append(' ')
            .append(f.finding().severity().typeName()).append(' ').append(f.finding().ruleId()).append(" (")
            .append(f.finding().subject().id()).append("): ").append(f.finding().message())
            .append(f.because().map(b -> " Cleared because: " + b + ".").orElse("")).append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }
}
