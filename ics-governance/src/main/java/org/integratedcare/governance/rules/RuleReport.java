package org.integratedcare.governance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run of rules found: the findings in a deterministic order, counts by severity, the rules
 * that failed, the suppressions that matched nothing, and the id and version of every pack run.
 *
 * <p>Findings are ordered by severity (errors first), then rule id, then subject path (with
 * numeric indexes in numeric order), then subject id, message and evidence, so two runs over the
 * same model, date and configuration give the same report (and the same JSON, written by the
 * {@code ics-json} module's {@code IcsJson}). Suppressed findings are kept, marked, and left out of the counts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleReport {
  static final Comparator<Finding> ORDER = Comparator
      .comparing(Finding::severity)
      .thenComparing(Finding::ruleId)
      .thenComparing((a, b) -> comparePaths(a.subject().path(), b.subject().path()))
      .thenComparing(f -> f.subject().id())
      .thenComparing(Finding::message)
      .thenComparing(f -> String.join(",", f.evidence()));

  private final Optional<String> modelName;
  private final LocalDate date;
  private final List<RuleSetVersion> ruleSets;
  private final List<Finding> findings;
  private final List<RuleError> ruleErrors;
  private final List<Suppression> unusedSuppressions;
  private final int rulesRun;
  private final Map<Severity, Integer> counts;

  RuleReport(Optional<String> modelName, LocalDate date, List<RuleSetVersion> ruleSets,
      List<Finding> findings, List<RuleError> ruleErrors, List<Suppression> unusedSuppressions,
      int rulesRun) {
    this.modelName = modelName;
    this.date = date;
    this.ruleSets = List.copyOf(ruleSets);
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    this.findings = List.copyOf(sorted);
    List<RuleError> errors = new ArrayList<>(ruleErrors);
    errors.sort(Comparator.comparing(RuleError::packId).thenComparing(RuleError::ruleId));
    this.ruleErrors = List.copyOf(errors);
    this.unusedSuppressions = List.copyOf(unusedSuppressions);
    this.rulesRun = rulesRun;
    Map<Severity, Integer> c = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      c.put(s, 0);
    }
    for (Finding f : this.findings) {
      if (!f.isSuppressed()) {
        c.merge(f.severity(), 1, Integer::sum);
      }
    }
    this.counts = Collections.unmodifiableMap(c);
  }

  /** The name of the model checked, if it has one. */
  public Optional<String> modelName() {
    return modelName;
  }

  /** The date the model was checked as of. */
  public LocalDate date() {
    return date;
  }

  /** The id and version of every pack run, in the order run. */
  public List<RuleSetVersion> ruleSets() {
    return ruleSets;
  }

  /** The number of rules run, including those that failed. */
  public int rulesRun() {
    return rulesRun;
  }

  /** Every finding, suppressed or not, in report order. */
  public List<Finding> findings() {
    return findings;
  }

  /** The findings not covered by a suppression, in report order. */
  public List<Finding> activeFindings() {
    return findings.stream().filter(f -> !f.isSuppressed()).toList();
  }

  /** The findings covered by a suppression, in report order. */
  public List<Finding> suppressedFindings() {
    return findings.stream().filter(Finding::isSuppressed).toList();
  }

  /**
   * The findings of one rule, suppressed or not, in report order.
   *
   * @param ruleId the rule's id, not null
   * @return the findings, possibly empty
   */
  public List<Finding> findingsOf(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /** The number of unsuppressed findings of each severity, every severity present. */
  public Map<Severity, Integer> counts() {
    return counts;
  }

  /** The number of unsuppressed findings of a severity; severity not null. */
  public int count(Severity severity) {
    return counts.get(severity);
  }

  /** The rules that failed to run, ordered by pack id and rule id. */
  public List<RuleError> ruleErrors() {
    return ruleErrors;
  }

  /** The suppressions that covered no finding, in the order configured. */
  public List<Suppression> unusedSuppressions() {
    return unusedSuppressions;
  }

  /** Whether there is an unsuppressed error finding or a rule that failed to run. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0 || !ruleErrors.isEmpty();
  }

  @Override
  public String toString() {
    return "RuleReport[" + date + ", " + rulesRun + " rules, " + counts + ", "
        + suppressedFindings().size() + " suppressed, " + ruleErrors.size() + " rule errors]";
  }

  /** Compares paths such as {@code bodies[2]} and {@code bodies[10]} with numbers as numbers. */
  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
        String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
        int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
        if (c != 0) {
          return c;
        }
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
