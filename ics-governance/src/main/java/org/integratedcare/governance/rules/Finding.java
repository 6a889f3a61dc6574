package org.integratedcare.governance.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rule found: which rule, how serious, on what basis, about which record, a sentence a
 * company secretary could read aloud, and the ids of the records behind it.
 *
 * <p>Rules make findings with {@link #of(Rule, Subject, String, Collection)}, which takes the
 * rule's id, default severity and basis; the {@link RuleRunner} then applies severity overrides
 * and {@linkplain Suppression suppressions}. A suppressed finding stays in the report, marked with
 * the suppression that covers it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ruleId the id of the rule that made it, not blank
 * @param severity how serious it is, not null
 * @param basis what it rests on, not null
 * @param subject the record it is about, not null
 * @param message the plain-English sentence, not blank
 * @param evidence the ids of the records behind it, in a stable order, no duplicates; not null
 * @param suppression the suppression that covers it, or empty; not null
 */
public record Finding(
    String ruleId,
    Severity severity,
    Basis basis,
    Subject subject,
    String message,
    List<String> evidence,
    Optional<Suppression> suppression) {

  /**
   * Checks the components and copies the evidence.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if the rule id or message is blank, or an evidence id is blank
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(suppression, "suppression");
    if (ruleId.isBlank()) {
      throw new IllegalArgumentException("a finding needs a rule id");
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("finding of rule '" + ruleId + "' needs a message");
    }
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(evidence));
    for (String id : ids) {
      if (Objects.requireNonNull(id, "evidence id").isBlank()) {
        throw new IllegalArgumentException("finding of rule '" + ruleId + "' has a blank evidence id");
      }
    }
    evidence = List.copyOf(ids);
  }

  /**
   * A finding of a rule, with the rule's id, default severity and basis, not suppressed.
   *
   * @param rule the rule, not null
   * @param subject the record the finding is about, not null
   * @param message the plain-English sentence, not blank
   * @param evidence the ids of the records behind it, not null; duplicates are dropped
   * @return the finding
   * @throws IllegalArgumentException if the message is blank
   */
  public static Finding of(Rule rule, Subject subject, String message, Collection<String> evidence) {
    return new Finding(rule.id(), rule.defaultSeverity(), rule.basis(), subject, message,
        List.copyOf(evidence), Optional.empty());
  }

  /**
   * As {@link #of(Rule, Subject, String, Collection)} with the evidence given as arguments.
   *
   * @param rule the rule, not null
   * @param subject the record the finding is about, not null
   * @param message the plain-English sentence, not blank
   * @param evidence the ids of the records behind it
   * @return the finding
   */
  public static Finding of(Rule rule, Subject subject, String message, String... evidence) {
    return of(rule, subject, message, List.of(evidence));
  }

  /** Whether a suppression covers this finding. */
  public boolean isSuppressed() {
    return suppression.isPresent();
  }

  /** A copy with another severity; severity not null. */
  public Finding withSeverity(Severity severity) {
    return new Finding(ruleId, severity, basis, subject, message, evidence, suppression);
  }

  /** A copy with another basis (for a rule whose findings rest on different sources); not null. */
  public Finding withBasis(Basis basis) {
    return new Finding(ruleId, severity, basis, subject, message, evidence, suppression);
  }

  /** A copy marked as covered by a suppression; suppression not null. */
  public Finding suppressedBy(Suppression suppression) {
    return new Finding(ruleId, severity, basis, subject, message, evidence,
        Optional.of(suppression));
  }

  @Override
  public String toString() {
    return severity.typeName() + " " + ruleId + " " + subject + ": " + message
        + (isSuppressed() ? " [suppressed]" : "");
  }
}
