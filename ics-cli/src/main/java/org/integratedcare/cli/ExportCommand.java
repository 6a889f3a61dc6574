package org.integratedcare.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.integratedcare.core.IcsModel;
import org.integratedcare.io.imports.Imports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ics export}: writes a model's scheme of delegation or register of interests as CSV. */
@Command(
    name = "export",
    sortOptions = false,
    usageHelpAutoWidth = true,
    mixinStandardHelpOptions = true,
    versionProvider = IcsCommand.Version.class,
    header = "Write a model's scheme of delegation or register of interests as a CSV table.",
    description = {
        "Writes the model's delegations and reservations (sord) or its people's declared interests (interests) "
            + "in the layout 'ics import' reads (docs/imports.md), so a team can keep the table as its working "
            + "copy and import it again."},
    footer = {"", "Examples:",
        "  ./ics export sord examples/exampleshire-ics.yaml -o sord.csv",
        "  ./ics export interests examples/exampleshire-ics.yaml"})
final class ExportCommand implements Callable<Integer> {
  /** What to write. */
  enum Kind { sord, interests }

  @ParentCommand
  IcsCommand top;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", description = "What to write: sord or interests.")
  Kind kind;

  @Parameters(index = "1", paramLabel = "MODEL", description = "The model file (.yaml, .yml or .json).")
  Path file;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
  Path output;

  @Mixin
  ModelOptions modelOptions = new ModelOptions();

  @Override
  public Integer call() {
    top.progress().stage("reading " + file);
    IcsModel model = modelOptions.read(file);
    String csv = switch (kind) {
      case sord -> Imports.exportSchemeOfDelegation(model);
      case interests -> Imports.exportRegisterOfInterests(model);
    };
    Output.write(spec.commandLine().getOut(), output, csv);
    return ExitCodes.OK;
  }
}
