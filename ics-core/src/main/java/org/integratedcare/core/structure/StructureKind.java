package org.integratedcare.core.structure;

import org.integratedcare.core.internal.TypeNames;

/** The kinds of {@link Structure}, for exhaustive switches and model-file type names. */
public enum StructureKind {
  /** {@link Icb}: the statutory integrated care board's area, region and board. */
  INTEGRATED_CARE_BOARD,
  /** {@link Icp}: the integrated care partnership (LGPIHA 2007 s.116ZA). */
  INTEGRATED_CARE_PARTNERSHIP,
  /** {@link HealthAndWellbeingBoard}: a health and wellbeing board (HSCA 2012 s.194). */
  HEALTH_AND_WELLBEING_BOARD,
  /** {@link Place}: a place-based partnership. */
  PLACE,
  /** {@link Neighbourhood}: a neighbourhood. */
  NEIGHBOURHOOD,
  /** {@link PrimaryCareNetwork}: a primary care network. */
  PRIMARY_CARE_NETWORK,
  /** {@link ProviderCollaborative}: a provider collaborative. */
  PROVIDER_COLLABORATIVE,
  /** {@link IntegratedCareSystem}: the system as a whole. */
  INTEGRATED_CARE_SYSTEM;

  /** The kind's name in model files, such as {@code "provider-collaborative"}. */
  public String typeName() {
    return TypeNames.of(this);
  }
}
