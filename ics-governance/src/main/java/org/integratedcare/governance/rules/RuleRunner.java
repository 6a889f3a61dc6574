package org.integratedcare.governance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.integratedcare.core.IcsModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs packs of rules over a model as of a date and returns a {@link RuleReport}.
 *
 * <p>A runner is configured once with a {@link Builder}: the packs to run, severity overrides
 * keyed by rule id, and {@linkplain Suppression suppressions}. Configuration mistakes (two packs or
 * rules with the same id, an override or suppression naming a rule no pack has) are all reported
 * at once by {@link Builder#build()}. {@link #run(IcsModel, LocalDate)} never throws because of
 * the model: a rule that fails becomes a {@link RuleError} in the report and the others still run.
 *
 * <pre>{@code
 * RuleReport report = RuleRunner.builder()
 *     .addPacks(RulePacks.discover())
 *     .override("england.good-practice.subsidiarity", Severity.WARNING)
 *     .suppress(Suppression.of("england.guidance.icb-board-non-executives", "board-x",
 *         "Second non-executive starts on 1 May; agreed by the board on 3 March"))
 *     .build()
 *     .run(model, LocalDate.of(2026, 4, 1));
 * }</pre>
 *
 * <p>Rules run one after another in pack order; each rule's id, number of findings and time taken
 * are logged through SLF4J at debug level. This class is immutable and thread-safe if the rules
 * it runs are.
 */
public final class RuleRunner {
  private static final Logger LOG = LoggerFactory.getLogger(RuleRunner.class);
  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

  private final List<RulePack> packs;
  private final Map<String, Severity> overrides;
  private final List<Suppression> suppressions;

  private RuleRunner(List<RulePack> packs, Map<String, Severity> overrides,
      List<Suppression> suppressions) {
    this.packs = packs;
    this.overrides = overrides;
    this.suppressions = suppressions;
  }

  /** A new builder with no packs. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this runner's packs, overrides and suppressions, to add to.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().addPacks(packs);
    overrides.forEach(b::override);
    return b.suppressAll(suppressions);
  }

  /** The packs this runner runs, in order. */
  public List<RulePack> packs() {
    return packs;
  }

  /**
   * Runs every rule of every pack over the model as of the date.
   *
   * @param model the model, not null
   * @param date the date the model is checked as of, not null
   * @return the report, never null
   * @throws NullPointerException if an argument is null
   */
  public RuleReport run(IcsModel model, LocalDate date) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(date, "date");
    long started = System.nanoTime();
    RuleContext context = RuleContext.of(model, date);
    List<Finding> findings = new ArrayList<>();
    List<RuleError> errors = new ArrayList<>();
    List<RuleSetVersion> versions = new ArrayList<>();
    Set<Suppression> used = new HashSet<>();
    int rulesRun = 0;
    for (RulePack pack : packs) {
      versions.add(new RuleSetVersion(pack.id(), pack.version(), pack.rules().size()));
      for (Rule rule : pack.rules()) {
        rulesRun++;
        List<Finding> found = runOne(pack, rule, context, errors);
        for (Finding f : found) {
          Finding finding = f;
          Severity override = overrides.get(rule.id());
          if (override != null && finding.severity() != Severity.GAP) {
            finding = finding.withSeverity(override);
          }
          for (Suppression s : suppressions) {
            if (s.covers(finding)) {
              finding = finding.suppressedBy(s);
              used.add(s);
              break;
            }
          }
          findings.add(finding);
        }
      }
    }
    List<Suppression> unused = suppressions.stream().filter(s -> !used.contains(s)).toList();
    RuleReport report = new RuleReport(model.name(), date, versions, findings, errors, unused,
        rulesRun);
    if (LOG.isDebugEnabled()) {
      LOG.debug("ran {} rules in {} packs as of {} in {} ms: {} findings, {} rule errors",
          rulesRun, packs.size(), date, (System.nanoTime() - started) / 1_000_000,
          findings.size(), errors.size());
    }
    return report;
  }

  private static List<Finding> runOne(RulePack pack, Rule rule, RuleContext context,
      List<RuleError> errors) {
    long start = System.nanoTime();
    List<Finding> found;
    try {
      found = rule.check(context);
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      LOG.debug("rule {} failed", rule.id(), e);
      errors.add(new RuleError(pack.id(), rule.id(), describe(e)));
      return List.of();
    }
    if (found == null) {
      errors.add(new RuleError(pack.id(), rule.id(), "the rule returned null instead of a list"));
      return List.of();
    }
    for (Finding f : found) {
      if (f == null || !f.ruleId().equals(rule.id())) {
        errors.add(new RuleError(pack.id(), rule.id(), f == null
            ? "the rule returned a null finding"
            : "the rule returned a finding under another rule's id '" + f.ruleId() + "'"));
        return List.of();
      }
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug("rule {} found {} in {} µs", rule.id(), found.size(),
          (System.nanoTime() - start) / 1_000);
    }
    return found;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getName() + (message == null ? "" : ": " + message);
  }

  /** Configures a {@link RuleRunner}. Not thread-safe. */
  public static final class Builder {
    private final List<RulePack> packs = new ArrayList<>();
    private final Map<String, Severity> overrides = new LinkedHashMap<>();
    private final Set<Suppression> suppressions = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Adds a pack to run, after those already added.
     *
     * @param pack the pack, not null
     * @return this builder
     */
    public Builder addPack(RulePack pack) {
      packs.add(Objects.requireNonNull(pack, "pack"));
      return this;
    }

    /**
     * Adds packs to run, in the collection's order; for example {@link RulePacks#discover()}.
     *
     * @param packs the packs, not null and without null elements
     * @return this builder
     */
    public Builder addPacks(Collection<? extends RulePack> packs) {
      packs.forEach(this::addPack);
      return this;
    }

    /**
     * Reports the findings of a rule at another severity.
     *
     * @param ruleId the rule's id, not null; {@link #build()} fails if no pack has it
     * @param severity the severity, not null
     * @return this builder
     */
    public Builder override(String ruleId, Severity severity) {
      overrides.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Suppresses the findings of a rule about a subject.
     *
     * @param suppression the suppression, not null; {@link #build()} fails if no pack has its rule
     * @return this builder
     */
    public Builder suppress(Suppression suppression) {
      suppressions.add(Objects.requireNonNull(suppression, "suppression"));
      return this;
    }

    /**
     * Suppresses findings, as {@link #suppress(Suppression)} for each.
     *
     * @param suppressions the suppressions, not null and without null elements
     * @return this builder
     */
    public Builder suppressAll(Collection<Suppression> suppressions) {
      suppressions.forEach(this::suppress);
      return this;
    }

    /**
     * Checks the configuration and makes the runner.
     *
     * @return the runner
     * @throws IllegalArgumentException listing every problem: a pack or rule without a valid id,
     *     version or metadata, two packs or two rules with the same id, or an override or
     *     suppression naming a rule that no pack has
     */
    public RuleRunner build() {
      List<String> problems = new ArrayList<>();
      Map<String, String> ruleToPack = new HashMap<>();
      Set<String> packIds = new HashSet<>();
      for (int i = 0; i < packs.size(); i++) {
        RulePack pack = packs.get(i);
        String packId = pack.id();
        if (packId == null || packId.isBlank() || pack.version() == null || pack.version().isBlank()) {
          problems.add("packs[" + i + "] needs an id and a version");
          continue;
        }
        if (!packIds.add(packId)) {
          problems.add("packs[" + i + "] '" + packId + "' is added twice");
          continue;
        }
        List<Rule> rules = pack.rules();
        if (rules == null) {
          problems.add("pack '" + packId + "' returned null rules");
          continue;
        }
        for (int j = 0; j < rules.size(); j++) {
          checkRule(packId, j, rules.get(j), ruleToPack, problems);
        }
      }
      overrides.keySet().stream().filter(id -> !ruleToPack.containsKey(id))
          .forEach(id -> problems.add("severity override names rule '" + id + "', which no pack has"));
      suppressions.stream().filter(s -> !ruleToPack.containsKey(s.ruleId()))
          .forEach(s -> problems.add("suppression for subject '" + s.subject() + "' names rule '"
              + s.ruleId() + "', which no pack has"));
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("the rule runner is misconfigured:\n  - "
            + String.join("\n  - ", problems));
      }
      return new RuleRunner(List.copyOf(packs), Map.copyOf(overrides), List.copyOf(suppressions));
    }

    private static void checkRule(String packId, int index, Rule rule,
        Map<String, String> ruleToPack, List<String> problems) {
      String where = "pack '" + packId + "' rules[" + index + "]";
      if (rule == null) {
        problems.add(where + " is null");
        return;
      }
      String id = rule.id();
      if (id == null || !RULE_ID.matcher(id).matches()) {
        problems.add(where + " has id '" + id
            + "'; ids are lower-case letters and digits in words joined by dots and hyphens");
        return;
      }
      if (rule.title() == null || rule.title().isBlank() || rule.defaultSeverity() == null
          || rule.basis() == null) {
        problems.add(where + " '" + id + "' needs a title, a default severity and a basis");
      }
      String other = ruleToPack.putIfAbsent(id, packId);
      if (other != null) {
        problems.add(where + " has id '" + id + "', already used in pack '" + other + "'");
      }
    }
  }
}
