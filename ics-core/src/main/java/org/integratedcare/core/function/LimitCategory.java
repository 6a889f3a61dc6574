package org.integratedcare.core.function;

import org.integratedcare.core.internal.TypeNames;

/**
 * The kind of spending a financial limit in a scheme of reservation and delegation applies to.
 * Schemes of delegation and detailed financial policies of ICBs and trusts set separate limits for
 * each of these (for example a committee may approve revenue business cases to one sum and award
 * contracts to another).
 */
public enum LimitCategory {
  /** Revenue expenditure, such as approving a revenue business case or commitment. */
  REVENUE,
  /** Capital expenditure, such as approving a capital business case. */
  CAPITAL,
  /** Awarding a contract, measured by its total value. */
  CONTRACT_AWARD,
  /** Writing off debts or other sums owed. */
  WRITE_OFFS,
  /** Losses and special payments (compensation, ex gratia and similar payments). */
  LOSSES_AND_SPECIAL_PAYMENTS;

  /** The category's name in model files, such as {@code "contract-award"}. */
  public String typeName() {
    return TypeNames.of(this);
  }
}
