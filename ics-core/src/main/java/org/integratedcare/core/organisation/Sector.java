package org.integratedcare.core.organisation;

/**
 * The sector an organisation belongs to, derived from its {@link OrganisationKind}.
 *
 * <p>Sectors are what inclusion is measured by: Niall Dickson (NHS Confederation, <i>Delivering
 * change requires strong leadership and political support</i>, Healthcare Leader) asks that
 * voluntary, community and independent partners, not the NHS alone, have a voice in system forums.
 */
public enum Sector {
  /** The National Health Service: NHS England, ICBs, NHS trusts, general practice, PCNs. */
  NHS,
  /** Local government: county, district, unitary and combined authorities. */
  LOCAL_GOVERNMENT,
  /** Voluntary, community and social enterprise organisations. */
  VCSE,
  /** Independent (private) providers of health or care. */
  INDEPENDENT,
  /** Central government and Parliament: the Secretary of State, DHSC, Parliament. */
  CENTRAL_GOVERNMENT,
  /** Regulators and inspectorates, such as the Care Quality Commission. */
  REGULATOR,
  /** The public and patient voice: Healthwatch, the electorate, patients and communities. */
  PUBLIC
}
