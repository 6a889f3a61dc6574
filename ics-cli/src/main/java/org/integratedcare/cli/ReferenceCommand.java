package org.integratedcare.cli;

import java.time.LocalDate;
import java.util.List;
import org.integratedcare.core.organisation.OrganisationKind;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.integratedcare.core.Source;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.reference.EnglandReferenceData;
import org.integratedcare.reference.Succession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ics reference}: England's reference data (ICBs on a date, successors of an ICB). */
@Command(
    name = "reference",
    sortOptions = false,
    usageHelpAutoWidth = true,
    mixinStandardHelpOptions = true,
    versionProvider = IcsCommand.Version.class,
    header = "Look up England's reference data: the ICBs on a date, and who succeeded an ICB.",
    description = {
        "The bundled reference data holds NHS England, its seven regions, the 42 ICBs of 1 July 2022 and "
            + "the changes of 1 April 2026. Facts their published sources report but do not yet "
            + "confirm (the 2026 mergers, the new ICBs' ODS codes) are flagged as such; each record names its source."},
    subcommands = {ReferenceCommand.Icbs.class, ReferenceCommand.Successors.class})
final class ReferenceCommand implements Callable<Integer> {

  @ParentCommand
  IcsCommand top;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("ics: reference needs a subcommand: icbs or successors.");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.BAD_INPUT;
  }

  /** {@code ics reference icbs}: the ICBs in force on a date. */
  @Command(name = "icbs", mixinStandardHelpOptions = true, versionProvider = IcsCommand.Version.class, usageHelpAutoWidth = true,
      header = "List England's integrated care boards in force on a date, with ODS code and region.",
      footer = {"", "Examples:", "  ./ics reference icbs --date 2026-03-31", "  ./ics reference icbs --date 2026-04-01"})
  static final class Icbs implements Callable<Integer> {
    @ParentCommand
    ReferenceCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-d", "--date"}, paramLabel = "YYYY-MM-DD", converter = Inputs.DateConverter.class,
        description = "The date (default: today).")
    LocalDate date;

    @Override
    public Integer call() {
      LocalDate asOf = date != null ? date : parent.top.today();
      EnglandReferenceData data = EnglandReferenceData.load();
      List<Organisation> icbs = data.icbsOn(asOf);
      StringBuilder out = new StringBuilder();
      out.append(icbs.size()).append(icbs.size() == 1 ? " integrated care board" : " integrated care boards")
          .append(" in force in England on ").append(asOf).append(icbs.isEmpty() ? ".\n" : ":\n\n");
      int width = icbs.stream().mapToInt(o -> o.nameOn(asOf).orElse(o.name()).length()).max().orElse(0);
      for (Organisation o : icbs) {
        String code = o.odsCodeOn(asOf).map(c -> c.value()).orElse("-");
        String region = data.regionOf(o.id(), asOf).map(r -> r.nameOn(asOf).orElse(r.name())).orElse("-");
        String name = o.nameOn(asOf).orElse(o.name());
        out.append("  ").append(code).append(" ".repeat(Math.max(1, 6 - code.length()))).append(name)
            .append(" ".repeat(width - name.length() + 2)).append(region)
            .append(reported(o.sources()) ? "  (reported)" : "").append('\n');
      }
      if (icbs.stream().anyMatch(o -> reported(o.sources()))) {
        out.append("\n(reported): this ICB's sources report it but do not yet confirm it.\n");
      }
      Output.write(spec.commandLine().getOut(), null, out.toString());
      return ExitCodes.OK;
    }
  }

  /** {@code ics reference successors ICB}: who succeeded an ICB. */
  @Command(name = "successors", mixinStandardHelpOptions = true, versionProvider = IcsCommand.Version.class, usageHelpAutoWidth = true,
      header = "Show which organisations succeeded an ICB, when, wholly or in part, and why.",
      footer = {"", "Example:  ./ics reference successors QNQ"})
  static final class Successors implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ICB", description = "The ICB's ODS code (such as QNQ) or reference id (such as icb-frimley).")
    String icb;

    @Override
    public Integer call() {
      EnglandReferenceData data = EnglandReferenceData.load();
      Organisation found = data.icb(icb.strip()).orElseThrow(() -> unknownIcb(data));
      List<Succession> successions = data.successorsOf(found.id());
      StringBuilder out = new StringBuilder(found.name());
      found.odsCode().ifPresent(c -> out.append(" (").append(c.value()).append(')'));
      if (successions.isEmpty()) {
        out.append(" has no successor in the reference data")
            .append(found.period().end().map(e -> "; it ended on " + e + ".\n").orElse(": it continues.\n"));
      } else {
        out.append(":\n\n");
        for (Succession s : successions) {
          out.append("  ").append(s.reason()).append('\n');
          if (!s.sources().isEmpty()) {
            out.append("    Sources: ").append(s.sources().stream().map(Successors::source)
                .collect(Collectors.joining("; "))).append('\n');
          }
        }
      }
      Output.write(spec.commandLine().getOut(), null, out.toString());
      return ExitCodes.OK;
    }

    private CliException unknownIcb(EnglandReferenceData data) {
      List<String> known = new java.util.ArrayList<>();
      for (Organisation o : data.model().organisations()) {
        if (o.kinds().stream().anyMatch(k -> k.value() == OrganisationKind.INTEGRATED_CARE_BOARD)) {
          known.add(o.id());
          o.odsCodes().forEach(c -> known.add(c.value().value()));
        }
      }
      List<String> near = Suggestions.nearest(icb.strip(), List.copyOf(new java.util.LinkedHashSet<>(known)));
      return new CliException("ICB: '" + icb + "' is neither the ODS code nor the reference id of an ICB"
          + (near.isEmpty() ? "" : "; did you mean " + Suggestions.orList(near) + "?")
          + " 'ics reference icbs --date 2022-07-01' lists them.");
    }

    private static String source(Source s) {
      return s.document() + s.clause().map(c -> ", " + c).orElse("")
          + s.status().map(st -> " (" + st.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ")").orElse("");
    }
  }

  static boolean reported(List<Source> sources) {
    return sources.stream().anyMatch(s -> s.status().map(st -> st == SourceStatus.REPORTED).orElse(false));
  }
}
