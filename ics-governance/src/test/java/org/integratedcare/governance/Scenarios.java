package org.integratedcare.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.integratedcare.core.AccountabilityBasis;
import org.integratedcare.core.AccountabilityDirection;
import org.integratedcare.core.AccountabilityLink;
import org.integratedcare.core.Body;
import org.integratedcare.core.BodyKind;
import org.integratedcare.core.ChangeEvent;
import org.integratedcare.core.ChangeKind;
import org.integratedcare.core.CommitteesInCommon;
import org.integratedcare.core.ContractType;
import org.integratedcare.core.ContractualArrangement;
import org.integratedcare.core.Delegation;
import org.integratedcare.core.DelegationInstrument;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.JointCommittee;
import org.integratedcare.core.MemorandumOfUnderstanding;
import org.integratedcare.core.MergerOrAcquisition;
import org.integratedcare.core.Organisation;
import org.integratedcare.core.OrganisationKind;
import org.integratedcare.core.Period;
import org.integratedcare.core.Post;
import org.integratedcare.core.PostRole;
import org.integratedcare.core.StatutoryFunction;

/**
 * The scenario models of the governance tests, built through the core API one method per scenario
 * so that each can later become a model file. Ids are short and readable; names are invented for
 * the scenario (they are not real organisations), while the powers cited are those of the domain
 * reference.
 */
final class Scenarios {
  /** The day the 42 ICBs became statutory (S.I. 2022/734; domain reference §1.1). */
  static final LocalDate ICB_DAY = LocalDate.of(2022, 7, 1);
  /** The day the phase 1 ICB mergers took effect (domain reference §4.3). */
  static final LocalDate MERGER_DAY = LocalDate.of(2026, 4, 1);
  /** A date on which the ordinary arrangements of the scenarios are in force. */
  static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

  static final Period FROM_ICB_DAY = Period.from(ICB_DAY);

  private Scenarios() {}

  // ------------------------------------------------------------------ helpers

  static Organisation org(String id, OrganisationKind kind, String name) {
    return Organisation.of(id, kind, name, FROM_ICB_DAY);
  }

  static Body body(String id, String name, BodyKind kind, String... organisations) {
    return Body.builder().id(id).name(name).kind(kind).addOrganisations(organisations).period(FROM_ICB_DAY).build();
  }

  static Body committee(String id, String name, String organisation, String parent) {
    return Body.builder().id(id).name(name).kind(BodyKind.COMMITTEE).addOrganisations(organisation).parent(parent)
        .period(FROM_ICB_DAY).build();
  }

  static StatutoryFunction function(String id, String name, String holder) {
    return StatutoryFunction.builder().id(id).name(name).holder(holder).period(FROM_ICB_DAY).build();
  }

  static StatutoryFunction function(String id, String name, String holder, String basis) {
    return StatutoryFunction.builder().id(id).name(name).holder(holder).basis(basis).period(FROM_ICB_DAY).build();
  }

  /** A delegation in force from ICB day, with no onward delegation unless the caller says so. */
  static Delegation.Builder delegation(String id, String from, String to, DelegationInstrument instrument,
      String... functions) {
    Delegation.Builder b = Delegation.builder();
    b.id(id).delegator(from).delegate(to).instrument(instrument).addFunctions(functions)
        .onwardDelegationAllowed(false).period(FROM_ICB_DAY);
    return b;
  }

  static AccountabilityLink link(String id, String giver, String holder, AccountabilityDirection direction,
      AccountabilityBasis basis, String citation) {
    AccountabilityLink.Builder b = AccountabilityLink.builder();
    b.id(id).giver(giver).holder(holder).direction(direction).basis(basis).period(FROM_ICB_DAY);
    if (citation != null) {
      b.citation(citation);
    }
    return b.build();
  }

  // ------------------------------------------------------------------ decision authority

