package org.integratedcare.governance.authority;

/** What decisions taken through a governance mechanism bind (see {@link LegalEffects}). */
public enum BindingEffect {
  /** Binds the delegating organisation for the delegated functions only, within the delegation's conditions, limits and period. */
  BINDS_WITHIN_DELEGATION,
  /** Binds each party only for the functions that party has made joint. */
  BINDS_EACH_PARTY_FOR_ITS_JOINT_FUNCTIONS,
  /** Each committee's decision binds only its own organisation, and only if that committee holds a delegation from it. */
  BINDS_OWN_ORGANISATION_ONLY,
  /** Delegates no statutory function: the parties keep their statutory decisions and deliver as agreed. */
  NO_STATUTORY_FUNCTION,
  /** From the effective date the successor holds the predecessors' functions. */
  TRANSFERS_FUNCTIONS_TO_SUCCESSOR,
  /** Binds no one; decisions taken under it are advice at most. */
  ADVISORY_AT_MOST
}
