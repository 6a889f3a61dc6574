package org.integratedcare.core.organisation;

import org.integratedcare.core.internal.TypeNames;

/**
 * What kind of organisation something is; its {@link #sector() sector} follows from the kind.
 *
 * <p>Some kinds are {@linkplain #isAccountabilityTerminus() accountability termini}: the ends of
 * accountability chains (Parliament, the electorate, foundation trust members, patients and
 * communities), modelled as organisations so that links can point at them.
 */
public enum OrganisationKind {
  /** NHS England, the arm's-length body (NHS Act 2006 Part 2 Chapter A1). */
  NHS_ENGLAND(Sector.NHS, "nhs-england"),
  /** An NHS England region (ODS role RO209, codes {@code Y56}–{@code Y63}). */
  NHS_ENGLAND_REGION(Sector.NHS, "nhs-england-region"),
  /** The Secretary of State for Health and Social Care and the Department (DHSC). */
  SECRETARY_OF_STATE(Sector.CENTRAL_GOVERNMENT, "secretary-of-state"),
  /** An integrated care board (NHS Act 2006 Part 2 Chapter A3). */
  INTEGRATED_CARE_BOARD(Sector.NHS, "integrated-care-board"),
  /**
   * A clinical commissioning group: the predecessors of integrated care boards, abolished when the
   * boards were established on 1 July 2022; recorded for the history of a system.
   */
  CLINICAL_COMMISSIONING_GROUP(Sector.NHS, "clinical-commissioning-group"),
  /** A sub-ICB location (ODS role RO319), usually a former CCG footprint. */
  SUB_ICB_LOCATION(Sector.NHS, "sub-icb-location"),
  /** An NHS trust. */
  NHS_TRUST(Sector.NHS, "nhs-trust"),
  /** An NHS foundation trust. */
  NHS_FOUNDATION_TRUST(Sector.NHS, "nhs-foundation-trust"),
  /** A GP practice (a provider of primary medical services). */
  GP_PRACTICE(Sector.NHS, "gp-practice"),
  /** A primary care network (Network Contract DES; ODS role RO272). */
  PRIMARY_CARE_NETWORK(Sector.NHS, "primary-care-network"),
  /** An upper-tier (county) council. */
  UPPER_TIER_LOCAL_AUTHORITY(Sector.LOCAL_GOVERNMENT, "upper-tier-local-authority"),
  /** A lower-tier (district) council. */
  LOWER_TIER_LOCAL_AUTHORITY(Sector.LOCAL_GOVERNMENT, "lower-tier-local-authority"),
  /** A unitary authority (including metropolitan districts). */
  UNITARY_AUTHORITY(Sector.LOCAL_GOVERNMENT, "unitary-authority"),
  /** A London borough council (with social-care responsibilities, as a unitary authority has). */
  LONDON_BOROUGH(Sector.LOCAL_GOVERNMENT, "london-borough"),
  /** A combined authority or strategic authority. */
  COMBINED_AUTHORITY(Sector.LOCAL_GOVERNMENT, "combined-authority"),
  /** A voluntary, community or social enterprise organisation. */
  VCSE_ORGANISATION(Sector.VCSE, "vcse-organisation"),
  /** An independent (private) provider. */
  INDEPENDENT_PROVIDER(Sector.INDEPENDENT, "independent-provider"),
  /** A local Healthwatch (or Healthwatch England). */
  HEALTHWATCH(Sector.PUBLIC, "healthwatch"),
  /** The Care Quality Commission. */
  CARE_QUALITY_COMMISSION(Sector.REGULATOR, "care-quality-commission"),
  /** Parliament: the terminus of vertical accountability through the Secretary of State. */
  PARLIAMENT(Sector.CENTRAL_GOVERNMENT, "parliament"),
  /** The electorate of a local authority: the terminus of a council's accountability. */
  ELECTORATE(Sector.PUBLIC, "electorate"),
  /** The public members of a foundation trust, to whom its council of governors answers. */
  FOUNDATION_TRUST_MEMBERS(Sector.PUBLIC, "foundation-trust-members"),
  /** Patients and communities: the terminus of bottom-up accountability. */
  PATIENTS_AND_COMMUNITIES(Sector.PUBLIC, "patients-and-communities");

  private final Sector sector;
  private final String typeName;

  OrganisationKind(Sector sector, String typeName) {
    this.sector = sector;
    this.typeName = typeName;
  }

  /** The sector organisations of this kind belong to. */
  public Sector sector() {
    return sector;
  }

  /** The kind's name in model files, such as {@code "nhs-foundation-trust"}. */
  public String typeName() {
    return typeName;
  }

  /** Whether this kind ends accountability chains rather than answering to anyone. */
  public boolean isAccountabilityTerminus() {
    return this == PARLIAMENT
        || this == ELECTORATE
        || this == FOUNDATION_TRUST_MEMBERS
        || this == PATIENTS_AND_COMMUNITIES;
  }

  /** Whether this kind is a local authority of any tier (including combined authorities). */
  public boolean isLocalAuthority() {
    return sector == Sector.LOCAL_GOVERNMENT;
  }

  /**
   * Whether this kind has social-care responsibilities (upper-tier or unitary), and so can be a
   * "responsible local authority" for an integrated care partnership and nominate an ICB partner
   * member.
   */
  public boolean hasSocialCareResponsibilities() {
    return this == UPPER_TIER_LOCAL_AUTHORITY || this == UNITARY_AUTHORITY || this == LONDON_BOROUGH;
  }

  /** Whether this kind is an NHS trust or NHS foundation trust. */
  public boolean isTrust() {
    return this == NHS_TRUST || this == NHS_FOUNDATION_TRUST;
  }

  /**
   * The kind with the given model-file name.
   *
   * @param typeName a name such as {@code "integrated-care-board"}
   * @return the kind
   * @throws IllegalArgumentException if no kind has that name; the message lists the names
   */
  public static OrganisationKind ofTypeName(String typeName) {
    return TypeNames.lookup(OrganisationKind.class, typeName, OrganisationKind::typeName);
  }
}
