package org.integratedcare.cli;

import org.integratedcare.json.IcsJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.governance.accountability.Accountability;
import org.integratedcare.governance.accountability.AccountabilityChain;
import org.integratedcare.governance.accountability.AccountabilityCycle;
import org.integratedcare.governance.accountability.AccountabilityReport;
import org.integratedcare.governance.accountability.ChainEnd;
import org.integratedcare.governance.accountability.ChainStep;
import org.integratedcare.report.DiagramFormat;
import org.integratedcare.report.Diagrams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ics chain}: the accountability chains of an organisation, body, post or function. */
@Command(
    name = "chain",
    sortOptions = false,
    usageHelpAutoWidth = true,
    mixinStandardHelpOptions = true,
    versionProvider = IcsCommand.Version.class,
    header = "Trace who answers for an organisation, body, post or function, up to where each line ends.",
    description = {
        "Follows the accountability links in force on the date from the subject to the ultimate "
            + "account-holders (Parliament, an electorate, foundation trust members, patients and communities), "
            + "a peer, an open end or a cycle, and reports any gap. A function is answered for by the "
            + "organisation that holds it by law, whoever exercises it: delegation moves the doing, never the answering."},
    footer = {"", "Examples:",
        "  ./ics chain examples/exampleshire-ics.yaml north-exampleshire-place-committee",
        "  ./ics chain examples/exampleshire-ics.yaml fn-icb-commissioning --format mermaid"})
final class ChainCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { TEXT, JSON, MERMAID, DOT }

  @ParentCommand
  IcsCommand top;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.yaml, .yml or .json).")
  Path file;

  @Parameters(index = "1", paramLabel = "SUBJECT", description = "The id of an organisation, body, post or function.")
  String subject;

  @Option(names = {"-d", "--date"}, paramLabel = "YYYY-MM-DD", converter = Inputs.DateConverter.class,
      description = "The date to trace the chains on (default: today).")
  LocalDate date;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text, json, mermaid or dot (default: text).")
  Format format = Format.TEXT;

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
    Ids.require(model, "SUBJECT", subject, "an organisation, body, post or function",
        Organisation.class, Body.class, Post.class, StatutoryFunction.class);
    AccountabilityReport report = Accountability.of(model).chains(subject, asOf);
    String text = switch (format) {
      case TEXT -> text(model, report);
      case JSON -> IcsJson.write(report);
      case MERMAID -> Diagrams.chains(model, report).render(DiagramFormat.MERMAID);
      case DOT -> Diagrams.chains(model, report).render(DiagramFormat.DOT);
    };
    Output.write(spec.commandLine().getOut(), null, text);
    return ExitCodes.OK;
  }

  private static String text(IcsModel model, AccountabilityReport report) {
    LocalDate asOf = report.date();
    StringBuilder out = new StringBuilder();
    out.append("Accountability of ").append(Ids.of(model, report.subject(), asOf)).append(" on ").append(asOf)
        .append("\n\n").append(summary(model, report)).append("\n\n");
    int n = 1;
    for (AccountabilityChain c : report.chains()) {
      out.append("Chain ").append(n++).append(" (").append(end(c.end())).append(" ")
          .append(Ids.of(model, c.last(), asOf)).append("):\n");
      int i = 1;
      for (ChainStep s : c.steps()) {
        out.append("  ").append(i++).append(". ").append(s.sentence()).append('\n');
      }
      out.append('\n');
    }
    if (!report.exercisedBy().isEmpty()) {
      out.append("Exercised under delegation by (answering through the holder):\n");
      report.exercisedBy().forEach(e -> out.append("  - ").append(Ids.of(model, e, asOf)).append('\n'));
      out.append('\n');
    }
    for (AccountabilityCycle c : report.cycles()) {
      out.append("Cycle: ").append(c.sentence()).append('\n');
    }
    report.gap().ifPresent(g -> out.append("Gap: ").append(g.sentence()).append('\n'));
    return out.toString();
  }

  /**
   * One line that says how many chains there are and where they end, without repeating their
   * steps, which follow: "5 lines of accountability: 3 end at Parliament (parliament), 1 at …".
   */
  private static String summary(IcsModel model, AccountabilityReport report) {
    LocalDate asOf = report.date();
    int n = report.chains().size();
    if (n == 0) {
      return "No line of accountability leaves " + Ids.of(model, report.subject(), asOf) + ".";
    }
    Map<String, Integer> ends = new LinkedHashMap<>();
    for (AccountabilityChain c : report.chains()) {
      String where = switch (c.end()) {
        case TERMINUS -> "";
        case PEER -> "the peer ";
        case OPEN_END -> "an open end at ";
        case CYCLE -> "a circle back to ";
      };
      ends.merge(where + Ids.of(model, c.last(), asOf), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    ends.forEach((where, count) -> parts.add(where + " (" + count + ")"));
    return n + (n == 1 ? " line" : " lines") + " of accountability, ending at " + String.join("; ", parts) + ".";
  }

  private static String end(ChainEnd end) {
    switch (end) {
      case TERMINUS:
        return "ends at the ultimate account-holder";
      case PEER:
        return "ends at the peer";
      case OPEN_END:
        return "open end at";
      case CYCLE:
        return "runs in a circle back to";
      default:
        throw new AssertionError(end);
    }
  }
}
