package org.integratedcare.json;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.governance.accountability.AccountabilityChain;
import org.integratedcare.governance.accountability.AccountabilityCycle;
import org.integratedcare.governance.accountability.AccountabilityReport;
import org.integratedcare.governance.accountability.ChainStep;
import org.integratedcare.governance.authority.AuthorityAnswer;
import org.integratedcare.governance.authority.DecidersAnswer;
import org.integratedcare.governance.authority.Grant;
import org.integratedcare.governance.authority.Reason;
import org.integratedcare.governance.authority.StatusNote;
import org.integratedcare.governance.authority.Verdict;
import org.integratedcare.governance.diff.AuthorityChange;
import org.integratedcare.governance.diff.ChainChange;
import org.integratedcare.governance.diff.FieldChange;
import org.integratedcare.governance.diff.FindingChange;
import org.integratedcare.governance.diff.ModelDiff;
import org.integratedcare.governance.diff.RecordChange;
import org.integratedcare.governance.reform.ReformChange;
import org.integratedcare.governance.reform.ReformScenario;
import org.integratedcare.governance.reform.WhatIf;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.RuleError;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleSetVersion;
import org.integratedcare.governance.rules.Severity;
import org.integratedcare.governance.rules.Suppression;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.io.tree.ArrayNode;
import org.integratedcare.io.tree.JsonDocumentWriter;
import org.integratedcare.io.tree.Node;
import org.integratedcare.io.tree.ObjectNode;
import org.integratedcare.metrics.MetricsReport;

/**
 * The library's JSON: the documented shape of each answer and report, written through the
 * library's own document tree so that it is the same whatever JSON library an application uses.
 *
 * <p>Supported values: {@link AuthorityAnswer}, {@link Verdict}, {@link DecidersAnswer}, {@link
 * AccountabilityReport}, {@link RuleReport}, {@link MetricsReport}, {@link ModelDiff}, {@link
 * WhatIf} and {@link IcsModel} (in the model-file shape of {@link ModelFiles}). Properties come in a fixed order; enum values are
 * lower-case words joined by hyphens ({@code "no-authority"}); dates are ISO dates; an absent
 * optional value is {@code null}. The same value always gives the same bytes. The shapes are
 * described in {@code docs/json.md}.
 *
 * <pre>{@code
 * String json = IcsJson.write(DecisionAuthority.of(model).decide(query));
 * }</pre>
 *
 * <p>The Jackson adapters ({@code ics-jackson2}, {@code ics-jackson3}) write the same trees
 * through an application's own mapper. This class is thread-safe.
 */
public final class IcsJson {
  private static final List<Class<?>> SUPPORTED = List.of(AuthorityAnswer.class, Verdict.class,
      DecidersAnswer.class, AccountabilityReport.class, RuleReport.class, MetricsReport.class,
      IcsModel.class, ModelDiff.class, WhatIf.class);

  private IcsJson() {}

  /**
   * The types whose values this class can write.
   *
   * @return the types, in a fixed order; never null
   */
  public static List<Class<?>> supportedTypes() {
    return SUPPORTED;
  }

  /**
   * Whether values of {@code type} can be written.
   *
   * @param type the type, not null
   * @return true if {@code type} is one of the {@linkplain #supportedTypes() supported types} or a
   *     subtype of one
   * @throws NullPointerException if {@code type} is null
   */
  public static boolean supports(Class<?> type) {
    Objects.requireNonNull(type, "type");
    return SUPPORTED.stream().anyMatch(t -> t.isAssignableFrom(type));
  }

