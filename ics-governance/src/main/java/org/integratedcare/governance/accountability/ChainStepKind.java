package org.integratedcare.governance.accountability;

/** What one step of an {@link AccountabilityChain} is. */
public enum ChainStepKind {
  /** A function is answered for by the organisation that holds it by law, however it is exercised. */
  FUNCTION_HOLDER,
  /** A successor answers for a predecessor's function from a merger's or acquisition's effective date. */
  SUCCESSION,
  /** A recorded {@link org.integratedcare.core.accountability.AccountabilityLink}. */
  LINK,
  /** A body with no link of its own answers through the organisation or organisations it belongs to. */
  THROUGH_ORGANISATION,
  /** A post with no link of its own answers through the body it is a seat on. */
  THROUGH_BODY
}
