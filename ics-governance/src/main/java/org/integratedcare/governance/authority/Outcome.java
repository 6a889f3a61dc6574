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
   * The body has no authority over the function for the organisation: on the recorded facts it
   * would be acting beyond its powers. It needs a valid delegation and the one recorded fails (or
   * none is recorded where the model declares its delegations complete), or it does not exist on the
   * date; the reasons say why.
   */
  NO_AUTHORITY,
  /**
   * The organisation does not hold the function on the date (nor a function of the same name and
   * basis), so no decision on it, by anyone, can bind the organisation. This says nothing about the
   * deciding body's powers.
   */
  NOT_HOLDER,
  /**
   * Cannot tell from what is recorded: the answer would be no authority (or advisory only) only
   * because no delegation to the deciding body, or to a body on the route from the holder, is
   * recorded, or because a delegation on the route does not record whether onward delegation is
   * allowed, and the model does not declare those delegations complete. The first reason says what
   * is not recorded and what to record.
   */
  CANNOT_TELL
}
