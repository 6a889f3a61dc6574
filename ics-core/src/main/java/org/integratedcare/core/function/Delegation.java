package org.integratedcare.core.function;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.ModelElement;
import org.integratedcare.core.Source;
import org.integratedcare.core.internal.Checks;
import org.integratedcare.core.time.DateRange;

/**
 * An arrangement for functions to be exercised by someone other than their holder: from whom, to
 * whom, which functions, under which power, within which conditions and limits, and whether the
 * delegate may delegate onward.
 *
 * <p>Delegator and delegate are ids of a body, an organisation or a post. Onward delegation is an
 * explicit property with no default because neither the statute nor the guidance gives one
 * (other statutes treat onward delegation in opposite ways, so the library assumes none).
 * Delegation never moves accountability: the
 * delegator stays answerable.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Delegation implements ModelElement {
  Delegation() {}

  @Override
  public abstract String id();

  /** The id of the organisation, body or post that delegates. */
  public abstract String delegator();

  /** The id of the organisation, body or post that receives the functions. */
  public abstract String delegate();

  /** The ids of the functions delegated; at least one. */
  public abstract Set<String> functions();

  /** The power or instrument used. */
  public abstract DelegationInstrument instrument();

  /** The clause of the instrument, such as "SoRD 4.2", if cited. */
  public abstract Optional<String> clause();

  /** Conditions in words, such as "within the approved annual budget". */
  public abstract List<String> conditions();

  /** The most the delegate may commit in one decision, in pounds, if limited. */
  public abstract Optional<BigDecimal> financialLimit();

  /** Whether the delegate may itself delegate the functions onward. Required. */
  public abstract boolean onwardDelegationAllowed();

  /** The id of the body or organisation the delegate must report back to, if there is such a duty. */
  public abstract Optional<String> reportsTo();

  @Override
  public abstract DateRange period();

  @Override
  public abstract List<Source> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Delegation}; id, delegator, delegate, instrument, onwardDelegationAllowed,
   * period and at least one function are required.
   */
  public static final class Builder extends ImmutableDelegation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("delegation id", id());
    Checks.id("delegator", delegator());
    Checks.id("delegate", delegate());
    Checks.that(!delegator().equals(delegate()), "delegation '" + id() + "' delegates from '" + delegator() + "' to itself");
    Checks.that(!functions().isEmpty(), "delegation '" + id() + "' must name at least one function");
    Checks.ids("function", functions());
    conditions().forEach(c -> Checks.text("condition", c));
    financialLimit().ifPresent(v -> org.integratedcare.core.Bounds.moneyProblem(v).ifPresent(p -> {
      throw new IllegalArgumentException("financial limit: " + p);
    }));
    reportsTo().ifPresent(r -> Checks.id("reportsTo", r));
  }
}
