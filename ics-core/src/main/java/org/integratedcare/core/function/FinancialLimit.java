package org.integratedcare.core.function;

import java.math.BigDecimal;
import java.util.Objects;
import org.integratedcare.core.Bounds;

/**
 * The most a delegate may commit in one decision of one {@linkplain LimitCategory category}, as a
 * scheme of reservation and delegation sets it: for example £500,000 of revenue and £250,000 of
 * capital.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param category the kind of spending the limit applies to, not null
 * @param amount the limit in pounds, a sum of money within {@link Bounds}, not null
 */
public record FinancialLimit(LimitCategory category, BigDecimal amount) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the amount is not a sum of money within {@link Bounds}
   */
  public FinancialLimit {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(amount, "amount");
    Bounds.moneyProblem(amount).ifPresent(p -> {
      throw new IllegalArgumentException("financial limit (" + category.typeName() + "): " + p);
    });
  }

  /**
   * A limit.
   *
   * @param category the category, not null
   * @param amount the limit in pounds, not null
   * @return the limit
   * @throws IllegalArgumentException if the amount is not a sum of money within {@link Bounds}
   */
  public static FinancialLimit of(LimitCategory category, BigDecimal amount) {
    return new FinancialLimit(category, amount);
  }
}
