package org.integratedcare.governance.authority;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "who may decide?": of every body, post and organisation that could hold authority
 * over a function, those whose decision binds every organisation asked about, and those that may
 * only advise, each with its full {@link AuthorityAnswer}.
 *
 * <p>Candidates considered: the holder of the function by law and its successors after a merger or
 * acquisition in effect, their unitary boards, and every delegate of the function in force on the
 * date with, for a delegate that is an organisation, its unitary boards; when several organisations are asked about, also the holders of their own function of the
 * same name and basis (as {@link DecisionAuthority} judges joint committee parties). A candidate
 * with no authority for some organisation is in neither list.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param function the id of the function asked about, not null
 * @param organisations the ids of the organisations the decision should bind, in the order asked;
 *     not null
 * @param date the date of the decision, not null
 * @param amount the sum the decision commits, in pounds, if given; not null
 * @param considered the ids of every candidate considered, in the order considered; not null
 * @param binding the answers of the candidates whose decision binds every organisation; not null
 * @param advisory the answers of the candidates that may only advise (for at least one organisation)
 *     and bind the rest; not null
 * @param cannotTell the answers of the candidates of which it cannot be told, for at least one
 *     organisation, whether their decision binds, because a delegation on the route is not recorded;
 *     for none of the organisations is the answer no authority; not null
 */
public record DecidersAnswer(
    String function,
    List<String> organisations,
    LocalDate date,
    Optional<BigDecimal> amount,
    List<String> considered,
    List<AuthorityAnswer> binding,
    List<AuthorityAnswer> advisory,
    List<AuthorityAnswer> cannotTell) {

  /**
   * Checks the components and copies the lists.
   *
   * @throws NullPointerException if a component is null
   */
  public DecidersAnswer {
    Objects.requireNonNull(function, "function");
    organisations = List.copyOf(organisations);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    considered = List.copyOf(considered);
    binding = List.copyOf(binding);
    advisory = List.copyOf(advisory);
    cannotTell = List.copyOf(cannotTell);
  }

  /**
   * An answer without the candidates that cannot be told: the form of version 0.2.
   *
   * @throws NullPointerException if a component is null
   */
  public DecidersAnswer(String function, List<String> organisations, LocalDate date, Optional<BigDecimal> amount,
      List<String> considered, List<AuthorityAnswer> binding, List<AuthorityAnswer> advisory) {
    this(function, organisations, date, amount, considered, binding, advisory, List.of());
  }

  /** The ids of the candidates of which it cannot be told whether they bind, in order. */
  public List<String> cannotTellDeciders() {
    return cannotTell.stream().map(a -> a.query().decider()).toList();
  }

  /** The ids of the candidates whose decision binds every organisation asked about, in order. */
  public List<String> bindingDeciders() {
    return binding.stream().map(a -> a.query().decider()).toList();
  }

  /** The ids of the candidates that may only advise, in order. */
  public List<String> advisoryDeciders() {
    return advisory.stream().map(a -> a.query().decider()).toList();
  }
}
