package org.integratedcare.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.governance.migration.Migration;
import org.integratedcare.governance.migration.MigrationEntry;
import org.integratedcare.governance.migration.MigrationResult;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.io.ModelFormat;
import org.integratedcare.io.tree.ArrayNode;
import org.integratedcare.io.tree.JsonDocumentWriter;
import org.integratedcare.io.tree.Node;
import org.integratedcare.io.tree.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ics migrate}: apply the change events in effect by a date to a model's arrangements. */
@Command(
    name = "migrate",
    sortOptions = false,
    usageHelpAutoWidth = true,
    mixinStandardHelpOptions = true,
    versionProvider = IcsCommand.Version.class,
    header = "Re-point the arrangements of merged, abolished or stripped organisations to their successors.",
    description = {
        "Applies the change events in effect by the date: each delegation, body and accountability link in "
            + "force that names an organisation which has ended, or lost the functions it is about, is re-pointed "
            + "to the body that now holds them where the change's instrument carries arrangements over "
            + "(arrangementsCarryOver: true), and otherwise left as it is with the decision a person must take. "
            + "Writes the migrated model to OUT and the report (every record re-pointed, orphaned or awaiting a "
            + "decision) to standard output."},
    footer = {"", "Examples:",
        "  ./ics migrate examples/exampleshire-ics.yaml --to 2026-06-01 -o migrated.yaml",
        "  ./ics migrate examples/exampleshire-ics.yaml --to 2026-06-01 -o migrated.json --format json"})
final class MigrateCommand implements Callable<Integer> {

  /** Report formats. */
  enum Format { MARKDOWN, JSON }

  @ParentCommand
  IcsCommand top;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.yaml, .yml or .json).")
  Path file;

  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", converter = Inputs.DateConverter.class,
      description = "The date to migrate to: the change events in effect on it are applied.")
  LocalDate to;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
      description = "Where to write the migrated model (.yaml, .yml or .json: the extension picks the format).")
  Path output;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "Report format: markdown or json (default: markdown).")
  Format format = Format.MARKDOWN;

  @Option(names = "--report", paramLabel = "FILE", description = "Write the report to this file instead of standard output.")
  Path report;

  @Option(names = "--assume-carry-over",
      description = "Where a change event does not say whether arrangements carry over, assume they do and re-point"
          + " them (default: list the decision instead). An event that says they do not is never overridden.")
  boolean assumeCarryOver;

  @Mixin
  ModelOptions modelOptions = new ModelOptions();

  @Override
  public Integer call() {
    ModelFormat outFormat;
    try {
      outFormat = ModelFormat.of(output);
    } catch (IllegalArgumentException e) {
      throw new CliException("cannot write the migrated model to '" + output
          + "': give it a name ending .yaml, .yml or .json");
    }
    if (format == Format.JSON && report == null) {
      top.progress().off();
    }
    top.progress().stage("reading " + file);
    IcsModel model = modelOptions.read(file);
    top.progress().stage("migrating to " + to);
    MigrationResult result = Migration.of(model).assumingCarryOverWhereUnsaid(assumeCarryOver).to(to);
    Output.write(spec.commandLine().getOut(), output, ModelFiles.write(result.model(), outFormat));
    String text = format == Format.JSON ? json(model, result) : markdown(model, result);
    Output.write(spec.commandLine().getOut(), report, text);
    return ExitCodes.OK;
  }

  private String markdown(IcsModel model, MigrationResult result) {
    StringBuilder out = new StringBuilder();
    out.append("# Migration of ").append(model.name().orElse(file.getFileName().toString())).append(" to ")
        .append(result.date()).append("\n\n");
    List<ChangeEvent> applied = applied(model, result.date());
    out.append("Change events in effect on ").append(result.date()).append(": ").append(applied.size()).append(applied.isEmpty() ? "" : ":").append("\n");
    for (ChangeEvent c : applied) {
      out.append("- `").append(c.id()).append("` ").append(c.kind().typeName()).append(" effective ")
          .append(c.effectiveDate()).append(status(c)).append('\n');
    }
    out.append("\nWhere an instrument does not say whether arrangements carry over: ")
        .append(result.assumedCarryOver() ? "assumed they do (--assume-carry-over)." : "not re-pointed; listed as"
            + " decisions.").append("\n\nMigrated model written to `").append(output).append("`.\n\n");
    out.append("| Outcome | Records |\n|---|---|\n");
    for (MigrationEntry.Kind k : MigrationEntry.Kind.values()) {
      out.append("| ").append(title(k)).append(" | ").append(result.entries(k).size()).append(" |\n");
    }
    for (MigrationEntry.Kind k : MigrationEntry.Kind.values()) {
      List<MigrationEntry> entries = result.entries(k);
      if (entries.isEmpty()) {
        continue;
      }
      out.append("\n## ").append(title(k)).append("\n\n");
      for (MigrationEntry e : entries) {
        out.append("- `").append(e.record()).append('`')
            .append(e.newRecord().map(n -> " (now `" + n + "`)").orElse("")).append(": ")
            .append(e.sentence()).append('\n');
      }
    }
    return out.toString();
  }

  private String json(IcsModel model, MigrationResult result) {
    ObjectNode o = Node.object();
    model.name().ifPresent(n -> o.put("model", n));
    o.put("date", result.date().toString());
    o.put("output", output.toString());
    o.put("assumedCarryOver", result.assumedCarryOver());
    ArrayNode events = o.putArray("changeEvents");
    for (ChangeEvent c : applied(model, result.date())) {
      ObjectNode e = Node.object();
      e.put("id", c.id());
      e.put("kind", c.kind().typeName());
      e.put("effectiveDate", c.effectiveDate().toString());
      ArrayNode statuses = e.putArray("statuses");
      c.sources().stream().flatMap(s -> s.status().stream()).map(s -> s.name().toLowerCase(java.util.Locale.ROOT)
          .replace('_', '-')).distinct().forEach(statuses::add);
      events.add(e);
    }
    ArrayNode entries = o.putArray("entries");
    for (MigrationEntry m : result.entries()) {
      ObjectNode e = Node.object();
      e.put("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      e.put("record", m.record());
      m.newRecord().ifPresent(n -> e.put("newRecord", n));
      e.put("party", m.party());
      ArrayNode successors = e.putArray("successors");
      m.successors().forEach(successors::add);
      m.event().ifPresent(n -> e.put("event", n));
      e.put("sentence", m.sentence());
      entries.add(e);
    }
    return JsonDocumentWriter.pretty().writeString(o) + "\n";
  }

  private static List<ChangeEvent> applied(IcsModel model, LocalDate date) {
    return model.changeEvents().stream().filter(c -> !c.effectiveDate().isAfter(date)).toList();
  }

  private static String status(ChangeEvent c) {
    List<String> statuses = c.sources().stream().flatMap(s -> s.status().stream())
        .map(s -> s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).distinct().toList();
    return statuses.isEmpty() ? "" : " (sources: " + String.join(", ", statuses) + ")";
  }

  private static String title(MigrationEntry.Kind k) {
    return switch (k) {
      case RE_POINTED -> "Re-pointed";
      case ORPHANED -> "Orphaned";
      case DECISION_REQUIRED -> "Decisions a person must take";
    };
  }
}
