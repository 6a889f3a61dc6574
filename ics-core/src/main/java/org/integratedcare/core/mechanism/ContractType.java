package org.integratedcare.core.mechanism;

import org.integratedcare.core.internal.TypeNames;

/**
 * The form of a {@link ContractualArrangement} (alliance contracts: LH Alliances,
 * http://lhalliances.org.uk/integrated-governance/; integrated health organisation contracts: NHS
 * England, <i>Advanced Foundation Trust Programme – guide for applicants, Annex 2</i>).
 */
public enum ContractType {
  /** One provider holds the contract and sub-contracts the others. */
  LEAD_PROVIDER,
  /** One contract signed by the commissioner and several providers, governed by an alliance leadership team. */
  ALLIANCE,
  /** A prime contractor manages a pathway through sub-contracts. */
  PRIME_CONTRACTOR,
  /** An integrated health organisation contract: a capitated whole-population budget awarded by an ICB (10 Year Health Plan). */
  INTEGRATED_HEALTH_ORGANISATION;

  /** The type's name in model files. */
  public String typeName() {
    return TypeNames.of(this);
  }
}
