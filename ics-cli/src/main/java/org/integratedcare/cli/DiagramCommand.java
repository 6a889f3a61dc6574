package org.integratedcare.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.structure.Place;
import org.integratedcare.report.Diagram;
import org.integratedcare.report.DiagramFormat;
import org.integratedcare.report.Diagrams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ics diagram}: draws a model as Mermaid or Graphviz DOT. */
@Command(
    name = "diagram",
    sortOptions = false,
    usageHelpAutoWidth = true,
    mixinStandardHelpOptions = true,
    versionProvider = IcsCommand.Version.class,
    header = "Draw the structure, delegations or accountability chains of a system as Mermaid or DOT.",
    description = {
        "Draws the system as in force on a date, top down, as a Mermaid flowchart (which GitHub and GitLab "
            + "render in Markdown), a Graphviz DOT digraph (for dot -Tsvg, if Graphviz is installed) or an "
            + "SVG picture laid out by ics itself (needs nothing else; opens in any browser).",
        "  structure    organisations, structures, boards and committees (--place ID: one place)",
        "  delegations  who delegates which functions to whom (--function ID: one function)",
        "  chain        the accountability chains of --subject (an organisation, body, post or function)"},
    footer = {"", "Examples:",
        "  ./ics diagram delegations examples/exampleshire-ics.yaml --format svg -o delegations.svg",
        "  ./ics diagram structure examples/exampleshire-ics.yaml --place place-riverton"})
final class DiagramCommand implements Callable<Integer> {

  /** What to draw. */
  enum Kind { STRUCTURE, DELEGATIONS, CHAIN }

  @ParentCommand
  IcsCommand top;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "WHAT", description = "What to draw: structure, delegations or chain.")
  Kind kind;

  @Parameters(index = "1", paramLabel = "MODEL", description = "The model file (.yaml, .yml or .json).")
  Path file;

  @Option(names = {"-d", "--date"}, paramLabel = "YYYY-MM-DD", converter = Inputs.DateConverter.class,
      description = "The date to draw the model as of (default: today).")
  LocalDate date;

  @Option(names = {"-s", "--subject"}, paramLabel = "ID",
      description = "For chain: the id of the organisation, body, post or function whose chains to draw.")
  String subject;

  @Option(names = {"-p", "--place"}, paramLabel = "ID",
      description = "For structure: draw only this place, what it is made of and what it belongs to.")
  String place;

  @Option(names = {"-F", "--function"}, paramLabel = "ID",
      description = "For delegations: draw only the delegations of this function.")
  String function;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "mermaid, dot or svg (default: mermaid).")
  DiagramFormat format = DiagramFormat.MERMAID;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the diagram to this file instead of standard output.")
  Path output;

  @Mixin
  ModelOptions modelOptions = new ModelOptions();

  @Override
  public Integer call() {
    top.progress().stage("reading " + file);
    IcsModel model = modelOptions.read(file);
    LocalDate asOf = date != null ? date : top.today();
    if (kind != Kind.CHAIN && subject != null) {
      throw new CliException("--subject is only for 'diagram chain'");
    }
    if (kind != Kind.STRUCTURE && place != null) {
      throw new CliException("--place is only for 'diagram structure'");
    }
    if (kind != Kind.DELEGATIONS && function != null) {
      throw new CliException("--function is only for 'diagram delegations'");
    }
    Diagram diagram = switch (kind) {
      case STRUCTURE -> {
        if (place == null) {
          yield Diagrams.structure(model, asOf);
        }
        Ids.require(model, "--place", place, "a place", Place.class);
        if (model.on(asOf).structures().stream().noneMatch(s -> s.id().equals(place))) {
          throw new CliException("--place: '" + place + "' is not in force on " + asOf);
        }
        yield Diagrams.structureOfPlace(model, asOf, place);
      }
      case DELEGATIONS -> {
        if (function == null) {
          yield Diagrams.delegations(model, asOf);
        }
        Ids.require(model, "--function", function, "a function", StatutoryFunction.class);
        yield Diagrams.delegationsOfFunction(model, asOf, function);
      }
      case CHAIN -> {
        if (subject == null) {
          throw new CliException("'diagram chain' needs --subject ID: the organisation, body, post or function to trace");
        }
        Ids.require(model, "--subject", subject, "an organisation, body, post or function",
            Organisation.class, Body.class, Post.class, StatutoryFunction.class);
        yield Diagrams.chains(model, subject, asOf);
      }
    };
    Output.write(spec.commandLine().getOut(), output, diagram.render(format));
    return ExitCodes.OK;
  }
}
