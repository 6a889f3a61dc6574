package org.integratedcare.governance.diff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Identified;
import org.integratedcare.core.ModelElement;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.change.Successors;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.governance.accountability.Accountability;
import org.integratedcare.governance.accountability.AccountabilityChain;
import org.integratedcare.governance.accountability.ChainStep;
import org.integratedcare.governance.authority.AuthorityAnswer;
import org.integratedcare.governance.authority.DecidersAnswer;
import org.integratedcare.governance.authority.DecisionAuthority;
import org.integratedcare.governance.authority.Verdict;
import org.integratedcare.governance.internal.Names;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.RulePacks;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;

/**
 * What changed between two versions of a system's arrangements (a constitution or scheme of
 * reservation and delegation before and after its revision), or between two dates of one version
 * (across a merger): the records added, removed and changed in domain words, who may decide what,
 * the accountability chains that changed, and the rule findings that appeared or cleared.
 *
 * <pre>{@code
 * ModelDiff diff = ModelDiff.between(current, revised, LocalDate.of(2026, 4, 1));
 * diff.records().forEach(c -> System.out.println(c.sentence()));
 * }</pre>
 *
 * <p>Records are matched by id. Between two versions every record is compared whatever its period
 * (a delegation that the revision ends is a changed record); on two dates, besides any change of
 * attributes, a record that came into force or ended between the dates is listed, and so is a
 * change event that took effect. Who may decide is asked, for every function, of the organisation
 * that holds it on each side, by law or as successor after a merger or acquisition ({@link
 * DecisionAuthority#whoMayDecide(String, LocalDate, String...)}); chains are traced from every
 * organisation, body and function ({@link Accountability#chains(String,
 * LocalDate)}); findings are those of the rule packs given (by default every pack found on the
 * class path), matched by rule id, subject and evidence, suppressed findings left out.
 *
 * <p>The diff is computed once, when it is made. This class is immutable and thread-safe.
 */
public final class ModelDiff {
  private final Optional<String> beforeName;
  private final Optional<String> afterName;
  private final LocalDate beforeDate;
  private final LocalDate afterDate;
  private final List<RecordChange> records;
  private final List<AuthorityChange> authority;
  private final List<ChainChange> chains;
  private final List<FindingChange> findings;

  private ModelDiff(Optional<String> beforeName, Optional<String> afterName, LocalDate beforeDate,
      LocalDate afterDate, List<RecordChange> records, List<AuthorityChange> authority,
      List<ChainChange> chains, List<FindingChange> findings) {
    this.beforeName = beforeName;
    this.afterName = afterName;
    this.beforeDate = beforeDate;
    this.afterDate = afterDate;
    this.records = List.copyOf(records);
    this.authority = List.copyOf(authority);
    this.chains = List.copyOf(chains);
    this.findings = List.copyOf(findings);
  }

  /**
   * The changes from one version of a model to another, both read on the same date, with the
   * findings of every rule pack on the class path.
   *
   * @param before the earlier version, not null
   * @param after the later version, not null
   * @param date the date both are read on, not null
   * @return the diff
   * @throws NullPointerException if an argument is null
   */
  public static ModelDiff between(IcsModel before, IcsModel after, LocalDate date) {
    return between(before, date, after, date);
  }

  /**
   * The changes from one model on one date to a model on another date, with the findings of every
   * rule pack on the class path. Pass the same model twice to see what changes between two dates.
   *
   * @param before the earlier version, not null
   * @param beforeDate the date the earlier version is read on, not null
   * @param after the later version (may be the same model), not null
   * @param afterDate the date the later version is read on, not null
   * @return the diff
   * @throws NullPointerException if an argument is null
   */
  public static ModelDiff between(IcsModel before, LocalDate beforeDate, IcsModel after, LocalDate afterDate) {
    return between(before, beforeDate, after, afterDate,
        RuleRunner.builder().addPacks(RulePacks.discover()).build());
  }

