package org.integratedcare.core.function;

import org.integratedcare.core.internal.TypeNames;

/**
 * The power or instrument under which a {@link Delegation} is made. Each is a different legal route
 * (NHS Act 2006 ss.13YB, 47A, 65Z5 and 75, https://www.legislation.gov.uk/ukpga/2006/41; Local
 * Government Act 1972, https://www.legislation.gov.uk/ukpga/1972/70).
 */
public enum DelegationInstrument {
  /** An arrangement under NHS Act 2006 s.65Z5 for a relevant body's functions to be exercised by another body. */
  S65Z5_DELEGATION,
  /** An arrangement under s.65Z5 for functions to be exercised jointly, for example through a s.65Z6 joint committee. */
  S65Z5_JOINT_EXERCISE,
  /** A direction by NHS England under s.13YB that an ICB exercise NHS England functions: a different route from s.65Z5. */
  S13YB_DIRECTION,
  /** A foundation trust's arrangement under s.47A to exercise its functions jointly with another person. */
  S47A_JOINT_ARRANGEMENT,
  /** A partnership arrangement under NHS Act 2006 s.75 between NHS bodies and local authorities. */
  S75_PARTNERSHIP,
  /** A scheme of reservation and delegation: an organisation's board to its committees, sub-committees or officers. */
  SCHEME_OF_DELEGATION,
  /** A local authority's arrangement for its functions to be discharged by a committee (Local Government Act 1972). */
  LOCAL_GOVERNMENT_ARRANGEMENT,
  /** A contract; it delegates delivery, not statutory functions. */
  CONTRACT;

  /** The instrument's name in model files, such as {@code "s65z5-delegation"}. */
  public String typeName() {
    return TypeNames.of(this);
  }
}
