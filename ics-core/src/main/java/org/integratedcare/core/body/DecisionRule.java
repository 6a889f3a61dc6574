package org.integratedcare.core.body;

import org.integratedcare.core.internal.TypeNames;

/** How a body's terms of reference say a motion is carried. */
public enum DecisionRule {
  /** More votes for than against among those voting. */
  SIMPLE_MAJORITY,
  /** At least two thirds of the votes cast are for. */
  TWO_THIRDS_MAJORITY,
  /** No vote against (abstentions allowed). */
  CONSENSUS,
  /** Every voting member present votes for. */
  UNANIMITY;

  /** The rule's name in model files. */
  public String typeName() {
    return TypeNames.of(this);
  }

  /**
   * Whether a motion is carried under this rule.
   *
   * @param votesFor votes for, not negative
   * @param votesAgainst votes against, not negative
   * @param abstentions abstentions, not negative
   * @return true if the motion is carried
   * @throws IllegalArgumentException if a count is negative
   */
  public boolean isMet(int votesFor, int votesAgainst, int abstentions) {
    if (votesFor < 0 || votesAgainst < 0 || abstentions < 0) {
      throw new IllegalArgumentException("vote counts must not be negative");
    }
    return switch (this) {
      case SIMPLE_MAJORITY -> votesFor > votesAgainst;
      case TWO_THIRDS_MAJORITY -> votesFor > 0 && 3L * votesFor >= 2L * (votesFor + votesAgainst);
      case CONSENSUS -> votesFor > 0 && votesAgainst == 0;
      case UNANIMITY -> votesFor > 0 && votesAgainst == 0 && abstentions == 0;
    };
  }
}