  /**
   * NHS England delegates primary medical services to an ICB under s.65Z5 with onward delegation
   * allowed, and the ICB board passes it to its primary care committee under its scheme of
   * reservation and delegation within a financial limit (domain reference §2.1, §2.9: primary
   * medical services delegated to all ICBs from 1 July 2022). Dental services are delegated the same
   * way but without onward delegation. NHS England also (wrongly) delegates performance assessment of
   * ICBs, which S.I. 2022/642 reg 2 takes out of s.65Z5; and the committee is given specialised
   * services that NHS England never delegated to the ICB. The ICB also tries to delegate a function
   * to a voluntary organisation, which is not a relevant body (§9).
   */
  static IcsModel delegationChain() {
    return IcsModel.builder().name("Delegation chain")
        .add(org("nhse", OrganisationKind.NHS_ENGLAND, "NHS England"))
        .add(org("icb", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS Northshire ICB"))
        .add(org("vcse", OrganisationKind.VCSE_ORGANISATION, "Northshire Community Voices"))
        .add(body("icb-board", "Northshire ICB Board", BodyKind.UNITARY_BOARD, "icb"))
        .add(committee("pcc", "Primary Care Commissioning Committee", "icb", "icb-board"))
        .add(function("pms", "Commissioning of primary medical services", "nhse"))
        .add(function("dental", "Commissioning of dental services", "nhse"))
        .add(function("specialised", "Commissioning of specialised services", "nhse"))
        .add(StatutoryFunction.builder().id("assess").name("Performance assessment of ICBs").holder("nhse")
            .basis("NHS Act 2006 s.14Z59").delegable(false).period(FROM_ICB_DAY).build())
        .add(function("community", "Commissioning of community services", "icb"))
        .add(delegation("d-pms", "nhse", "icb", DelegationInstrument.S65Z5_DELEGATION, "pms")
            .clause("Delegation agreement, schedule 2").onwardDelegationAllowed(true).build())
        .add(delegation("d-dental", "nhse", "icb", DelegationInstrument.S65Z5_DELEGATION, "dental")
            .onwardDelegationAllowed(false).build())
        .add(delegation("d-assess", "nhse", "icb", DelegationInstrument.S65Z5_DELEGATION, "assess").build())
        .add(delegation("d-sord", "icb-board", "pcc", DelegationInstrument.SCHEME_OF_DELEGATION,
            "pms", "dental", "specialised")
            .clause("SoRD 4.2").financialLimit(new BigDecimal("5000000"))
            .addConditions("within the approved annual budget").build())
        .add(delegation("d-vcse", "icb", "vcse", DelegationInstrument.S65Z5_DELEGATION, "community").build())
        .build();
  }

  /**
   * Two ICBs form a joint committee under ss.65Z5-65Z6, but only North ICB makes its specialised
   * services function joint (a joint committee binds each party only for the functions that party
   * made joint; domain reference §2.2).
   */
  static IcsModel jointCommittee() {
    return IcsModel.builder().name("Joint committee")
        .add(org("north", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS North ICB"))
        .add(org("south", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS South ICB"))
        .add(body("jc", "North and South Joint Commissioning Committee", BodyKind.JOINT_COMMITTEE, "north", "south"))
        .add(JointCommittee.builder().id("jc-mechanism").name("Joint commissioning committee").body("jc")
            .addParties("north", "south").legalBasis("NHS Act 2006 ss.65Z5 and 65Z6").period(FROM_ICB_DAY).build())
        .add(function("north-spec", "Commissioning of specialised services", "north"))
        .add(function("south-spec", "Commissioning of specialised services", "south"))
        .add(delegation("d-north-joint", "north", "jc", DelegationInstrument.S65Z5_JOINT_EXERCISE, "north-spec")
            .build())
        .build();
  }

  /**
   * Two ICBs meet as committees in common on pharmacy, optometry and dentistry, as Midlands ICBs did
   * (domain reference §2.4). West's board has delegated the function to its committee; East's board
   * has not (each committee binds only its own organisation, and only with powers delegated by it:
   * Mills &amp; Reeve; NHS Providers; §9).
   */
  static IcsModel committeesInCommon() {
    return IcsModel.builder().name("Committees in common")
        .add(org("west", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS West ICB"))
        .add(org("east", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS East ICB"))
        .add(body("west-board", "West ICB Board", BodyKind.UNITARY_BOARD, "west"))
        .add(body("east-board", "East ICB Board", BodyKind.UNITARY_BOARD, "east"))
        .add(committee("west-pod", "West POD Committee", "west", "west-board"))
        .add(committee("east-pod", "East POD Committee", "east", "east-board"))
        .add(CommitteesInCommon.builder().id("pod-cic").name("POD committees in common")
            .addCommittees("west-pod", "east-pod").addParties("west", "east").period(FROM_ICB_DAY).build())
        .add(function("west-pod-fn", "Commissioning of pharmacy, optometry and dentistry", "west"))
        .add(function("east-pod-fn", "Commissioning of pharmacy, optometry and dentistry", "east"))
        .add(delegation("d-west-pod", "west-board", "west-pod", DelegationInstrument.SCHEME_OF_DELEGATION,
            "west-pod-fn").build())
        .build();
  }

  /**
   * An ICB and a council sign a memorandum of understanding for a health and care forum of the
   * council; the memorandum ends on 31 March 2024 (an MoU records shared intent and binds no one:
   * domain reference §2.5, §9). The ICB also has an advisory forum without delegated powers.
   */
  static IcsModel memorandumOfUnderstanding() {
    return IcsModel.builder().name("Memorandum of understanding")
        .add(org("icb", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS Westshire ICB"))
        .add(org("council", OrganisationKind.UNITARY_AUTHORITY, "Westshire Council"))
        .add(body("forum", "Westshire Health and Care Forum", BodyKind.PARTNERSHIP_BOARD, "council"))
        .add(body("voices", "Westshire People's Voices Forum", BodyKind.ADVISORY_FORUM, "icb"))
        .add(MemorandumOfUnderstanding.builder().id("mou").name("Westshire health and care memorandum")
            .addParties("icb", "council").period(Period.of(ICB_DAY, LocalDate.of(2024, 3, 31))).build())
        .add(function("jfp", "Joint forward plan", "icb", "NHS Act 2006 s.14Z52"))
        .build();
  }

  /**
   * An ICB board's scheme of delegation gives its finance committee a function until 31 March 2024,
   * and its quality committee another from 1 April 2025 (a delegation binds only within its period:
   * NHS England statutory guidance under s.65Z7; domain reference §2.1).
   */
  static IcsModel datedDelegations() {
    return IcsModel.builder().name("Dated delegations")
        .add(org("icb", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS Eastshire ICB"))
        .add(body("board", "Eastshire ICB Board", BodyKind.UNITARY_BOARD, "icb"))
        .add(committee("finance", "Finance Committee", "icb", "board"))
        .add(committee("quality", "Quality Committee", "icb", "board"))
        .add(function("capital", "Capital resource use plan", "icb", "NHS Act 2006 s.14Z56"))
        .add(function("report", "Annual report", "icb", "NHS Act 2006 s.14Z58"))
        .add(delegation("d-finance", "board", "finance", DelegationInstrument.SCHEME_OF_DELEGATION, "capital")
            .period(Period.of(ICB_DAY, LocalDate.of(2024, 3, 31))).build())
        .add(delegation("d-quality", "board", "quality", DelegationInstrument.SCHEME_OF_DELEGATION, "report")
            .period(Period.from(LocalDate.of(2025, 4, 1))).build())
        .build();
  }

  /**
   * A lead-provider collaborative for specialised mental health: the ICB contracts with two
   * foundation trusts, one as lead provider (a lead-provider contract is a contractual joint venture
   * that delegates no statutory function: NHS Providers with Browne Jacobson; domain reference §2.6,
   * §9).
   */
  static IcsModel leadProviderCollaborative() {
    return IcsModel.builder().name("Lead provider collaborative")
        .add(org("icb", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS Southshire ICB"))
        .add(org("lead", OrganisationKind.NHS_FOUNDATION_TRUST, "Southshire Mental Health NHS FT"))
        .add(org("partner", OrganisationKind.NHS_FOUNDATION_TRUST, "Coastal Care NHS FT"))
        .add(body("lead-board", "Southshire Mental Health Board of Directors", BodyKind.UNITARY_BOARD, "lead"))
        .add(function("mh-commissioning", "Commissioning of specialised mental health services", "icb"))
        .add(function("mh-delivery", "Provision of specialised mental health services", "lead"))
        .add(ContractualArrangement.builder().id("collaborative").name("Southshire mental health collaborative")
            .contractType(ContractType.LEAD_PROVIDER).addCommissioners("icb").addProviders("lead", "partner")
            .leadProvider("lead").addFunctions("mh-commissioning").addParties("icb", "lead", "partner")
            .period(FROM_ICB_DAY).build())
        .build();
  }

  /**
   * Two ICBs merge into a new ICB on 1 April 2026, as in the phase 1 mergers (domain reference
   * §4.3); from the effective date the successor holds the predecessors' functions (§2.8, §7.1).
   */
  static IcsModel merger() {
    Period before = Period.of(ICB_DAY, MERGER_DAY.minusDays(1));
    Period after = Period.from(MERGER_DAY);
    return IcsModel.builder().name("Merger")
        .add(Organisation.of("old-a", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS Old A ICB", before))
        .add(Organisation.of("old-b", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS Old B ICB", before))
        .add(Organisation.of("new", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS New ICB", after))
        .add(Body.builder().id("old-a-board").name("Old A ICB Board").kind(BodyKind.UNITARY_BOARD)
            .addOrganisations("old-a").period(before).build())
        .add(Body.builder().id("new-board").name("New ICB Board").kind(BodyKind.UNITARY_BOARD)
            .addOrganisations("new").period(after).build())
        .add(function("old-a-jfp", "Joint forward plan", "old-a", "NHS Act 2006 s.14Z52"))
        .add(ChangeEvent.builder().id("merger-2026").kind(ChangeKind.MERGER).effectiveDate(MERGER_DAY)
            .addPredecessors("old-a", "old-b").addSuccessors("new").build())
        .add(MergerOrAcquisition.builder().id("merger-mechanism").name("Merger of Old A and Old B ICBs")
            .changeEvent("merger-2026").addParties("old-a", "old-b", "new").period(after).build())
        .build();
  }

  /**
   * Each power used where it does not reach. NHS England directs an ICB under s.13YB to exercise
   * its pharmaceutical services function (a different route from s.65Z5; NHS Act 2006 s.3B(2),
   * domain reference §9), and the ICB tries to use the same power towards a trust. The ICB board's
   * scheme of delegation gives a function to its chief executive's post, and tries to reach a
   * trust's board. The ICB also lets a community provider's contract cover a statutory function
   * (a contract delegates delivery, not statutory functions: §2.6, §9).
   */
  static IcsModel routes() {
    return IcsModel.builder().name("Routes")
        .add(org("nhse", OrganisationKind.NHS_ENGLAND, "NHS England"))
        .add(org("icb", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS Midshire ICB"))
        .add(org("trust", OrganisationKind.NHS_TRUST, "Midshire Community NHS Trust"))
        .add(org("provider", OrganisationKind.INDEPENDENT_PROVIDER, "Midshire Care Ltd"))
        .add(body("icb-board", "Midshire ICB Board", BodyKind.UNITARY_BOARD, "icb"))
        .add(body("trust-board", "Midshire Community NHS Trust Board", BodyKind.UNITARY_BOARD, "trust"))
        .add(Post.builder().id("ceo").body("icb-board").title("Chief executive")
            .role(PostRole.CHIEF_EXECUTIVE).period(FROM_ICB_DAY).build())
        .add(function("pharmacy", "Commissioning of pharmaceutical services", "nhse"))
        .add(function("community", "Commissioning of community services", "icb"))
        .add(function("urgent", "Commissioning of urgent care", "icb"))
        .add(function("therapy", "Commissioning of therapy services", "icb"))
        .add(delegation("d-direction", "nhse", "icb", DelegationInstrument.S13YB_DIRECTION, "pharmacy").build())
        .add(delegation("d-wrong-direction", "icb", "trust", DelegationInstrument.S13YB_DIRECTION, "community")
            .build())
        .add(delegation("d-ceo", "icb-board", "ceo", DelegationInstrument.SCHEME_OF_DELEGATION, "community")
            .clause("SoRD 6.1").build())
        .add(delegation("d-sord-outside", "icb-board", "trust-board", DelegationInstrument.SCHEME_OF_DELEGATION,
            "urgent").build())
        .add(delegation("d-contract", "icb", "provider", DelegationInstrument.CONTRACT, "therapy").build())
        .build();
  }

  // ------------------------------------------------------------------ accountability

  /**
   * Lines of accountability of a small system: an ICB answers to NHS England (NHS Act 2006 s.14Z59,
   * performance assessment; domain reference §3.1), NHS England to the Secretary of State (the
   * mandate, s.13A; §3.3) and ministers to Parliament (§3.3); a foundation trust answers to NHS England
   * under the Oversight Framework (§3.2) and to its governors, who answer to its members; a council to
   * its electorate. A place committee of the ICB board answers up to the board under the scheme of
   * delegation, across to the council, and down to patients and communities. NHS England delegates
   * primary medical services to the ICB, but stays accountable for them (§2.1, §2.9).
   */
  static IcsModel accountabilityLines() {
    return IcsModel.builder().name("Accountability lines")
        .add(org("parliament", OrganisationKind.PARLIAMENT, "Parliament"))
        .add(org("sos", OrganisationKind.SECRETARY_OF_STATE, "Secretary of State for Health and Social Care"))
        .add(org("nhse", OrganisationKind.NHS_ENGLAND, "NHS England"))
        .add(org("icb", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS Northshire ICB"))
        .add(org("ft", OrganisationKind.NHS_FOUNDATION_TRUST, "Northshire Hospitals NHS FT"))
        .add(org("members", OrganisationKind.FOUNDATION_TRUST_MEMBERS, "Members of Northshire Hospitals NHS FT"))
        .add(org("council", OrganisationKind.UNITARY_AUTHORITY, "Northshire Council"))
        .add(org("electorate", OrganisationKind.ELECTORATE, "Electorate of Northshire"))
        .add(org("public", OrganisationKind.PATIENTS_AND_COMMUNITIES, "Patients and communities of Northshire"))
        .add(body("icb-board", "Northshire ICB Board", BodyKind.UNITARY_BOARD, "icb"))
        .add(committee("place", "Northshire Place Committee", "icb", "icb-board"))
        .add(body("governors", "Council of Governors of Northshire Hospitals", BodyKind.COUNCIL_OF_GOVERNORS, "ft"))
        .add(function("jfp", "Joint forward plan", "icb", "NHS Act 2006 s.14Z52"))
        .add(function("acute", "Provision of acute services", "ft"))
        .add(function("pms", "Commissioning of primary medical services", "nhse"))
        .add(delegation("d-pms", "nhse", "icb", DelegationInstrument.S65Z5_DELEGATION, "pms")
            .onwardDelegationAllowed(true).build())
        .add(link("l-sos", "sos", "parliament", AccountabilityDirection.VERTICAL, AccountabilityBasis.STATUTE,
            "Ministerial accountability to Parliament"))
        .add(link("l-nhse", "nhse", "sos", AccountabilityDirection.VERTICAL, AccountabilityBasis.STATUTE,
            "NHS Act 2006 s.13A (mandate)"))
        .add(link("l-icb", "icb", "nhse", AccountabilityDirection.VERTICAL, AccountabilityBasis.STATUTE,
            "NHS Act 2006 s.14Z59"))
        .add(link("l-ft", "ft", "nhse", AccountabilityDirection.VERTICAL, AccountabilityBasis.REGULATION,
            "NHS Oversight Framework 2025/26"))
        .add(link("l-ft-governors", "ft", "governors", AccountabilityDirection.BOTTOM_UP,
            AccountabilityBasis.STATUTE, null))
        .add(link("l-governors", "governors", "members", AccountabilityDirection.BOTTOM_UP,
            AccountabilityBasis.STATUTE, null))
        .add(link("l-council", "council", "electorate", AccountabilityDirection.VERTICAL,
            AccountabilityBasis.ELECTION, null))
        .add(link("l-place-board", "place", "icb-board", AccountabilityDirection.VERTICAL,
            AccountabilityBasis.DELEGATION, "Scheme of reservation and delegation"))
        .add(link("l-place-council", "place", "council", AccountabilityDirection.LATERAL,
            AccountabilityBasis.AGREEMENT, "Place partnership terms of reference"))
        .add(link("l-place-public", "place", "public", AccountabilityDirection.BOTTOM_UP,
            AccountabilityBasis.AGREEMENT, "Place partnership terms of reference"))
        .build();
  }

  /**
   * The accountability lines above plus an NHS trust that holds a function but answers only
   * laterally to the ICB: it has no vertical chain to a statutory terminus, an accountability gap.
   */
  static IcsModel gap() {
    return accountabilityLines().toBuilder().name("Gap")
        .add(org("trust", OrganisationKind.NHS_TRUST, "Orphan Community NHS Trust"))
        .add(function("community", "Provision of community services", "trust"))
        .add(link("l-trust-icb", "trust", "icb", AccountabilityDirection.LATERAL, AccountabilityBasis.AGREEMENT,
            "Partnership agreement"))
        .build();
  }

  /**
   * Three organisations whose vertical links run in a circle: A answers to B, B to C and C to A. The
   * cycle must be reported with all three members, and every walk must end.
   */
  static IcsModel cycle() {
    return IcsModel.builder().name("Cycle")
        .add(org("a", OrganisationKind.NHS_TRUST, "Alpha NHS Trust"))
        .add(org("b", OrganisationKind.NHS_TRUST, "Beta NHS Trust"))
        .add(org("c", OrganisationKind.NHS_TRUST, "Gamma NHS Trust"))
        .add(function("a-services", "Provision of services", "a"))
        .add(link("l-ab", "a", "b", AccountabilityDirection.VERTICAL, AccountabilityBasis.AGREEMENT, null))
        .add(link("l-bc", "b", "c", AccountabilityDirection.VERTICAL, AccountabilityBasis.AGREEMENT, null))
        .add(link("l-ca", "c", "a", AccountabilityDirection.VERTICAL, AccountabilityBasis.AGREEMENT, null))
        .build();
  }
}
