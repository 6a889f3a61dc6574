package org.integratedcare.core.body;

import org.integratedcare.core.internal.TypeNames;

/**
 * The role of a {@link Post}: what the seat is for.
 *
 * <p>The ICB board roles follow NHS Act 2006 Schedule 1B (chair, chief executive, partner members
 * nominated by each of three groups: para 8(2)(a) is the trusts' member) and NHS England's model
 * constitution (executive directors of finance, medicine and nursing; non-executive members: NHS
 * England, <i>Guidance on integrated care board constitutions and governance</i>). The health and
 * wellbeing board roles follow HSCA 2012 s.194(2).
 */
public enum PostRole {
  /** The chair. For an ICB, appointed by NHS England with the Secretary of State's approval (Sch 1B para 5). */
  CHAIR,
  /** The chief executive. For an ICB, appointed by the chair with NHS England's approval, and an ICB employee (Sch 1B para 7). */
  CHIEF_EXECUTIVE,
  /** An ICB partner member nominated by NHS trusts and foundation trusts (Sch 1B para 8(2)(a)). */
  PARTNER_MEMBER_TRUSTS,
  /** An ICB partner member nominated by providers of primary medical services. */
  PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES,
  /** An ICB partner member nominated by local authorities with social-care responsibilities. */
  PARTNER_MEMBER_LOCAL_AUTHORITIES,
  /** A non-executive member or director. */
  NON_EXECUTIVE,
  /** The executive director of finance. */
  DIRECTOR_OF_FINANCE,
  /** The executive medical director. */
  MEDICAL_DIRECTOR,
  /** The executive director of nursing. */
  DIRECTOR_OF_NURSING,
  /** Another executive director. */
  EXECUTIVE_DIRECTOR,
  /** A lay member. */
  LAY_MEMBER,
  /** A councillor or cabinet member of a local authority. */
  COUNCILLOR,
  /** A director of adult social services (a statutory member of a health and wellbeing board, HSCA 2012 s.194(2)). */
  DIRECTOR_OF_ADULT_SOCIAL_SERVICES,
  /** A director of children's services (a statutory member, HSCA 2012 s.194(2)). */
  DIRECTOR_OF_CHILDRENS_SERVICES,
  /** A director of public health (a statutory member, HSCA 2012 s.194(2)). */
  DIRECTOR_OF_PUBLIC_HEALTH,
  /** A representative of local Healthwatch (s.194(2)(e)). */
  HEALTHWATCH_REPRESENTATIVE,
  /** A representative of an ICB on a health and wellbeing board or partnership. */
  ICB_REPRESENTATIVE,
  /** A member of an ICP appointed by a responsible local authority (LGPIHA 2007 s.116ZA(2)). */
  LOCAL_AUTHORITY_APPOINTEE,
  /** A representative of a provider organisation (trust, practice, PCN, independent provider). */
  PROVIDER_REPRESENTATIVE,
  /** A representative of the voluntary, community and social enterprise sector. */
  VCSE_REPRESENTATIVE,
  /** A member representing a place. */
  PLACE_MEMBER,
  /** A governor of a foundation trust. */
  GOVERNOR,
  /** An observer or participant without a vote. */
  OBSERVER,
  /** Any other member. */
  MEMBER;

  /** The role's name in model files, such as {@code "partner-member-trusts"}. */
  public String typeName() {
    return TypeNames.of(this);
  }

  /** Whether this is one of the three ICB partner-member roles. */
  public boolean isPartnerMember() {
    return this == PARTNER_MEMBER_TRUSTS
        || this == PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES
        || this == PARTNER_MEMBER_LOCAL_AUTHORITIES;
  }

  /** Whether this is an executive role (chief executive or an executive director). */
  public boolean isExecutive() {
    return this == CHIEF_EXECUTIVE
        || this == DIRECTOR_OF_FINANCE
        || this == MEDICAL_DIRECTOR
        || this == DIRECTOR_OF_NURSING
        || this == EXECUTIVE_DIRECTOR;
  }
}
