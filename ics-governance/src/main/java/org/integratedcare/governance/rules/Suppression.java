package org.integratedcare.governance.rules;

import java.util.Objects;

/**
 * A decision, written down, to accept the findings of one rule about one subject: for example
 * {@code Suppression.of("england.guidance.icb-board-non-executives", "board-x", "Second
 * non-executive appointed from 1 May; interim cover agreed by the board on 3 March")}.
 *
 * <p>The subject matches a finding's subject id or its path, so a suppression can name a record
 * ({@code "meeting-12"}) or one part of it ({@code "meetings[4].items[2]"}). Suppressed findings
 * stay in the report, marked as suppressed, and are not counted by severity; suppressions that
 * matched nothing are listed in the report, so stale ones can be removed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ruleId the id of the rule, not blank
 * @param subject the subject id or path, not blank
 * @param justification why the findings are accepted, not blank
 */
public record Suppression(String ruleId, String subject, String justification) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if any component is blank; a suppression without a written
   *     justification is refused
   */
  public Suppression {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(justification, "justification");
    if (ruleId.isBlank()) {
      throw new IllegalArgumentException("a suppression must name a rule id");
    }
    if (subject.isBlank()) {
      throw new IllegalArgumentException(
          "a suppression of rule '" + ruleId + "' must name a subject id or path");
    }
    if (justification.isBlank()) {
      throw new IllegalArgumentException("the suppression of rule '" + ruleId + "' for subject '"
          + subject + "' needs a written justification; it was blank");
    }
  }

  /**
   * A suppression.
   *
   * @param ruleId the id of the rule, not blank
   * @param subject the subject id or path, not blank
   * @param justification why the findings are accepted, not blank
   * @return the suppression
   * @throws IllegalArgumentException if any argument is blank
   */
  public static Suppression of(String ruleId, String subject, String justification) {
    return new Suppression(ruleId, subject, justification);
  }

  /** Whether this suppression covers a finding (same rule, subject id or path matches). */
  public boolean covers(Finding finding) {
    return ruleId.equals(finding.ruleId())
        && (subject.equals(finding.subject().id()) || subject.equals(finding.subject().path()));
  }
}
