package org.integratedcare.governance.authority;

/**
 * Why a decision does not bind an organisation. Each {@link Reason} carries one kind, the id of
 * the record it is about and a sentence.
 */
public enum ReasonKind {
  /** No delegation of the function reaches the deciding body (nor, for a joint committee, has the party made the function joint). */
  NO_DELEGATION,
  /** A delegation (or the function itself) is not yet in force on the date. */
  NOT_YET_IN_FORCE,
  /** A delegation (or the function itself) ended before the date. */
  EXPIRED,
  /** The delegate is not a body to which the power used allows delegation (for example a s.65Z5 delegation to a body that is not a relevant body, or a scheme of delegation reaching outside its organisation). */
  DELEGATE_NOT_PERMITTED,
  /** The delegator is not a body that may use the power cited (for example a s.65Z5 arrangement by a body that is not a relevant body). */
  POWER_NOT_AVAILABLE,
  /** A delegate passed the function on although its own delegation does not allow onward delegation. */
  ONWARD_DELEGATION_NOT_ALLOWED,
  /** The delegator did not hold the function itself, so could not grant it. */
  DELEGATOR_DID_NOT_HOLD,
  /** The decision is outside a limit of a delegation on the path, such as its financial limit. */
  OUTSIDE_LIMIT,
  /** The function may not be delegated. */
  FUNCTION_NOT_DELEGABLE,
  /** The deciding body, a delegator or the organisation does not exist on the date (abolished, or not yet established). */
  NOT_IN_EXISTENCE,
  /** The organisation does not hold the function (nor one of the same name and basis) on the date. */
  NOT_HOLDER,
  /** The route is a contract or joint venture, which delegates no statutory function. */
  NO_STATUTORY_ROUTE,
  /** In committees in common each committee binds only its own organisation; the deciding committee is another organisation's. */
  COMMITTEE_OF_ANOTHER_ORGANISATION,
  /**
   * No delegation of the function to the deciding body, or to a body on the route, is recorded, and
   * the model does not declare that body's delegations complete: a gap in the data, not a finding
   * that there is none.
   */
  DELEGATION_NOT_RECORDED,
  /**
   * A delegation on the route does not record whether its delegate may delegate onward, and the
   * model does not declare the delegations complete: a gap in the data.
   */
  ONWARD_DELEGATION_NOT_RECORDED,
  /**
   * The function is reserved to a board or body (a matter reserved to the board in the scheme of
   * reservation and delegation), so no delegation inside the organisation passes it on.
   */
  RESERVED_MATTER
}
