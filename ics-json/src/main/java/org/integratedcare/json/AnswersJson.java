package org.integratedcare.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.governance.accountability.AccountabilityChain;
import org.integratedcare.governance.accountability.AccountabilityCycle;
import org.integratedcare.governance.accountability.AccountabilityReport;
import org.integratedcare.governance.accountability.ChainStep;
import org.integratedcare.governance.authority.AuthorityAnswer;
import org.integratedcare.governance.authority.Grant;
import org.integratedcare.governance.authority.Reason;
import org.integratedcare.governance.authority.Verdict;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decision answers and accountability reports as JSON, with fields in a fixed order and enum
 * values as lower-case words joined by hyphens ({@code "no-authority"}), for tools that read the
 * output of {@code ics decide} and {@code ics chain}.
 */
final class AnswersJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private AnswersJson() {}

  /** The question and the answers, in the order given (binding ones first). */
  static String decisions(String function, List<String> organisations, LocalDate date, BigDecimal amount,
      List<AuthorityAnswer> answers) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("function", function);
    ArrayNode orgs = root.putArray("organisations");
    organisations.forEach(orgs::add);
    root.put("date", date.toString());
    if (amount == null) {
      root.putNull("amount");
    } else {
      root.put("amount", amount);
    }
    ArrayNode list = root.putArray("answers");
    for (AuthorityAnswer a : answers) {
      ObjectNode answer = list.addObject();
      answer.put("decider", a.query().decider());
      answer.put("bindsAll", a.bindsAll());
      ArrayNode verdicts = answer.putArray("verdicts");
      for (Verdict v : a.verdicts()) {
        verdict(verdicts.addObject(), v);
      }
    }
    return MAPPER.writeValueAsString(root) + "\n";
  }

  private static void verdict(ObjectNode n, Verdict v) {
    n.put("organisation", v.organisation());
    n.put("outcome", name(v.outcome()));
    v.function().ifPresentOrElse(f -> n.put("function", f), () -> n.putNull("function"));
    ArrayNode grants = n.putArray("grants");
    for (Grant g : v.grants()) {
      ObjectNode o = grants.addObject();
      o.put("kind", name(g.kind()));
      o.put("from", g.from());
      o.put("to", g.to());
      g.delegation().ifPresent(d -> o.put("delegation", d));
      g.changeEvent().ifPresent(c -> o.put("changeEvent", c));
      g.instrument().ifPresent(i -> o.put("instrument", i.typeName()));
      g.clause().ifPresent(c -> o.put("clause", c));
      g.basis().ifPresent(b -> o.put("basis", b));
      period(o, g.validFor());
      o.put("sentence", g.sentence());
    }
    ArrayNode reasons = n.putArray("reasons");
    for (Reason r : v.reasons()) {
      reasons.addObject().put("kind", name(r.kind())).put("subject", r.subject()).put("sentence", r.sentence());
    }
    ArrayNode conditions = n.putArray("conditions");
    v.conditions().forEach(conditions::add);
    v.financialLimit().ifPresentOrElse(l -> n.put("financialLimit", l), () -> n.putNull("financialLimit"));
    v.advisoryBasis().ifPresentOrElse(b -> n.put("advisoryBasis", b), () -> n.putNull("advisoryBasis"));
    n.put("sentence", v.sentence());
  }

  /** An accountability report. */
  static String chains(AccountabilityReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("subject", report.subject());
    root.put("date", report.date().toString());
    root.put("sentence", report.sentence());
    ArrayNode chains = root.putArray("chains");
    for (AccountabilityChain c : report.chains()) {
      ObjectNode chain = chains.addObject();
      chain.put("end", name(c.end()));
      chain.put("last", c.last());
      chain.put("vertical", c.isVertical());
      ArrayNode steps = chain.putArray("steps");
      for (ChainStep s : c.steps()) {
        ObjectNode o = steps.addObject();
        o.put("kind", name(s.kind()));
        o.put("from", s.from());
        o.put("to", s.to());
        s.link().ifPresent(l -> o.put("link", l));
        s.direction().ifPresent(d -> o.put("direction", d.typeName()));
        s.basis().ifPresent(b -> o.put("basis", b.typeName()));
        s.citation().ifPresent(x -> o.put("citation", x));
        period(o, s.period());
        o.put("sentence", s.sentence());
      }
      chain.put("sentence", c.sentence());
    }
    ArrayNode cycles = root.putArray("cycles");
    for (AccountabilityCycle c : report.cycles()) {
      ObjectNode o = cycles.addObject();
      ArrayNode members = o.putArray("members");
      c.members().forEach(members::add);
      ArrayNode links = o.putArray("links");
      c.links().forEach(links::add);
      o.put("sentence", c.sentence());
    }
    report.gap().ifPresentOrElse(g -> {
      ObjectNode o = root.putObject("gap");
      o.put("holder", g.holder());
      ArrayNode functions = o.putArray("functions");
      g.functions().forEach(functions::add);
      o.put("sentence", g.sentence());
    }, () -> root.putNull("gap"));
    ArrayNode exercisedBy = root.putArray("exercisedBy");
    report.exercisedBy().forEach(exercisedBy::add);
    return MAPPER.writeValueAsString(root) + "\n";
  }

  private static void period(ObjectNode o, DateRange p) {
    o.put("validFrom", p.start().toString());
    p.end().ifPresentOrElse(e -> o.put("validTo", e.toString()), () -> o.putNull("validTo"));
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
