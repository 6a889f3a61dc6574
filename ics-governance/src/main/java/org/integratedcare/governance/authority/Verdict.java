package org.integratedcare.governance.authority;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.core.function.FinancialLimit;
import org.integratedcare.core.function.LimitCategory;
import org.integratedcare.governance.internal.Require;

/**
 * The answer for one organisation: whether the body's decision binds it, and why.
 *
 * <p>A {@link Outcome#BINDING binding} verdict carries the path of {@linkplain #grants() grants}
 * from the holder by law to the deciding body, the conditions in words of every delegation on the
 * path and the lowest financial limit on it. Any other verdict carries at least one {@linkplain
 * #reasons() reason}, the most telling first: a delegation that would otherwise have reached the
 * body, then the effect of the mechanism the body acts under, then the rest. An {@link
 * Outcome#ADVISORY_ONLY advisory} verdict also says on what footing the body may advise.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param organisation the id of the organisation, not null
 * @param outcome binding, advisory only or no authority, not null
 * @param function the id of the function considered for this organisation (the one asked about,
 *     or the one of the same name and basis that this organisation holds), if there is one; not null
 * @param grants the path of grants for a binding verdict, holder first; empty otherwise; not null
 * @param reasons why the decision does not bind; empty for a binding verdict; not null
 * @param conditions the conditions in words of the delegations on a binding path; not null
 * @param financialLimit the lowest limit on every decision on a binding path, in pounds, if any; not null
 * @param advisoryBasis on what footing the body may advise, for an advisory verdict (and for a
 *     verdict that cannot tell, where the body may advise in any case); not null
 * @param sentence the verdict in plain English, as it could be read out in a board paper; not blank
 * @param limits the lowest limit of each category of spending on a binding path, one per category
 *     in the order of {@link LimitCategory}; empty otherwise; not null
 * @param restsOn the facts on the verdict's path (the function, the change events and delegations of
 *     its grants, or for a verdict that does not bind those its reasons are about) that are not law in
 *     force on the date: a change event of a bill, a reported merger; the sentence says so; empty when
 *     the verdict rests on law in force only; not null
 * @param setAside the facts that an answer under {@linkplain DecisionAuthority#lawInForceOnly() the
 *     law in force only} set aside and that bear on this verdict (change events of the holder and of
 *     the organisation, delegations of the function); the sentence says so; not null
 */
public record Verdict(
    String organisation,
    Outcome outcome,
    Optional<String> function,
    List<Grant> grants,
    List<Reason> reasons,
    List<String> conditions,
    Optional<BigDecimal> financialLimit,
    Optional<String> advisoryBasis,
    String sentence,
    List<FinancialLimit> limits,
    List<StatusNote> restsOn,
    List<StatusNote> setAside) {

  /**
   * Checks the components and copies the lists.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a binding verdict has no grants or reasons, or another
   *     verdict has no reason
   */
  public Verdict {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(function, "function");
    grants = List.copyOf(grants);
    reasons = List.copyOf(reasons);
    conditions = List.copyOf(conditions);
    Objects.requireNonNull(financialLimit, "financialLimit");
    Objects.requireNonNull(advisoryBasis, "advisoryBasis");
    Require.sentence(sentence);
    limits = List.copyOf(limits);
    restsOn = List.copyOf(restsOn);
    setAside = List.copyOf(setAside);
    if (outcome == Outcome.BINDING && (grants.isEmpty() || !reasons.isEmpty())) {
      throw new IllegalArgumentException("a binding verdict needs a path of grants and no reasons");
    }
    if (outcome != Outcome.BINDING && reasons.isEmpty()) {
      throw new IllegalArgumentException("a verdict that does not bind needs at least one reason");
    }
  }

  /**
   * A verdict that rests on law in force only and sets nothing aside: the form of version 0.3.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException as the canonical constructor
   */
  public Verdict(String organisation, Outcome outcome, Optional<String> function, List<Grant> grants,
      List<Reason> reasons, List<String> conditions, Optional<BigDecimal> financialLimit,
      Optional<String> advisoryBasis, String sentence, List<FinancialLimit> limits) {
    this(organisation, outcome, function, grants, reasons, conditions, financialLimit, advisoryBasis, sentence,
        limits, List.of(), List.of());
  }

  /**
   * A verdict without limits by category: the form of version 0.2.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException as the canonical constructor
   */
  public Verdict(String organisation, Outcome outcome, Optional<String> function, List<Grant> grants,
      List<Reason> reasons, List<String> conditions, Optional<BigDecimal> financialLimit,
      Optional<String> advisoryBasis, String sentence) {
    this(organisation, outcome, function, grants, reasons, conditions, financialLimit, advisoryBasis, sentence,
        List.of());
  }

  /**
   * The lowest limit of one category of spending on a binding path.
   *
   * @param category the category, not null
   * @return the limit in pounds, or empty if no delegation on the path sets one for it
   */
  public Optional<BigDecimal> limit(LimitCategory category) {
    Objects.requireNonNull(category, "category");
    return limits.stream().filter(l -> l.category() == category).map(FinancialLimit::amount).findFirst();
  }

  /**
   * This verdict with the facts it rests on that are not law in force, and those set aside, each
   * said at the end of its sentence.
   */
  Verdict withStatus(List<StatusNote> restsOn, List<StatusNote> setAside) {
    if (restsOn.isEmpty() && setAside.isEmpty()) {
      return this;
    }
    StringBuilder s = new StringBuilder(sentence);
    if (!restsOn.isEmpty()) {
      s.append(" This ").append(String.join("; and ", restsOn.stream().map(StatusNote::sentence).toList())).append('.');
    }
    if (!setAside.isEmpty()) {
      s.append(" Under the law in force only, set aside: ")
          .append(String.join("; ", setAside.stream().map(StatusNote::sentence).toList())).append('.');
    }
    return new Verdict(organisation, outcome, function, grants, reasons, conditions, financialLimit, advisoryBasis,
        s.toString(), limits, restsOn, setAside);
  }

  /**
   * How firm the facts are that the verdict rests on: the weakest status of its {@linkplain
   * #restsOn() facts not in force} ({@link SourceStatus#BILL} before {@link SourceStatus#REPORTED}
   * and so on, as {@link SourceStatus} orders them), or {@link SourceStatus#IN_FORCE} when it rests
   * on law in force only.
   */
  public SourceStatus status() {
    return restsOn.stream().map(StatusNote::status).max(java.util.Comparator.naturalOrder())
        .orElse(SourceStatus.IN_FORCE);
  }

  /** Whether the verdict rests on a fact that is not law in force on its date. */
  public boolean restsOnFactsNotInForce() {
    return !restsOn.isEmpty();
  }

  /** Whether the decision binds the organisation. */
  public boolean isBinding() {
    return outcome == Outcome.BINDING;
  }

  /** The most telling reason the decision does not bind, or empty for a binding verdict. */
  public Optional<Reason> reason() {
    return reasons.isEmpty() ? Optional.empty() : Optional.of(reasons.get(0));
  }
}
