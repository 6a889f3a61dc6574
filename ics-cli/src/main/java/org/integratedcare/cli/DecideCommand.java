package org.integratedcare.cli;

import org.integratedcare.io.tree.JsonDocumentWriter;
import org.integratedcare.json.IcsJson;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.governance.authority.AuthorityAnswer;
import org.integratedcare.governance.authority.AuthorityQuery;
import org.integratedcare.governance.authority.DecidersAnswer;
import org.integratedcare.governance.authority.DecisionAuthority;
import org.integratedcare.governance.authority.Grant;
import org.integratedcare.governance.authority.Outcome;
import org.integratedcare.core.function.FinancialLimit;
import org.integratedcare.core.function.LimitCategory;
import org.integratedcare.governance.authority.Reason;
import org.integratedcare.governance.authority.StatusNote;
import org.integratedcare.governance.authority.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ics decide}: who may take a decision on a function that binds an organisation. */
@Command(
    name = "decide",
    sortOptions = false,
    usageHelpAutoWidth = true,
    mixinStandardHelpOptions = true,
    versionProvider = IcsCommand.Version.class,
    header = "Ask who may take a decision on a function that binds an organisation, with reasons.",
    description = {
        "With --by, answers whether that body, post or organisation may take a decision on the function "
            + "that binds each organisation named with --for: binding (with the path of grants from the "
            + "holder by law), advisory only, no authority (with the reasons), not holder (the organisation does "
            + "not hold the function), or cannot tell (with what is not recorded and what to record).",
        "Without --by, considers the function's holder, its unitary board, every delegate of the function "
            + "and successors of the holder, and lists those whose decision binds, then those that may only advise, "
            + "then those of which it cannot be told because a delegation is not recorded."},
    footer = {"", "Examples:",
        "  ./ics decide examples/exampleshire-ics.yaml --function fn-icb-commissioning --for exampleshire-icb",
        "  ./ics decide examples/exampleshire-ics.yaml --function fn-icb-commissioning --for exampleshire-icb \\",
        "        --by icb-finance-committee --amount 3000000 --date 2025-06-01"})
final class DecideCommand implements Callable<Integer> {

