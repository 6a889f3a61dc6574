package org.integratedcare.governance.accountability;

/** How an {@link AccountabilityChain} ends. */
public enum ChainEnd {
  /** At an ultimate account-holder ({@link org.integratedcare.core.organisation.OrganisationKind#isAccountabilityTerminus()}). */
  TERMINUS,
  /** At a partner to which the last step answers laterally; a peer's own lines are its own, so the chain stops there. */
  PEER,
  /** At a record with no further line of accountability that is not an ultimate account-holder. */
  OPEN_END,
  /** Back at a record already on the chain: the line runs in a circle. */
  CYCLE
}
