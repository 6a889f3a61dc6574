package org.integratedcare.governance.authority;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.integratedcare.core.function.LimitCategory;

/**
 * A question for {@link DecisionAuthority}: may this body (or post, or organisation) take a decision
 * on this function, on this date, that binds each of these organisations; optionally, committing
 * this amount, of this category of spending (revenue, capital, contract award, write-offs, losses
 * and special payments). A delegation's limit on every decision always applies to the amount; its
 * limit for the category applies when the query names one, and when it names none every category's
 * limit applies (the cautious reading: which one governs cannot be told).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param decider the id of the deciding body, post or organisation, not null
 * @param function the id of the function the decision is about, not null
 * @param organisations the ids of the organisations asked about, at least one, no duplicates (kept
 *     in order); not null
 * @param date the date of the decision, not null
 * @param amount the sum the decision commits, in pounds, if it commits money; not null
 * @param category the category of spending of the amount, if given; not null; only with an amount
 */
public record AuthorityQuery(
    String decider, String function, List<String> organisations, LocalDate date, Optional<BigDecimal> amount,
    Optional<LimitCategory> category) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component or an organisation id is null
   * @throws IllegalArgumentException if no organisation is named, an id is blank, the amount is
   *     not a sum of money within {@link org.integratedcare.core.Bounds} (negative, over 15 digits
   *     before the point or finer than pence), or a category is given without an amount
   */
  public AuthorityQuery {
    requireId("decider", decider);
    requireId("function", function);
    Objects.requireNonNull(organisations, "organisations");
    organisations.forEach(o -> requireId("organisation", o));
    organisations = List.copyOf(new LinkedHashSet<>(organisations));
    if (organisations.isEmpty()) {
      throw new IllegalArgumentException("an authority query must name at least one organisation");
    }
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    amount.ifPresent(a -> org.integratedcare.core.Bounds.moneyProblem(a).ifPresent(p -> {
      throw new IllegalArgumentException("amount: " + p);
    }));
    Objects.requireNonNull(category, "category");
    if (category.isPresent() && amount.isEmpty()) {
      throw new IllegalArgumentException("a category of spending (" + category.get().typeName()
          + ") needs an amount");
    }
  }

  /**
   * A query without a category of spending: the form of version 0.2.
   *
   * @param decider the id of the deciding body, post or organisation, not null
   * @param function the id of the function, not null
   * @param organisations the organisations asked about, at least one, not null
   * @param date the date, not null
   * @param amount the sum the decision commits, if any, not null
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException as the canonical constructor
   */
  public AuthorityQuery(String decider, String function, List<String> organisations, LocalDate date,
      Optional<BigDecimal> amount) {
    this(decider, function, organisations, date, amount, Optional.empty());
  }

  private static void requireId(String what, String id) {
    if (Objects.requireNonNull(id, what).isBlank()) {
      throw new IllegalArgumentException(what + " id must not be blank");
    }
  }

  /**
   * A query without an amount.
   *
   * @param decider the id of the deciding body, post or organisation, not null
   * @param function the id of the function, not null
   * @param date the date, not null
   * @param organisations the organisations asked about, at least one
   * @return the query
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if no organisation is named or an id is blank
   */
  public static AuthorityQuery of(String decider, String function, LocalDate date, String... organisations) {
    return new AuthorityQuery(decider, function, Arrays.asList(organisations), date, Optional.empty());
  }

  /**
   * A query without an amount.
   *
   * @param decider the id of the deciding body, post or organisation, not null
   * @param function the id of the function, not null
   * @param date the date, not null
   * @param organisations the organisations asked about, at least one, not null
   * @return the query
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if no organisation is named or an id is blank
   */
  public static AuthorityQuery of(String decider, String function, LocalDate date, Collection<String> organisations) {
    return new AuthorityQuery(decider, function, List.copyOf(organisations), date, Optional.empty());
  }

  /**
   * A copy of this query for a decision that commits {@code amount}.
   *
   * @param amount the sum in pounds, not null, not negative
   * @return the query
   * @throws NullPointerException if {@code amount} is null
   * @throws IllegalArgumentException if {@code amount} is not within {@link
   *     org.integratedcare.core.Bounds#moneyProblem(BigDecimal) the bounds of money}
   */
  public AuthorityQuery withAmount(BigDecimal amount) {
    return new AuthorityQuery(decider, function, organisations, date, Optional.of(Objects.requireNonNull(amount, "amount")),
        category);
  }

  /**
   * A copy of this query for a decision that commits {@code amount} of one category of spending,
   * checked against each delegation's limit for that category as well as its limit on every
   * decision.
   *
   * @param category the category, such as {@link LimitCategory#CAPITAL}, not null
   * @param amount the sum in pounds, not null, not negative
   * @return the query
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code amount} is not within the bounds of money
   */
  public AuthorityQuery withAmount(LimitCategory category, BigDecimal amount) {
    return new AuthorityQuery(decider, function, organisations, date, Optional.of(Objects.requireNonNull(amount, "amount")),
        Optional.of(Objects.requireNonNull(category, "category")));
  }
}
