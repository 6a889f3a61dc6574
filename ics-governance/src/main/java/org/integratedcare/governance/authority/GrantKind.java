package org.integratedcare.governance.authority;

/** What one step of a path of grants (a {@link Grant}) is. */
public enum GrantKind {
  /** The organisation holds the function by law: the first step of every path. */
  HELD_BY_LAW,
  /** A successor holds a predecessor's function from the effective date of a merger or acquisition. */
  SUCCESSION,
  /** An organisation's unitary board exercises the organisation's functions; this is not a delegation. */
  BOARD_OF_ORGANISATION,
  /** A recorded {@link org.integratedcare.core.function.Delegation} passes the function on. */
  DELEGATION
}
