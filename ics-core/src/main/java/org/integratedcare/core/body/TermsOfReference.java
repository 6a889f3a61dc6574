package org.integratedcare.core.body;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.Source;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.internal.Checks;

/**
 * A body's terms of reference: the functions and programmes in its scope, its quorum and its
 * decision rule.
 *
 * <p>Functions in scope are what the body deals with; whether its decisions on them bind anyone
 * depends on the {@linkplain Delegation delegations} it holds, not on its terms of reference.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TermsOfReference {
  TermsOfReference() {}

  /** The ids of the {@linkplain StatutoryFunction functions} in the body's scope. */
  public abstract Set<String> functions();

  /** Programmes or portfolios the body oversees, in words (for example "urgent and emergency care"). */
  public abstract List<String> programmes();

  /** The quorum rule, if the terms state one. */
  public abstract Optional<Quorum> quorum();

  /** How motions are carried; simple majority unless stated. */
  @Value.Default
  public DecisionRule decisionRule() {
    return DecisionRule.SIMPLE_MAJORITY;
  }

  /** The document the terms are in, if cited. */
  public abstract Optional<Source> document();

  /** Whether the terms give the body anything to govern: a function or a programme. */
  public boolean hasScope() {
    return !functions().isEmpty() || !programmes().isEmpty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TermsOfReference}; every attribute is optional. */
  public static final class Builder extends ImmutableTermsOfReference.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.ids("function", functions());
    programmes().forEach(p -> Checks.text("programme", p));
  }
}
