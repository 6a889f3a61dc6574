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
 * <p>Delegator and delegate are ids of a body, an organisation or a post. Whether the delegate may
 * delegate onward is recorded as the instrument says it, or left unrecorded: neither NHS Act 2006
 * s.65Z5 nor NHS England's statutory guidance under s.65Z7 gives a default, so the library assumes
 * none. A scheme of reservation and delegation usually sets several {@linkplain #limits() financial
 * limits}, one per {@linkplain LimitCategory category} of spending, beside or instead of a single
 * {@linkplain #financialLimit() limit on every decision}. Delegation never moves accountability: the
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

  /**
   * The most the delegate may commit in any one decision, whatever its category, in pounds, if the
   * delegation sets one such limit.
   */
  public abstract Optional<BigDecimal> financialLimit();

  /**
   * The limits by category of spending (revenue, capital, contract award, write-offs, losses and
   * special payments), at most one per category; empty if the delegation sets none.
   */
  public abstract List<FinancialLimit> limits();

  /**
   * Whether the delegate may itself delegate the functions onward: {@code Optional.of(true)} or
   * {@code Optional.of(false)} as the instrument says, or empty if that is not recorded.
   */
  public abstract Optional<Boolean> onwardDelegationAllowed();

  /**
   * The limit of one category, if the delegation sets one.
   *
   * @param category the category, not null
   * @return the limit in pounds, or empty
   */
  public final Optional<BigDecimal> limit(LimitCategory category) {
    java.util.Objects.requireNonNull(category, "category");
    return limits().stream().filter(l -> l.category() == category).map(FinancialLimit::amount).findFirst();
  }

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
   * Builds a {@link Delegation}; id, delegator, delegate, instrument, period and at least one
   * function are required.
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
    java.util.Set<LimitCategory> seen = java.util.EnumSet.noneOf(LimitCategory.class);
    for (FinancialLimit l : limits()) {
      Checks.that(seen.add(l.category()), "delegation '" + id() + "' sets more than one "
          + l.category().typeName() + " limit");
    }
  }
}
