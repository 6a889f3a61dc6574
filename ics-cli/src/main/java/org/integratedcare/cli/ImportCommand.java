package org.integratedcare.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.io.imports.ImportLimits;
import org.integratedcare.io.imports.ImportResult;
import org.integratedcare.io.imports.Imports;
import org.integratedcare.io.imports.OdsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ics import}: merges a scheme of delegation, a register of interests or an ODS file into a model. */
@Command(
    name = "import",
    sortOptions = false,
    usageHelpAutoWidth = true,
    mixinStandardHelpOptions = true,
    versionProvider = IcsCommand.Version.class,
    header = "Merge a table a governance team keeps into a model file.",
    description = {
        "Reads a CSV file in its documented layout (docs/imports.md): a scheme of reservation and delegation "
            + "(sord), a register of interests (interests), or an NHS England ODS file of trusts, GP practices or "
            + "primary care network membership (ods). Merges its records into the model given with --into (or a "
            + "new model), writes the result to the file given with -o, and lists what it added, changed and "
            + "could not place. A file with mistakes writes nothing and lists every mistake by row and column."},
    footer = {"", "Examples:",
        "  ./ics import sord examples/exampleshire-sord.csv --into examples/exampleshire-ics.yaml -o merged.yaml",
        "  ./ics import ods examples/ods/epcncorepartnerdetails.csv --into examples/exampleshire-ics.yaml"
            + " -o merged.yaml"})
final class ImportCommand implements Callable<Integer> {
  /** What a file holds. */
  enum Kind { sord, interests, ods }

  @ParentCommand
  IcsCommand top;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", description = "What the file holds: sord, interests or ods.")
  Kind kind;

  @Parameters(index = "1", paramLabel = "FILE", description = "The CSV file to import.")
  Path file;

  @Option(names = "--into", paramLabel = "MODEL", description = "The model file to merge into (default: a new, empty model).")
  Path into;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
      description = "The model file to write (.yaml, .yml or .json); it may be the --into file.")
  Path output;

  @Option(names = "--ods-file", paramLabel = "LAYOUT",
      description = "For ods: which file it is, etr, epraccur or epcn (default: from the file's name).")
  OdsFile odsFile;

  @Mixin
  ModelOptions modelOptions = new ModelOptions();

  @Override
  public Integer call() {
    IcsModel model = IcsModel.empty();
    if (into != null) {
      top.progress().stage("reading " + into);
      model = modelOptions.read(into);
    }
    Inputs.requireReadableFile(file, kind + " file");
    try {
      org.integratedcare.io.ModelFormat.of(output);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
    Imports imports = Imports.withLimits(modelOptions.maxFileSize == null ? ImportLimits.defaults()
        : ImportLimits.defaults().withMaxFileBytes(modelOptions.maxFileSize));
    top.progress().stage("importing " + file);
    ImportResult result;
    try {
      byte[] bytes = imports.readFile(file);
      String name = file.toString();
      result = switch (kind) {
        case sord -> imports.schemeOfDelegation(model, bytes, name);
        case interests -> imports.registerOfInterests(model, bytes, name);
        case ods -> imports.ods(model, bytes, name, odsFile != null ? odsFile : OdsFile.ofFileName(name)
            .orElseThrow(() -> new CliException("cannot tell which ODS file '" + name + "' is from its name;"
                + " say which with --ods-file etr, --ods-file epraccur or --ods-file epcn")));
      };
    } catch (ModelValidationException e) {
      throw new CliException(e.getMessage());
    } catch (UncheckedIOException e) {
      throw new CliException("cannot read " + kind + " file '" + file + "': " + Inputs.describe(e.getCause()));
    }
    top.progress().stage("writing " + output);
    Output.write(spec.commandLine().getOut(), output, ModelFiles.write(result.model(),
        org.integratedcare.io.ModelFormat.of(output)));
    Output.write(spec.commandLine().getOut(), null, "wrote " + output + ": " + result.summary());
    return ExitCodes.OK;
  }
}
