package org.integratedcare.governance.rules;

import java.util.Objects;

/**
 * A rule that failed to run: it threw, returned null, or returned a finding under another rule's
 * id. The other rules still run; the failed rule's findings, if any, are not reported.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param packId the id of the pack the rule belongs to, not null
 * @param ruleId the id of the rule, not null
 * @param problem what went wrong, such as the exception's class and message, not null
 */
public record RuleError(String packId, String ruleId, String problem) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if any component is null
   */
  public RuleError {
    Objects.requireNonNull(packId, "packId");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(problem, "problem");
  }
}
