package org.integratedcare.governance.authority;

/** The legal route a {@link org.integratedcare.core.function.DelegationInstrument} takes (see {@link LegalEffects}). */
public enum InstrumentRoute {
  /** A statutory arrangement for another body to exercise the functions (s.65Z5). */
  STATUTORY_DELEGATION,
  /** A statutory arrangement for the functions to be exercised jointly (s.65Z5 with s.65Z6, or s.47A for foundation trusts). */
  STATUTORY_JOINT_EXERCISE,
  /** A statutory direction to exercise another body's functions (s.13YB): a different route from s.65Z5. */
  STATUTORY_DIRECTION,
  /** A partnership arrangement between NHS bodies and local authorities (s.75). */
  PARTNERSHIP_ARRANGEMENT,
  /** A delegation inside one organisation, or a local authority's own arrangement for a committee to act. */
  INTERNAL_SCHEME,
  /** A contract: it delegates delivery, never a statutory function. */
  NO_STATUTORY_FUNCTION
}
