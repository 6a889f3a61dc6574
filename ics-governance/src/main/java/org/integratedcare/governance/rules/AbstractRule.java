package org.integratedcare.governance.rules;

import java.util.Collection;
import java.util.Objects;

/**
 * A base for rules: holds the id, title, default severity and basis that every rule declares, so
 * that a rule class need only say what it checks. The built-in England packs are written on it.
 *
 * <pre>{@code
 * final class CommitteesHaveTerms extends AbstractRule {
 *   CommitteesHaveTerms() {
 *     super("acme.committees-have-terms", "Every committee has terms of reference", Severity.WARNING,
 *         Basis.constitution("Acme ICB standing orders, section 4"));
 *   }
 *
 *   public List<Finding> check(RuleContext context) {
 *     return context.view().bodies().stream()
 *         .filter(body -> body.termsOfReference().isEmpty())
 *         .map(body -> finding(context.subject(body.id()), body.name() + " has no terms of reference.",
 *             List.of(body.id())))
 *         .toList();
 *   }
 * }
 * }</pre>
 *
 * <p>Subclasses should be immutable and thread-safe, as the rule runner may share them.
 */
public abstract class AbstractRule implements Rule {
  private final String id;
  private final String title;
  private final Severity severity;
  private final Basis basis;

  /**
   * Sets the rule's metadata.
   *
   * @param id the rule's stable id, such as {@code acme.committees-have-terms}; not null
   * @param title the rule's title, not null
   * @param severity its default severity, not null
   * @param basis what it rests on, not null
   * @throws NullPointerException if an argument is null
   */
  protected AbstractRule(String id, String title, Severity severity, Basis basis) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = Objects.requireNonNull(title, "title");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.basis = Objects.requireNonNull(basis, "basis");
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String title() {
    return title;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  @Override
  public final Basis basis() {
    return basis;
  }

  /**
   * A finding of this rule, at its default severity.
   *
   * @param subject what the finding is about, from the {@link RuleContext}; not null
   * @param message the finding in plain words, not null
   * @param evidence the ids of the records that show it, not null
   * @return the finding
   * @throws NullPointerException if an argument is null
   */
  protected final Finding finding(Subject subject, String message, Collection<String> evidence) {
    return Finding.of(this, subject, message, evidence);
  }

  /**
   * A finding of this rule that the record lacks the facts to tell: severity {@link Severity#GAP}
   * whatever the rule's default, and never raised by a severity override.
   *
   * @param subject what the finding is about, from the {@link RuleContext}; not null
   * @param message what is not recorded, and what to record, in plain words; not null
   * @param evidence the ids of the records concerned, not null
   * @return the finding
   * @throws NullPointerException if an argument is null
   */
  protected final Finding gap(Subject subject, String message, Collection<String> evidence) {
    return Finding.of(this, subject, message, evidence).withSeverity(Severity.GAP);
  }

  @Override
  public String toString() {
    return id;
  }
}
