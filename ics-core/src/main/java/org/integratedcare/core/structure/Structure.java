package org.integratedcare.core.structure;

import org.integratedcare.core.ModelElement;

/**
 * A statutory or partnership structure of an integrated care system: the ICB, the ICP, health and
 * wellbeing boards, places, neighbourhoods, primary care networks, provider collaboratives and the
 * system itself.
 *
 * <p>The family is closed; switch over {@link #structureKind()}. Structures that describe an
 * organisation ({@link Icb}, {@link PrimaryCareNetwork}) take that organisation's id as their own.
 */
public sealed interface Structure extends ModelElement
    permits Icb, Icp, HealthAndWellbeingBoard, Place, Neighbourhood, PrimaryCareNetwork,
        ProviderCollaborative, IntegratedCareSystem {
  /** Which structure this is. */
  StructureKind structureKind();
}
