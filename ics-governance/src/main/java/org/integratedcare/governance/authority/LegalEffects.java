package org.integratedcare.governance.authority;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.mechanism.MechanismKind;
import org.integratedcare.core.organisation.OrganisationKind;

/**
 * The legal effect of each governance mechanism and delegation instrument, encoded once.
 *
 * <p>This is the only place in the library that says what a mechanism or an instrument binds:
 * {@link DecisionAuthority} asks it, and {@code docs/legal-effects.md} tabulates it. Each method
 * switches exhaustively over its enum, so a new kind added to the core model fails to compile here
 * until its effect is decided. Where the published sources only report a point, or leave it unconfirmed,
 * the {@link MechanismEffect#status() status} says so, and where the answer depends on it the
 * point is a parameter in {@link LegalAssumptions}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LegalEffects {
  private LegalEffects() {}

  /**
   * The legal effect of a kind of mechanism.
   *
   * @param kind the kind, not null
   * @return its effect
   * @throws NullPointerException if {@code kind} is null
   */
  public static MechanismEffect of(MechanismKind kind) {
    Objects.requireNonNull(kind, "kind");
    return switch (kind) {
      case FORMAL_DELEGATION -> new MechanismEffect(kind, BindingEffect.BINDS_WITHIN_DELEGATION,
            "Binds the delegating organisation for the delegated functions only, within the delegation's"
                + " conditions, limits and period; the delegator stays accountable.",
            "NHS Act 2006 s.65Z5 (https://www.legislation.gov.uk/ukpga/2006/41/section/65Z5); S.I. 2022/642"
                + " reg 2 (https://www.legislation.gov.uk/id/uksi/2022/642/regulation/2); NHS England,"
                + " Arrangements for delegation and joint exercise of statutory functions, statutory guidance"
                + " under s.65Z7 (https://www.england.nhs.uk/long-read/arrangements-for-delegation-and-joint-exercise-of-statutory-functions/)",
            SourceStatus.IN_FORCE);
      case JOINT_COMMITTEE -> new MechanismEffect(kind, BindingEffect.BINDS_EACH_PARTY_FOR_ITS_JOINT_FUNCTIONS,
            "Binds each party only for the functions that party has made joint, recorded as s.65Z5"
                + " joint-exercise delegations from the party to the committee.",
            "NHS Act 2006 ss.65Z5 and 65Z6 (https://www.legislation.gov.uk/ukpga/2006/41/section/65Z5,"
                + " https://www.legislation.gov.uk/ukpga/2006/41/section/65Z6)",
            SourceStatus.IN_FORCE);
      case COMMITTEES_IN_COMMON -> new MechanismEffect(kind, BindingEffect.BINDS_OWN_ORGANISATION_ONLY,
            "Not a committee: each organisation's committee takes its own decision under powers delegated"
                + " by that organisation only, binding only that organisation; an organisation whose"
                + " committee holds no delegation from it is not bound at all.",
            "Mills & Reeve, Operating effective committees in common; NHS Providers guide to lawful"
                + " collaboratives",
            SourceStatus.REPORTED);
      case MEMORANDUM_OF_UNDERSTANDING -> new MechanismEffect(kind, BindingEffect.ADVISORY_AT_MOST,
            "Records shared intent; it is not a legally binding contract and delegates nothing, so"
                + " decisions taken under it bind no one.",
            "Local-government partnership guidance (no NHS-specific primary source found)",
            SourceStatus.REPORTED);
      case CONTRACTUAL_ARRANGEMENT -> new MechanismEffect(kind, BindingEffect.NO_STATUTORY_FUNCTION,
            "A lead-provider, alliance, prime-contractor or integrated health organisation contract is a"
                + " contractual joint venture that delegates no statutory function: the providers decide"
                + " delivery as contracted and the commissioners keep their commissioning decisions.",
            "NHS Providers with Browne Jacobson; NHS England, Advanced Foundation Trust Programme – guide for"
                + " applicants, Annex 2 (https://www.england.nhs.uk/long-read/advanced-foundation-trust-programme-guide-for-applicants-annex-2)",
            SourceStatus.REPORTED);
      case JOINT_VENTURE -> new MechanismEffect(kind, BindingEffect.NO_STATUTORY_FUNCTION,
            "Delegates no statutory function; a contractual joint venture's board exists only under the"
                + " contract. Its effect beyond that is not established.",
            "NHS Providers with Browne Jacobson taxonomy of collaborative arrangements; joint ventures"
                + " otherwise unconfirmed (no published source found)",
            SourceStatus.UNCONFIRMED);
      case MERGER_OR_ACQUISITION -> new MechanismEffect(kind, BindingEffect.TRANSFERS_FUNCTIONS_TO_SUCCESSOR,
            "From the effective date the successor holds the predecessors' functions; before it, the"
                + " predecessors do.",
            "NHS Act 2006 ss.56 and 56A (foundation trusts; https://www.legislation.gov.uk/ukpga/2006/41/section/56,"
                + " https://www.legislation.gov.uk/ukpga/2006/41/section/56A); successions in the NHS England"
                + " Organisation Data Service data model"
                + " (https://www.odsdatasearchandexport.nhs.uk/referenceDataCatalogue/ODS-Data-Model_571324843.html)",
            SourceStatus.IN_FORCE);
      case JOINT_VALUES_AND_INTENT, OPEN_INFORMATION_SHARING, SUBSIDIARITY, CAUCUSING, JOINT_POSTS -> new MechanismEffect(kind, BindingEffect.ADVISORY_AT_MOST,
            "An informal mechanism: it shapes how partners work together but delegates nothing and binds"
                + " no one.",
            "Peter Allanson, \"Whose system is it anyway?\", Good Governance Institute, 6 November 2020",
            SourceStatus.REPORTED);
    };
  }

  /**
   * The legal effect of a delegation instrument.
   *
   * @param instrument the instrument, not null
   * @return its effect
   * @throws NullPointerException if {@code instrument} is null
   */
  public static InstrumentEffect of(DelegationInstrument instrument) {
    Objects.requireNonNull(instrument, "instrument");
    return switch (instrument) {
      case S65Z5_DELEGATION -> new InstrumentEffect(instrument, InstrumentRoute.STATUTORY_DELEGATION,
            "A relevant body arranges for another body to exercise its functions; binds the delegator within"
                + " the functions, conditions, limits and period, and the delegator keeps its statutory"
                + " responsibility. Who may receive it is a LegalAssumptions parameter (default: relevant"
                + " bodies only).",
            "NHS Act 2006 s.65Z5 (https://www.legislation.gov.uk/ukpga/2006/41/section/65Z5); S.I. 2022/642"
                + " reg 2 (https://www.legislation.gov.uk/id/uksi/2022/642/regulation/2); NHS England statutory"
                + " guidance under s.65Z7, Arrangements for delegation and joint exercise of statutory functions"
                + " (https://www.england.nhs.uk/long-read/arrangements-for-delegation-and-joint-exercise-of-statutory-functions/)",
            SourceStatus.IN_FORCE);
      case S65Z5_JOINT_EXERCISE -> new InstrumentEffect(instrument, InstrumentRoute.STATUTORY_JOINT_EXERCISE,
            "A relevant body's functions are exercised jointly with other relevant bodies or local or combined"
                + " authorities, for example through a s.65Z6 joint committee; binds that party only for the"
                + " functions it made joint.",
            "NHS Act 2006 ss.65Z5 and 65Z6 (https://www.legislation.gov.uk/ukpga/2006/41/section/65Z5,"
                + " https://www.legislation.gov.uk/ukpga/2006/41/section/65Z6); partners as NHS England's s.65Z7"
                + " guidance and Capsticks on the Health and Care Bill describe them",
            SourceStatus.IN_FORCE);
      case S13YB_DIRECTION -> new InstrumentEffect(instrument, InstrumentRoute.STATUTORY_DIRECTION,
            "NHS England directs an ICB to exercise NHS England functions: a different route from s.65Z5,"
                + " which may carry different liability; binds within the functions and period directed.",
            "NHS Act 2006 s.13YB (https://www.legislation.gov.uk/ukpga/2006/41/section/13YB); s.3B(2) as"
                + " inserted by Health and Care Act 2022 s.2 (https://www.legislation.gov.uk/ukpga/2022/31/section/2)",
            SourceStatus.IN_FORCE);
      case S47A_JOINT_ARRANGEMENT -> new InstrumentEffect(instrument, InstrumentRoute.STATUTORY_JOINT_EXERCISE,
            "A foundation trust arranges to exercise any of its functions jointly with any other person:"
                + " joint exercise by the trust, not s.65Z5 delegation.",
            "NHS Act 2006 s.47A (https://www.legislation.gov.uk/ukpga/2006/41/section/47A), as NHS Providers"
                + " and Browne Jacobson describe it",
            SourceStatus.REPORTED);
      case S75_PARTNERSHIP -> new InstrumentEffect(instrument, InstrumentRoute.PARTNERSHIP_ARRANGEMENT,
            "NHS bodies and local authorities make partnership arrangements (lead commissioning, integrated"
                + " provision, pooled budgets); binds within the functions of the arrangement.",
            "NHS Act 2006 s.75 (https://www.legislation.gov.uk/ukpga/2006/41/section/75)",
            SourceStatus.IN_FORCE);
      case SCHEME_OF_DELEGATION -> new InstrumentEffect(instrument, InstrumentRoute.INTERNAL_SCHEME,
            "An organisation or its board delegates to its own committees, sub-committees or officers; binds"
                + " the organisation within the scheme and cannot reach another organisation. The board stays"
                + " accountable.",
            "ICB schemes of reservation and delegation (South West London ICB,"
                + " https://southwestlondon.icb.nhs.uk/about/board/about-our-board; Capsticks,"
                + " https://www.capsticks.com/insights/integrated-care-boards-delegation-of-functions-and-governance-arrangements);"
                + " NHS Act 2006 Sch 7 para 15 for foundation trusts"
                + " (https://www.legislation.gov.uk/ukpga/2006/41/schedule/7/paragraph/15)",
            SourceStatus.GUIDANCE);
      case LOCAL_GOVERNMENT_ARRANGEMENT -> new InstrumentEffect(instrument, InstrumentRoute.INTERNAL_SCHEME,
            "A local authority arranges for its functions to be discharged by its own committee or a joint"
                + " committee it belongs to; binds the authority within the arrangement.",
            "Local Government Act 1972 (https://www.legislation.gov.uk/ukpga/1972/70); s.102 for health and"
                + " wellbeing boards, which HSCA 2012 s.194 treats as committees appointed under it",
            SourceStatus.IN_FORCE);
      case CONTRACT -> new InstrumentEffect(instrument, InstrumentRoute.NO_STATUTORY_FUNCTION,
            "A contract delegates delivery, not statutory functions: it gives no authority to take a decision"
                + " on a statutory function.",
            "NHS Providers with Browne Jacobson, legal taxonomy of collaborative arrangements",
            SourceStatus.REPORTED);
    };
  }

  /**
   * Who may use an instrument and where it may reach, under the given assumptions: the one
   * switch that {@link DecisionAuthority} applies to every delegation on a path.
   */
  static InstrumentRule rule(DelegationInstrument instrument, LegalAssumptions a) {
    Set<OrganisationKind> any = Set.of();
    return switch (instrument) {
      case S65Z5_DELEGATION -> new InstrumentRule(true, Reach.OTHER_BODIES, a.s65z5Delegators(), a.s65z5Delegates(),
            "s.65Z5 delegation");
      case S65Z5_JOINT_EXERCISE -> new InstrumentRule(true, Reach.OTHER_BODIES, a.s65z5Delegators(), a.s65z5JointExercisePartners(),
            "s.65Z5 joint exercise");
      case S13YB_DIRECTION -> new InstrumentRule(true, Reach.OTHER_BODIES, EnumSet.of(OrganisationKind.NHS_ENGLAND),
            EnumSet.of(OrganisationKind.INTEGRATED_CARE_BOARD), "s.13YB direction");
      case S47A_JOINT_ARRANGEMENT -> new InstrumentRule(true, Reach.OTHER_BODIES, a.s47aDelegators(), any, "s.47A joint arrangement");
      case S75_PARTNERSHIP -> new InstrumentRule(true, Reach.OTHER_BODIES, a.s75Partners(), a.s75Partners(),
            "s.75 partnership arrangement");
      case SCHEME_OF_DELEGATION -> new InstrumentRule(true, Reach.OWN_BODIES, any, any, "scheme of delegation");
      case LOCAL_GOVERNMENT_ARRANGEMENT -> {
        Set<OrganisationKind> councils = EnumSet.noneOf(OrganisationKind.class);
        for (OrganisationKind k : OrganisationKind.values()) {
          if (k.isLocalAuthority()) {
            councils.add(k);
          }
        }
        yield new InstrumentRule(true, Reach.OWN_OR_JOINT_BODIES, councils, any, "local government arrangement");
      }
      case CONTRACT -> new InstrumentRule(false, Reach.OTHER_BODIES, any, any, "contract");
    };
  }

  /** Where an instrument may reach. */
  enum Reach {
    /** Another organisation, or a body or post of one. */
    OTHER_BODIES,
    /** Only bodies and posts all of whose organisations are the delegator's. */
    OWN_BODIES,
    /** Bodies and posts at least one of whose organisations is the delegator's (including joint committees). */
    OWN_OR_JOINT_BODIES
  }

  /**
   * What an instrument allows: whether it confers authority over a statutory function at all,
   * where it may reach, and the kinds of organisation that may use and receive it (empty: any).
   */
  record InstrumentRule(boolean confersAuthority, Reach reach, Set<OrganisationKind> delegatorKinds,
      Set<OrganisationKind> delegateKinds, String label) {

    /** Whether it is an arrangement with another body, as opposed to a scheme inside the holder. */
    boolean external() {
      return reach == Reach.OTHER_BODIES;
    }
  }
}
