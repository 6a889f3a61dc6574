package org.integratedcare.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.integratedcare.core.IcsModel;
import org.integratedcare.governance.rules.england.RecordCompleteness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ics completeness}: how much of what the law and good governance need is recorded. */
@Command(
    name = "completeness",
    sortOptions = false,
    usageHelpAutoWidth = true,
    mixinStandardHelpOptions = true,
    versionProvider = IcsCommand.Version.class,
    header = "Say how much of the record is there, and what to collect next.",
    description = {
        "Counts, on the date, the statutory seats whose holders are recorded (ICB boards, integrated "
            + "care partnerships, health and wellbeing boards), the partnerships whose members are, the "
            + "committees whose delegated powers are, and the office holders whose registers of interests "
            + "are; then lists what is missing. Parts the model declares complete count as recorded."},
    footer = {"", "Examples:",
        "  ./ics completeness examples/gloucestershire-ics.yaml --date 2026-12-01"})
final class CompletenessCommand implements Callable<Integer> {

  @ParentCommand
  IcsCommand top;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.yaml, .yml or .json).")
  Path file;

  @Option(names = {"-d", "--date"}, paramLabel = "YYYY-MM-DD", converter = Inputs.DateConverter.class,
      description = "The date to measure on (default: today).")
  LocalDate date;

  @Mixin
  ModelOptions modelOptions = new ModelOptions();

  @Override
  public Integer call() {
    top.progress().stage("reading " + file);
    IcsModel model = modelOptions.read(file);
    LocalDate asOf = date != null ? date : top.today();
    Output.write(spec.commandLine().getOut(), null, RecordCompleteness.of(model, asOf).toText());
    return ExitCodes.OK;
  }
}
