package org.integratedcare.governance.authority;

/**
 * The answer to "does this body's decision on this function bind this organisation?", one per
 * organisation asked about (see {@link Verdict}).
 */
public enum Outcome {
  /**
   * The decision binds the organisation: an unbroken path of grants runs from the organisation
   * that holds the function by law to the deciding body, each grant in force, within its
   * conditions and limits, and made under a power that allows it.
   */
  BINDING,
  /**
   * The body may discuss or recommend, but its decision binds nobody: an advisory forum or
   * partnership board of the organisation without delegated powers, or a body acting under a
   * mechanism it shares with the organisation that binds no one (a memorandum of understanding, a
   * shared principle, a caucus, joint posts).
   */
  ADVISORY_ONLY,
  /**
   * The body has no authority over the function for the organisation: it needs a valid delegation
   * and has none (or it, or the organisation, does not exist on the date); the reasons say why.
   */
  NO_AUTHORITY
}
