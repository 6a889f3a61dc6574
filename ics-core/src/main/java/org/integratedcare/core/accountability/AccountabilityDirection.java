package org.integratedcare.core.accountability;

import org.integratedcare.core.internal.TypeNames;

/**
 * The direction of an {@link AccountabilityLink} (after Matthew Taylor, <i>Why the success of ICSs
 * may not be measured by their survival</i>, NHS Confederation, 30 March 2022: accountability runs
 * vertically to regulators and government, laterally between partners, and bottom-up to patients
 * and communities).
 */
public enum AccountabilityDirection {
  /** Upwards by statute or regulation: an ICB to NHS England, NHS England to the Secretary of State, a council to its electorate. */
  VERTICAL,
  /** Between peers: partners answering to each other. */
  LATERAL,
  /** To those served: patients, communities, governors, Healthwatch. */
  BOTTOM_UP;

  /** The direction's name in model files. */
  public String typeName() {
    return TypeNames.of(this);
  }
}
