package org.integratedcare.governance.rules.england;

import java.util.Collection;
import java.util.Objects;
import org.integratedcare.governance.rules.Basis;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.Rule;
import org.integratedcare.governance.rules.Severity;
import org.integratedcare.governance.rules.Subject;

/** The metadata every built-in rule carries. Immutable. */
abstract class BaseRule implements Rule {
  private final String id;
  private final String title;
  private final Severity severity;
  private final Basis basis;

  BaseRule(String id, String title, Severity severity, Basis basis) {
    this.id = Objects.requireNonNull(id);
    this.title = Objects.requireNonNull(title);
    this.severity = Objects.requireNonNull(severity);
    this.basis = Objects.requireNonNull(basis);
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

  final Finding finding(Subject subject, String message, Collection<String> evidence) {
    return Finding.of(this, subject, message, evidence);
  }

  @Override
  public String toString() {
    return id;
  }
}