  @ParentCommand
  IcsCommand top;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.yaml, .yml or .json).")
  Path file;

  @Option(names = {"-F", "--function"}, required = true, paramLabel = "FUNCTION", description = "The id of the function decided on.")
  String function;

  @Option(names = "--for", required = true, split = ",", paramLabel = "ORGANISATION",
      description = "The id of each organisation the decision should bind (repeat or separate with commas).")
  List<String> organisations;

  @Option(names = {"-b", "--by"}, paramLabel = "DECIDER", description = "The id of the deciding body, post or organisation.")
  String decider;

  @Option(names = {"-a", "--amount"}, paramLabel = "POUNDS", converter = Inputs.PoundsConverter.class, description = "The sum the decision commits, in pounds, checked against financial limits.")
  BigDecimal amount;

  @Option(names = {"-c", "--category"}, paramLabel = "CATEGORY", converter = Inputs.LimitCategoryConverter.class,
      description = "The category of spending of --amount: revenue, capital, contract-award, write-offs or "
          + "losses-and-special-payments; checked against each delegation's limit for it (without it, every "
          + "category's limit applies).")
  LimitCategory category;

  @Option(names = {"-d", "--date"}, paramLabel = "YYYY-MM-DD", converter = Inputs.DateConverter.class,
      description = "The date of the decision (default: today).")
  LocalDate date;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text or json (default: text).")
  Format format = Format.TEXT;

  @Option(names = "--law-in-force-only",
      description = "Set aside the facts whose sources show them only as a bill, an announcement, a report or an "
          + "unconfirmed lead (a change of the Health Bill, a reported merger), and say which were set aside.")
  boolean lawInForceOnly;

  /** Output formats. */
  enum Format { TEXT, JSON }

  @Mixin
  ModelOptions modelOptions = new ModelOptions();

  @Override
  public Integer call() {
    if (format == Format.JSON) {
      top.progress().off();
    }
    top.progress().stage("reading " + file);
    if (category != null && amount == null) {
      throw new CliException("--category " + category.typeName() + " needs --amount, such as --amount 250000");
    }
    IcsModel model = modelOptions.read(file);
    LocalDate asOf = date != null ? date : top.today();
    organisations.removeIf(String::isBlank);
    if (organisations.isEmpty()) {
      throw new CliException("--for: give the id of at least one organisation, such as --for exampleshire-icb");
    }
    Ids.require(model, "--function", function, "a function",
        StatutoryFunction.class);
    for (String o : organisations) {
      Ids.require(model, "--for", o, "an organisation",
          Organisation.class);
    }
    DecisionAuthority authority = DecisionAuthority.of(model);
    if (lawInForceOnly) {
      authority = authority.lawInForceOnly();
    }
    StringBuilder out = new StringBuilder();
    if (decider != null) {
      Ids.require(model, "--by", decider, "a body, post or organisation", Body.class, Post.class, Organisation.class);
      AuthorityAnswer answer = authority.decide(query(decider, asOf));
      if (format == Format.JSON) {
        Output.write(spec.commandLine().getOut(), null,
            decisionsJson(function, organisations, asOf, amount, List.of(answer)));
        return ExitCodes.OK;
      }
      out.append("May ").append(Ids.of(model, decider, asOf)).append(" take a decision on ")
          .append(Ids.of(model, function, asOf)).append(" on ").append(asOf).append("?\n\n");
      for (Verdict v : answer.verdicts()) {
        verdict(out, model, v, asOf);
      }
    } else {
      whoMayDecide(out, model, authority, asOf);
    }
    if (format == Format.JSON) {
      return ExitCodes.OK;
    }
    if (lawInForceOnly) {
      List<StatusNote> aside = authority.setAside();
      out.append(aside.isEmpty() ? "Law in force only: nothing in the model was set aside.\n"
          : "Law in force only: set aside " + aside.size() + (aside.size() == 1 ? " fact" : " facts")
              + " of the model:\n");
      aside.forEach(n -> out.append("  - ").append(n.sentence()).append('\n'));
    }
    Output.write(spec.commandLine().getOut(), null, out.toString());
    return ExitCodes.OK;
  }

  private AuthorityQuery query(String who, LocalDate asOf) {
    AuthorityQuery q = AuthorityQuery.of(who, function, asOf, organisations);
    if (amount == null) {
      return q;
    }
    return category == null ? q.withAmount(amount) : q.withAmount(category, amount);
  }

  private void whoMayDecide(StringBuilder out, IcsModel model, DecisionAuthority authority, LocalDate asOf) {
    // text starts here; in JSON only the answers are written
    out.append("Who may take a decision on ").append(Ids.of(model, function, asOf)).append(" that binds ")
        .append(String.join(" and ", organisations.stream().map(o -> Ids.of(model, o, asOf)).toList()))
        .append(" on ").append(asOf);
    if (amount != null) {
      out.append(", committing ").append(Ids.pounds(amount));
      if (category != null) {
        out.append(" of ").append(category.typeName().replace('-', ' '));
      }
    }
    out.append("?\n\n");
    DecidersAnswer deciders = authority.whoMayDecide(function, asOf, organisations, category, amount);
    List<AuthorityAnswer> binding = deciders.binding();
    List<AuthorityAnswer> advisory = deciders.advisory();
    List<AuthorityAnswer> cannotTell = deciders.cannotTell();
    if (format == Format.JSON) {
      List<AuthorityAnswer> all = new ArrayList<>(binding);
      all.addAll(advisory);
      all.addAll(cannotTell);
      Output.write(spec.commandLine().getOut(), null, decisionsJson(function, organisations, asOf, amount, all));
      return;
    }
    if (binding.isEmpty()) {
      out.append("No one considered may take a binding decision (").append(deciders.considered().size())
          .append(" considered: the holder by law, its board, the delegates of the function and the holder's successors).\n");
      out.append("Ask about one body with --by to see the reasons.\n");
    } else {
      out.append("Binding (").append(binding.size()).append("):\n\n");
      for (AuthorityAnswer a : binding) {
        out.append("* ").append(Ids.of(model, a.query().decider(), asOf)).append('\n');
        for (Verdict v : a.verdicts()) {
          grants(out, v, "    ");
          conditions(out, v, "    ");
          status(out, v, "    ");
        }
        out.append('\n');
      }
    }
    if (!advisory.isEmpty()) {
      out.append("Advisory only (").append(advisory.size()).append("):\n\n");
      for (AuthorityAnswer a : advisory) {
        out.append("* ").append(Ids.of(model, a.query().decider(), asOf)).append('\n');
        for (Verdict v : a.verdicts()) {
          v.advisoryBasis().ifPresent(b -> out.append("    ").append(b).append('\n'));
          status(out, v, "    ");
        }
        out.append('\n');
      }
    }
    if (!cannotTell.isEmpty()) {
      out.append("Cannot tell (").append(cannotTell.size()).append("): a delegation on the route is not recorded\n\n");
      for (AuthorityAnswer a : cannotTell) {
        out.append("* ").append(Ids.of(model, a.query().decider(), asOf)).append('\n');
        for (Verdict v : a.verdicts()) {
          v.reason().filter(r -> v.outcome() == Outcome.CANNOT_TELL)
              .ifPresent(r -> out.append("    ").append(r.sentence()).append('\n'));
          status(out, v, "    ");
        }
        out.append('\n');
      }
    }
  }

  private static void verdict(StringBuilder out, IcsModel model, Verdict v, LocalDate asOf) {
    out.append("For ").append(Ids.of(model, v.organisation(), asOf)).append(": ").append(outcome(v.outcome()))
        .append('\n');
    if (v.isBinding()) {
      out.append("  Path of grants:\n");
      grants(out, v, "    ");
      conditions(out, v, "  ");
    } else {
      out.append("  Reasons:\n");
      for (Reason r : v.reasons()) {
        out.append("    - ").append(r.sentence()).append('\n');
      }
      v.advisoryBasis().ifPresent(b -> out.append("  May advise: ").append(b).append('\n'));
    }
    status(out, v, "  ");
    out.append('\n');
  }

  /** The facts a verdict rests on that are not law in force, and those set aside under the law in force only. */
  private static void status(StringBuilder out, Verdict v, String indent) {
    v.restsOn().forEach(n -> out.append(indent).append("Not law in force: this ").append(n.sentence()).append('\n'));
    v.setAside().forEach(n -> out.append(indent).append("Set aside (law in force only): ").append(n.sentence())
        .append('\n'));
  }

  private static void grants(StringBuilder out, Verdict v, String indent) {
    int i = 1;
    for (Grant g : v.grants()) {
      out.append(indent).append(i++).append(". ").append(g.sentence()).append('\n');
    }
  }

  private static void conditions(StringBuilder out, Verdict v, String indent) {
    if (!v.conditions().isEmpty()) {
      out.append(indent).append("Conditions: ").append(String.join("; ", v.conditions())).append('\n');
    }
    v.financialLimit().ifPresent(l -> out.append(indent).append("Financial limit: ").append(Ids.pounds(l)).append('\n'));
    for (FinancialLimit l : v.limits()) {
      out.append(indent).append("Limit (").append(l.category().typeName().replace('-', ' ')).append("): ")
          .append(Ids.pounds(l.amount())).append('\n');
    }
  }

  private static String outcome(Outcome o) {
    switch (o) {
      case BINDING:
        return "BINDING";
      case ADVISORY_ONLY:
        return "ADVISORY ONLY";
      case NO_AUTHORITY:
        return "NO AUTHORITY";
      case NOT_HOLDER:
        return "NOT HOLDER";
      case CANNOT_TELL:
        return "CANNOT TELL";
      default:
        throw new AssertionError(o);
    }
  }

  private static String decisionsJson(String function, List<String> organisations, LocalDate date,
      BigDecimal amount, List<AuthorityAnswer> answers) {
    return JsonDocumentWriter.pretty().writeString(
        IcsJson.decisions(function, organisations, date, amount, answers)) + "\n";
  }
}
