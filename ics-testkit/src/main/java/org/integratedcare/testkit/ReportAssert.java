package org.integratedcare.testkit;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.Severity;

/**
 * AssertJ assertions on a {@link RuleReport}, in the words of findings: which rule found what about
 * which record, at what severity. Failure messages list the report's findings, so a failing test
 * shows what the rules did find.
 *
 * <pre>{@code
 * ReportAssert.assertThat(report)
 *     .hasFinding("england.statutory.icb-board-has-chair", "exampleshire-icb")
 *     .hasNoFindingOf("england.statutory.icp-established")
 *     .hasCount(Severity.ERROR, 0);
 * }</pre>
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, RuleReport> {

  private ReportAssert(@Nullable RuleReport actual) {
    super(actual, ReportAssert.class);
  }

  /**
   * Starts assertions on a report.
   *
   * @param report the report, may be null (then every assertion fails)
   * @return the assertions
   */
  public static ReportAssert assertThat(@Nullable RuleReport report) {
    return new ReportAssert(report);
  }

  /**
   * Verifies that an unsuppressed finding of {@code ruleId} is about {@code subjectId}.
   *
   * @param ruleId the rule's id, not null
   * @param subjectId the id of the record the finding is about, not null
   * @return this
   */
  public ReportAssert hasFinding(String ruleId, String subjectId) {
    isNotNull();
    if (actual.activeFindings().stream().noneMatch(f -> matches(f, ruleId, subjectId))) {
      failWithMessage("expected a finding of '%s' about '%s', but the report has:%n%s", ruleId,
          subjectId, describe(actual.activeFindings()));
    }
    return this;
  }

  /**
   * Verifies that an unsuppressed finding of {@code ruleId} about {@code subjectId} has the given
   * severity (after any override).
   *
   * @param ruleId the rule's id, not null
   * @param subjectId the id of the record, not null
   * @param severity the severity expected, not null
   * @return this
   */
  public ReportAssert hasFinding(String ruleId, String subjectId, Severity severity) {
    hasFinding(ruleId, subjectId);
    Objects.requireNonNull(severity, "severity");
    if (actual.activeFindings().stream().noneMatch(f -> matches(f, ruleId, subjectId) && f.severity() == severity)) {
      failWithMessage("expected the finding of '%s' about '%s' at %s, but the report has:%n%s", ruleId,
          subjectId, severity.typeName(), describe(actual.findingsOf(ruleId)));
    }
    return this;
  }

  /**
   * Verifies that {@code ruleId} found nothing that is not suppressed.
   *
   * @param ruleId the rule's id, not null
   * @return this
   */
  public ReportAssert hasNoFindingOf(String ruleId) {
    isNotNull();
    List<Finding> found = actual.activeFindings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    if (!found.isEmpty()) {
      failWithMessage("expected no finding of '%s', but found:%n%s", ruleId, describe(found));
    }
    return this;
  }

  /**
   * Verifies that {@code ruleId} found nothing about {@code subjectId} that is not suppressed.
   *
   * @param ruleId the rule's id, not null
   * @param subjectId the id of the record, not null
   * @return this
   */
  public ReportAssert hasNoFinding(String ruleId, String subjectId) {
    isNotNull();
    List<Finding> found = actual.activeFindings().stream().filter(f -> matches(f, ruleId, subjectId)).toList();
    if (!found.isEmpty()) {
      failWithMessage("expected no finding of '%s' about '%s', but found:%n%s", ruleId, subjectId,
          describe(found));
    }
    return this;
  }

  /**
   * Verifies how many unsuppressed findings the report counts at a severity.
   *
   * @param severity the severity, not null
   * @param expected the count expected
   * @return this
   */
  public ReportAssert hasCount(Severity severity, int expected) {
    isNotNull();
    int count = actual.count(Objects.requireNonNull(severity, "severity"));
    if (count != expected) {
      failWithMessage("expected %d findings at %s but counted %d:%n%s", expected, severity.typeName(),
          count, describe(actual.activeFindings().stream().filter(f -> f.severity() == severity).toList()));
    }
    return this;
  }

  /**
   * Verifies that no rule failed while running.
   *
   * @return this
   */
  public ReportAssert hasNoRuleErrors() {
    isNotNull();
    if (!actual.ruleErrors().isEmpty()) {
      failWithMessage("expected no rule errors, but: %s", actual.ruleErrors());
    }
    return this;
  }

  private static boolean matches(Finding f, String ruleId, String subjectId) {
    return f.ruleId().equals(Objects.requireNonNull(ruleId, "ruleId"))
        && f.subject().id().equals(Objects.requireNonNull(subjectId, "subjectId"));
  }

  private static String describe(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "  (no findings)";
    }
    return findings.stream()
        .map(f -> "  " + f.severity().typeName() + " " + f.ruleId() + " about " + f.subject().id() + ": " + f.message())
        .collect(Collectors.joining("\n"));
  }
}