  /**
   * The changes from one model on one date to a model on another date, with the findings of the
   * given runner's packs, overrides and suppressions.
   *
   * @param before the earlier version, not null
   * @param beforeDate the date the earlier version is read on, not null
   * @param after the later version (may be the same model), not null
   * @param afterDate the date the later version is read on, not null
   * @param rules the rules whose findings are compared, not null
   * @return the diff
   * @throws NullPointerException if an argument is null
   */
  public static ModelDiff between(IcsModel before, LocalDate beforeDate, IcsModel after, LocalDate afterDate,
      RuleRunner rules) {
    Objects.requireNonNull(rules, "rules");
    return between(before, beforeDate, after, afterDate, rules, rules);
  }

  /**
   * The changes from one model on one date to a model on another date, each side's findings made by
   * its own rules: the later side's runner may suppress findings whose requirement a reform removes,
   * and the diff then lists them as cleared with the suppression's justification ({@link
   * FindingChange#because()}).
   *
   * @param before the earlier version, not null
   * @param beforeDate the date the earlier version is read on, not null
   * @param after the later version (may be the same model), not null
   * @param afterDate the date the later version is read on, not null
   * @param beforeRules the rules of the earlier side, not null
   * @param afterRules the rules of the later side, not null
   * @return the diff
   * @throws NullPointerException if an argument is null
   */
  public static ModelDiff between(IcsModel before, LocalDate beforeDate, IcsModel after, LocalDate afterDate,
      RuleRunner beforeRules, RuleRunner afterRules) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(beforeDate, "beforeDate");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(afterDate, "afterDate");
    Objects.requireNonNull(beforeRules, "beforeRules");
    Objects.requireNonNull(afterRules, "afterRules");
    return new ModelDiff(before.name(), after.name(), beforeDate, afterDate,
        records(before, beforeDate, after, afterDate),
        authority(before, beforeDate, after, afterDate),
        chains(before, beforeDate, after, afterDate),
        findings(beforeRules.run(before, beforeDate), afterRules.run(after, afterDate)));
  }

  /** The earlier version's name, if it has one. */
  public Optional<String> beforeName() {
    return beforeName;
  }

  /** The later version's name, if it has one. */
  public Optional<String> afterName() {
    return afterName;
  }

  /** The date the earlier version is read on. */
  public LocalDate beforeDate() {
    return beforeDate;
  }

  /** The date the later version is read on. */
  public LocalDate afterDate() {
    return afterDate;
  }

  /** The records added, removed, changed, come into force or ended, in the order of the model file's sections. */
  public List<RecordChange> records() {
    return records;
  }

  /** The functions whose deciders changed, in the order of the functions. */
  public List<AuthorityChange> authority() {
    return authority;
  }

  /** The organisations, bodies and functions whose accountability chains changed. */
  public List<ChainChange> chains() {
    return chains;
  }

  /** The findings that appeared, then those that cleared, each in the order the rules report them. */
  public List<FindingChange> findings() {
    return findings;
  }

  /** Whether nothing changed: no record, decider, chain or finding. */
  public boolean isEmpty() {
    return records.isEmpty() && authority.isEmpty() && chains.isEmpty() && findings.isEmpty();
  }

  @Override
  public String toString() {
    return "ModelDiff[" + beforeDate + " -> " + afterDate + ": " + records.size() + " records, "
        + authority.size() + " deciders, " + chains.size() + " chains, " + findings.size() + " findings]";
  }

  // ---------------------------------------------------------------------------------------------

  private static List<RecordChange> records(IcsModel before, LocalDate beforeDate, IcsModel after,
      LocalDate afterDate) {
    RecordWords old = new RecordWords(before, beforeDate);
    RecordWords now = new RecordWords(after, afterDate);
    Map<String, Identified> was = RecordWords.records(before);
    Map<String, Identified> is = RecordWords.records(after);
    List<RecordChange> out = new ArrayList<>();
    for (Identified e : was.values()) {
      if (!is.containsKey(e.id())) {
        String label = old.label(e);
        out.add(new RecordChange(RecordChangeKind.REMOVED, e.id(), RecordWords.type(e), label, List.of(),
            capital(label) + " removed."));
      }
    }
    for (Identified e : is.values()) {
      Identified prior = was.get(e.id());
      String label = now.label(e);
      String type = RecordWords.type(e);
      if (prior == null) {
        String from = e instanceof ModelElement m ? ", " + Names.period(m.period()) : "";
        out.add(new RecordChange(RecordChangeKind.ADDED, e.id(), type, label, List.of(),
            capital(label) + " added" + from + "."));
        continue;
      }
      if (!prior.equals(e)) {
        if (!RecordWords.type(prior).equals(type)) {
          out.add(new RecordChange(RecordChangeKind.CHANGED, e.id(), type, label,
              List.of(new FieldChange("kind of record", RecordWords.type(prior), type)),
              capital(old.label(prior)) + " is now " + label + "."));
        } else {
          List<FieldChange> fields = now.changes(prior, old, e);
          if (!fields.isEmpty()) {
            out.add(new RecordChange(RecordChangeKind.CHANGED, e.id(), type, label, fields,
                capital(label) + ": " + String.join("; ", fields.stream().map(FieldChange::sentence).toList())
                    + "."));
          }
        }
      }
      if (!beforeDate.equals(afterDate)) {
        if (prior instanceof ModelElement p && e instanceof ModelElement m) {
          boolean wasInForce = p.inForceOn(beforeDate);
          boolean isInForce = m.inForceOn(afterDate);
          if (!wasInForce && isInForce) {
            out.add(new RecordChange(RecordChangeKind.CAME_INTO_FORCE, e.id(), type, label, List.of(),
                capital(label) + " came into force (" + Names.period(m.period()) + ")."));
          } else if (wasInForce && !isInForce) {
            out.add(new RecordChange(RecordChangeKind.ENDED, e.id(), type, label, List.of(),
                capital(label) + " is no longer in force (" + Names.period(m.period()) + ")."));
          }
        } else if (e instanceof ChangeEvent c && between(c.effectiveDate(), beforeDate, afterDate)) {
          out.add(new RecordChange(RecordChangeKind.TOOK_EFFECT, e.id(), type, label, List.of(),
              capital(label) + " took effect on " + Names.date(c.effectiveDate())
                  + c.description().map(d -> ": " + d).orElse("") + "."));
        }
      }
    }
    return out;
  }

  /** Whether {@code date} is after the earlier of two dates and on or before the later. */
  private static boolean between(LocalDate date, LocalDate a, LocalDate b) {
    LocalDate from = a.isBefore(b) ? a : b;
    LocalDate to = a.isBefore(b) ? b : a;
    return date.isAfter(from) && !date.isAfter(to);
  }

  private static List<AuthorityChange> authority(IcsModel before, LocalDate beforeDate, IcsModel after,
      LocalDate afterDate) {
    DecisionAuthority old = DecisionAuthority.of(before);
    DecisionAuthority now = DecisionAuthority.of(after);
    Names oldNames = new Names(before);
    Names newNames = new Names(after);
    Successors oldSuccessors = Successors.of(before);
    Successors newSuccessors = Successors.of(after);
    Set<String> functions = new LinkedHashSet<>();
    before.functions().forEach(f -> functions.add(f.id()));
    after.functions().forEach(f -> functions.add(f.id()));
    List<AuthorityChange> out = new ArrayList<>();
    for (String id : functions) {
      AuthorityChange.Deciders was = deciders(old, oldNames, oldSuccessors, before, id, beforeDate);
      AuthorityChange.Deciders is = deciders(now, newNames, newSuccessors, after, id, afterDate);
      if (!was.equals(is)) {
        String name = after.function(id).or(() -> before.function(id)).map(StatutoryFunction::name).orElse(id);
        out.add(new AuthorityChange(id, name, was, is, authoritySentence(name, was, is)));
      }
    }
    return out;
  }

  private static AuthorityChange.Deciders deciders(DecisionAuthority authority, Names names, Successors successors,
      IcsModel model, String function, LocalDate date) {
    Optional<StatutoryFunction> f = model.function(function);
    if (f.isEmpty() || model.organisation(f.get().holder()).isEmpty()) {
      return AuthorityChange.Deciders.NONE;
    }
    List<String> holders = new ArrayList<>(successors.resolve(f.get().holder(), function, date)
        .holders().keySet());
    holders.removeIf(h -> model.organisation(h).isEmpty());
    if (holders.isEmpty()) {
      return AuthorityChange.Deciders.NONE;
    }
    DecidersAnswer answer = authority.whoMayDecide(function, date, holders, null);
    return new AuthorityChange.Deciders(holders, words(answer.binding(), names, date),
        words(answer.advisory(), names, date), words(answer.cannotTell(), names, date));
  }

  /** Each decider's name with the lowest financial limit on its routes: "Finance Committee (up to £5,000,000)". */
  private static List<String> words(List<AuthorityAnswer> answers, Names names, LocalDate date) {
    List<String> out = new ArrayList<>();
    for (AuthorityAnswer a : answers) {
      Optional<BigDecimal> limit = a.verdicts().stream().map(Verdict::financialLimit).flatMap(Optional::stream)
          .min(BigDecimal::compareTo);
      out.add(names.of(a.query().decider(), date) + limit.map(l -> " (up to " + Names.money(l) + ")").orElse(""));
    }
    return out;
  }

  private static String authoritySentence(String function, AuthorityChange.Deciders was,
      AuthorityChange.Deciders is) {
    StringBuilder s = new StringBuilder("Who may decide on ").append(function).append(": ");
    List<String> parts = new ArrayList<>();
    parts.add("binding " + listOrNone(was.binding()) + " -> " + listOrNone(is.binding()));
    if (!was.advisory().equals(is.advisory())) {
      parts.add("advisory only " + listOrNone(was.advisory()) + " -> " + listOrNone(is.advisory()));
    }
    if (!was.cannotTell().equals(is.cannotTell())) {
      parts.add("cannot tell " + listOrNone(was.cannotTell()) + " -> " + listOrNone(is.cannotTell()));
    }
    return s.append(String.join("; ", parts)).append('.').toString();
  }

  private static String listOrNone(List<String> items) {
    return items.isEmpty() ? "none" : Names.list(items, "and");
  }

  private static List<ChainChange> chains(IcsModel before, LocalDate beforeDate, IcsModel after,
      LocalDate afterDate) {
    Accountability old = Accountability.of(before);
    Accountability now = Accountability.of(after);
    Names newNames = new Names(after);
    Names oldNames = new Names(before);
    Set<String> subjects = new LinkedHashSet<>();
    for (IcsModel m : List.of(before, after)) {
      m.organisations().forEach(o -> subjects.add(o.id()));
      m.bodies().forEach(b -> subjects.add(b.id()));
      m.functions().forEach(f -> subjects.add(f.id()));
    }
    // each line keyed by the sentences of its steps, so that a line can be matched with the tail of another
    Map<String, Map<List<String>, String>> added = new LinkedHashMap<>();
    Map<String, Map<List<String>, String>> removed = new LinkedHashMap<>();
    for (String s : subjects) {
      Map<List<String>, String> was = linesOf(old, before, s, beforeDate);
      Map<List<String>, String> is = linesOf(now, after, s, afterDate);
      Map<List<String>, String> plus = new LinkedHashMap<>(is);
      plus.keySet().removeAll(was.keySet());
      Map<List<String>, String> minus = new LinkedHashMap<>(was);
      minus.keySet().removeAll(is.keySet());
      if (!plus.isEmpty() || !minus.isEmpty()) {
        added.put(s, plus);
        removed.put(s, minus);
      }
    }
    List<ChainChange> out = new ArrayList<>();
    // every changed line, once: each subject's own lines are judged against them
    Set<List<String>> addedAnywhere = allLines(added);
    Set<List<String>> removedAnywhere = allLines(removed);
    for (String s : added.keySet()) {
      List<String> plus = own(added.get(s), addedAnywhere);
      List<String> minus = own(removed.get(s), removedAnywhere);
      if (plus.isEmpty() && minus.isEmpty()) {
        continue;
      }
      String name = after.find(s).isPresent() ? newNames.of(s, afterDate) : oldNames.of(s, beforeDate);
      String sentence = "Accountability of " + name + ": " + plus.size() + (plus.size() == 1 ? " line" : " lines")
          + " of accountability added, " + minus.size() + " removed.";
      out.add(new ChainChange(s, name, plus, minus, sentence));
    }
    return out;
  }

  private static Set<List<String>> allLines(Map<String, Map<List<String>, String>> changed) {
    Set<List<String>> all = new java.util.HashSet<>();
    changed.values().forEach(m -> all.addAll(m.keySet()));
    return all;
  }

  /** The lines whose steps are not, from some step on, a line of another subject's changed lines. */
  private static List<String> own(Map<List<String>, String> lines, Set<List<String>> elsewhere) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<List<String>, String> line : lines.entrySet()) {
      List<String> steps = line.getKey();
      boolean inherited = false;
      for (int i = 1; i < steps.size() && !inherited; i++) {
        inherited = elsewhere.contains(steps.subList(i, steps.size()));
      }
      if (!inherited) {
        out.add(line.getValue());
      }
    }
    return out;
  }

  private static Map<List<String>, String> linesOf(Accountability accountability, IcsModel model, String subject,
      LocalDate date) {
    Optional<Identified> e = model.find(subject);
    if (e.isEmpty() || !(e.get() instanceof Organisation || e.get() instanceof Body
        || e.get() instanceof StatutoryFunction)) {
      return Map.of();
    }
    Map<List<String>, String> out = new LinkedHashMap<>();
    for (AccountabilityChain c : accountability.chains(subject, date).chains()) {
      out.put(c.steps().stream().map(ChainStep::sentence).toList(), c.sentence());
    }
    return out;
  }

  private static List<FindingChange> findings(RuleReport before, RuleReport after) {
    Map<String, Integer> was = counts(before.activeFindings());
    Map<String, Integer> is = counts(after.activeFindings());
    Map<String, String> suppressedAfter = new HashMap<>();
    for (Finding f : after.suppressedFindings()) {
      f.suppression().ifPresent(s -> suppressedAfter.putIfAbsent(key(f), s.justification()));
    }
    List<FindingChange> out = new ArrayList<>();
    out.addAll(unmatched(after.activeFindings(), was, FindingChange.Kind.APPEARED));
    for (FindingChange c : unmatched(before.activeFindings(), is, FindingChange.Kind.CLEARED)) {
      out.add(new FindingChange(c.kind(), c.finding(), Optional.ofNullable(suppressedAfter.get(key(c.finding())))));
    }
    return out;
  }

  private static Map<String, Integer> counts(List<Finding> findings) {
    Map<String, Integer> out = new HashMap<>();
    findings.forEach(f -> out.merge(key(f), 1, Integer::sum));
    return out;
  }

  /** The findings not matched in {@code other}, each match used once. */
  private static List<FindingChange> unmatched(List<Finding> findings, Map<String, Integer> other,
      FindingChange.Kind kind) {
    Map<String, Integer> left = new LinkedHashMap<>(other);
    List<FindingChange> out = new ArrayList<>();
    for (Finding f : findings) {
      String key = key(f);
      int n = left.getOrDefault(key, 0);
      if (n > 0) {
        left.put(key, n - 1);
      } else {
        out.add(new FindingChange(kind, f));
      }
    }
    return out;
  }

  private static String key(Finding f) {
    return f.ruleId() + "\u0000" + f.subject().id() + "\u0000" + String.join("\u0001", f.evidence());
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