  /**
   * A value as the library's document tree.
   *
   * @param value an answer, report or model of a {@linkplain #supportedTypes() supported type}; not
   *     null
   * @return a new tree, which the caller may change
   * @throws IllegalArgumentException if the value's type is not supported
   * @throws NullPointerException if {@code value} is null
   */
  public static ObjectNode toTree(Object value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof AuthorityAnswer a) {
      return answer(a);
    } else if (value instanceof Verdict v) {
      ObjectNode o = Node.object();
      verdict(o, v);
      return o;
    } else if (value instanceof DecidersAnswer d) {
      return deciders(d);
    } else if (value instanceof AccountabilityReport r) {
      return chains(r);
    } else if (value instanceof RuleReport r) {
      return ruleReport(r);
    } else if (value instanceof MetricsReport m) {
      return (ObjectNode) RecordTrees.of(m);
    } else if (value instanceof IcsModel m) {
      return ModelFiles.toTree(m);
    } else if (value instanceof ModelDiff d) {
      return diff(d);
    } else if (value instanceof WhatIf w) {
      return whatIf(w);
    }
    throw new IllegalArgumentException("the library has no JSON shape for " + value.getClass().getName()
        + "; supported: " + SUPPORTED.stream().map(Class::getSimpleName).toList());
  }

  /**
   * A value as indented JSON ending with a line break: two spaces an indent, {@code \n} line ends,
   * UTF-8 text.
   *
   * @param value as for {@link #toTree(Object)}
   * @return the JSON text
   * @throws IllegalArgumentException if the value's type is not supported
   * @throws NullPointerException if {@code value} is null
   */
  public static String write(Object value) {
    return JsonDocumentWriter.pretty().writeString(toTree(value)) + "\n";
  }

  /**
   * Several answers to one question, as {@code ics decide} writes them: the function, the
   * organisations, the date and the amount asked about, then each decider's answer.
   *
   * @param function the function's id, not null
   * @param organisations the organisations' ids, not null
   * @param date the date asked about, not null
   * @param amount the amount, or null if none was given
   * @param answers the answers, in the order to write them; not null
   * @return the tree
   * @throws NullPointerException if an argument other than {@code amount} is null
   */
  public static ObjectNode decisions(String function, List<String> organisations, LocalDate date,
      @Nullable BigDecimal amount, List<AuthorityAnswer> answers) {
    ObjectNode root = Node.object();
    root.put("function", Objects.requireNonNull(function, "function"));
    ArrayNode orgs = root.putArray("organisations");
    organisations.forEach(orgs::add);
    root.put("date", date.toString());
    root.put("amount", amount);
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
    return root;
  }

  private static ObjectNode answer(AuthorityAnswer a) {
    ObjectNode o = Node.object();
    o.put("decider", a.query().decider());
    o.put("function", a.query().function());
    ArrayNode orgs = o.putArray("organisations");
    a.query().organisations().forEach(orgs::add);
    o.put("date", a.query().date().toString());
    o.put("amount", a.query().amount().orElse(null));
    a.query().category().ifPresent(c -> o.put("category", c.typeName()));
    o.put("bindsAll", a.bindsAll());
    ArrayNode verdicts = o.putArray("verdicts");
    a.verdicts().forEach(v -> verdict(verdicts.addObject(), v));
    return o;
  }

  private static ObjectNode deciders(DecidersAnswer d) {
    ObjectNode o = Node.object();
    o.put("function", d.function());
    ArrayNode orgs = o.putArray("organisations");
    d.organisations().forEach(orgs::add);
    o.put("date", d.date().toString());
    o.put("amount", d.amount().orElse(null));
    ArrayNode considered = o.putArray("considered");
    d.considered().forEach(considered::add);
    ArrayNode binding = o.putArray("binding");
    d.binding().forEach(a -> binding.add(answer(a)));
    ArrayNode advisory = o.putArray("advisory");
    d.advisory().forEach(a -> advisory.add(answer(a)));
    ArrayNode cannotTell = o.putArray("cannotTell");
    d.cannotTell().forEach(a -> cannotTell.add(answer(a)));
    return o;
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
    ArrayNode limits = n.putArray("limits");
    v.limits().forEach(l -> limits.addObject().put("category", l.category().typeName()).put("amount", l.amount()));
    v.advisoryBasis().ifPresentOrElse(b -> n.put("advisoryBasis", b), () -> n.putNull("advisoryBasis"));
    n.put("status", name(v.status()));
    notes(n.putArray("restsOn"), v.restsOn());
    notes(n.putArray("setAside"), v.setAside());
    n.put("sentence", v.sentence());
  }

  private static void notes(ArrayNode a, List<StatusNote> notes) {
    for (StatusNote s : notes) {
      a.addObject().put("record", s.record()).put("status", name(s.status())).put("source", s.source())
          .put("sentence", s.sentence());
    }
  }

  private static ObjectNode chains(AccountabilityReport report) {
    ObjectNode root = Node.object();
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
        if (s.implied()) {
          o.put("implied", true);
        }
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
    return root;
  }

  private static void period(ObjectNode o, DateRange p) {
    o.put("validFrom", p.start().toString());
    p.end().ifPresentOrElse(e -> o.put("validTo", e.toString()), () -> o.putNull("validTo"));
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static ObjectNode ruleReport(RuleReport report) {
    ObjectNode root = Node.object();
    report.modelName().ifPresent(n -> root.put("model", n));
    root.put("date", report.date().toString());
    ArrayNode sets = root.putArray("ruleSets");
    for (RuleSetVersion v : report.ruleSets()) {
      sets.addObject().put("id", v.packId()).put("version", v.version()).put("rules", v.rules());
    }
    root.put("rulesRun", report.rulesRun());
    ObjectNode counts = root.putObject("counts");
    for (Severity s : Severity.values()) {
      counts.put(s.typeName(), report.count(s));
    }
    counts.put("suppressed", report.suppressedFindings().size());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      finding(findings.addObject(), f);
    }
    ArrayNode errors = root.putArray("ruleErrors");
    for (RuleError e : report.ruleErrors()) {
      errors.addObject().put("pack", e.packId()).put("rule", e.ruleId()).put("problem", e.problem());
    }
    ArrayNode unused = root.putArray("unusedSuppressions");
    for (Suppression s : report.unusedSuppressions()) {
      unused.addObject().put("rule", s.ruleId()).put("subject", s.subject())
          .put("justification", s.justification());
    }
    return root;
  }

  private static void finding(ObjectNode n, Finding f) {
    n.put("rule", f.ruleId());
    n.put("severity", f.severity().typeName());
    n.putObject("basis").put("kind", f.basis().kind().typeName()).put("citation", f.basis().citation());
    n.putObject("subject").put("id", f.subject().id()).put("path", f.subject().path());
    n.put("message", f.message());
    ArrayNode evidence = n.putArray("evidence");
    f.evidence().forEach(evidence::add);
    f.suppression().ifPresent(s -> n.putObject("suppressed")
        .put("subject", s.subject()).put("justification", s.justification()));
  }

  private static ObjectNode diff(ModelDiff diff) {
    ObjectNode root = Node.object();
    side(root.putObject("before"), diff.beforeName(), diff.beforeDate());
    side(root.putObject("after"), diff.afterName(), diff.afterDate());
    root.put("changed", !diff.isEmpty());
    ArrayNode records = root.putArray("records");
    for (RecordChange c : diff.records()) {
      ObjectNode o = records.addObject();
      o.put("change", c.kind().typeName());
      o.put("id", c.id());
      o.put("type", c.type());
      o.put("label", c.label());
      ArrayNode fields = o.putArray("fields");
      for (FieldChange f : c.fields()) {
        fields.addObject().put("field", f.field()).put("before", f.before()).put("after", f.after());
      }
      o.put("sentence", c.sentence());
    }
    ArrayNode authority = root.putArray("authority");
    for (AuthorityChange a : diff.authority()) {
      ObjectNode o = authority.addObject();
      o.put("function", a.function());
      o.put("name", a.functionName());
      deciders(o.putObject("before"), a.before());
      deciders(o.putObject("after"), a.after());
      o.put("sentence", a.sentence());
    }
    ArrayNode chains = root.putArray("chains");
    for (ChainChange c : diff.chains()) {
      ObjectNode o = chains.addObject();
      o.put("subject", c.subject());
      o.put("name", c.name());
      ArrayNode added = o.putArray("added");
      c.added().forEach(added::add);
      ArrayNode removed = o.putArray("removed");
      c.removed().forEach(removed::add);
      o.put("sentence", c.sentence());
    }
    ArrayNode findings = root.putArray("findings");
    for (FindingChange f : diff.findings()) {
      ObjectNode o = findings.addObject();
      o.put("change", f.kind().typeName());
      finding(o, f.finding());
      f.because().ifPresentOrElse(b -> o.put("because", b), () -> o.putNull("because"));
    }
    return root;
  }

  private static ObjectNode whatIf(WhatIf w) {
    ObjectNode root = Node.object();
    root.putObject("scenario").put("id", w.scenario().id()).put("name", w.scenario().name());
    root.put("effective", w.effective().toString());
    root.put("date", w.date().toString());
    ArrayNode changes = root.putArray("changes");
    for (ReformScenario.AppliedChange a : w.applied().applied()) {
      ObjectNode o = changes.addObject();
      ReformChange c = a.change();
      o.put("id", c.id());
      o.put("kind", c instanceof ReformChange.Abolition ? "abolition" : "requirement-dropped");
      o.put("description", c.description());
      ObjectNode source = o.putObject("source");
      source.put("document", c.source().document());
      c.source().url().ifPresent(u -> source.put("url", u));
      c.source().clause().ifPresent(x -> source.put("clause", x));
      c.source().status().ifPresentOrElse(st -> source.put("status", name(st)), () -> source.putNull("status"));
      ArrayNode records = o.putArray("records");
      a.records().forEach(records::add);
      o.put("sentence", a.sentence());
    }
    root.set("diff", diff(w.diff()));
    return root;
  }

  private static void side(ObjectNode o, Optional<String> name, LocalDate date) {
    name.ifPresentOrElse(n -> o.put("model", n), () -> o.putNull("model"));
    o.put("date", date.toString());
  }

  private static void deciders(ObjectNode o, AuthorityChange.Deciders d) {
    ArrayNode organisations = o.putArray("organisations");
    d.organisations().forEach(organisations::add);
    ArrayNode binding = o.putArray("binding");
    d.binding().forEach(binding::add);
    ArrayNode advisory = o.putArray("advisory");
    d.advisory().forEach(advisory::add);
    ArrayNode cannotTell = o.putArray("cannotTell");
    d.cannotTell().forEach(cannotTell::add);
  }
}
