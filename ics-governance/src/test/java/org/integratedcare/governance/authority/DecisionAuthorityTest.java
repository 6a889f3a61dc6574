package org.integratedcare.governance.authority;

import org.integratedcare.governance.Scenarios;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.organisation.OrganisationKind;
import static org.integratedcare.governance.Scenarios.MERGER_DAY;
import static org.integratedcare.governance.Scenarios.TODAY;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Scenario tests of {@link DecisionAuthority}, one nested class per scenario model file under
 * {@code src/test/resources/org/integratedcare/governance/scenarios/}. Each file's opening comment
 * gives the scenario, its legal or guidance basis and the expected answers asserted here.
 */
class DecisionAuthorityTest {

  // NHS Act 2006 s.65Z5: NHS England may arrange for an ICB (a relevant body) to exercise its
  // functions; primary medical services delegated to all ICBs from 1 July 2022 (NHS England's primary care
  // delegation page).
  @Nested
  class S65z5DelegationToARelevantBody {
    private final DecisionAuthority authority =
        DecisionAuthority.of(Scenarios.load("s65z5-delegation-to-relevant-body.yaml"));

    @Test
    void delegationToRelevantBody_bindsTheHolder() {
      Verdict v = authority.verdict("icb", "pms", "nhse", TODAY);

      assertThat(v.outcome()).isEqualTo(Outcome.BINDING);
      assertThat(v.grants()).extracting(Grant::kind).containsExactly(GrantKind.HELD_BY_LAW, GrantKind.DELEGATION);
      Grant delegation = v.grants().get(1);
      assertThat(delegation.delegation()).contains("d-pms");
      assertThat(delegation.instrument()).contains(DelegationInstrument.S65Z5_DELEGATION);
      assertThat(delegation.clause()).contains("Delegation agreement, schedule 2");
      assertThat(v.sentence()).isEqualTo("On 1 October 2025, a decision of NHS Northshire ICB on Commissioning of"
          + " primary medical services binds NHS England: NHS England holds Commissioning of primary medical services"
          + " by law; NHS England delegated it to NHS Northshire ICB under s.65Z5 of the NHS Act 2006 (Delegation"
          + " agreement, schedule 2), in force from 1 July 2022.");
    }

    // A unitary board exercises its organisation's functions without a delegation (NHS Act 2006 Sch 1B;
    // South West London ICB board page).
    @Test
    void boardOfDelegate_actsForItsOrganisation() {
      Verdict v = authority.verdict("icb-board", "pms", "nhse", TODAY);

      assertThat(v.isBinding()).isTrue();
      assertThat(v.grants()).extracting(Grant::kind)
          .containsExactly(GrantKind.HELD_BY_LAW, GrantKind.DELEGATION, GrantKind.BOARD_OF_ORGANISATION);
    }

    // The delegate does not hold the function by law, so no decision on it can bind it as holder:
    // that is not a lack of authority of the decider (a lawyer reads that as acting beyond powers).
    @Test
    void organisationThatDoesNotHoldTheFunction_isNotHolder() {
      Verdict v = authority.verdict("icb", "pms", "icb", TODAY);

      assertThat(v.outcome()).isEqualTo(Outcome.NOT_HOLDER);
      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.NOT_HOLDER);
    }
  }

  // s.65Z5: no source lists voluntary organisations as bodies that may receive a delegation; the
  // default assumption is "not a relevant body", a parameter rather than buried code (unconfirmed).
  @Nested
  class S65z5DelegationToABodyThatIsNotRelevant {
    private final IcsModel model = Scenarios.load("s65z5-delegation-to-body-not-relevant.yaml");

    @Test
    void delegationToBodyThatIsNotRelevant_givesNoAuthority() {
      Verdict v = DecisionAuthority.of(model).verdict("vcse", "community", "icb", TODAY);

      assertThat(v.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.DELEGATE_NOT_PERMITTED);
      assertThat(v.reason().orElseThrow().sentence()).isEqualTo("Northshire Community Voices is not a body to which"
          + " a s.65Z5 delegation may be made: Northshire Community Voices is a voluntary, community or social"
          + " enterprise organisation, and only NHS England, an integrated care board, an NHS trust or an NHS"
          + " foundation trust may receive one.");
    }

    @Test
    void delegationToVoluntaryOrganisation_bindsWhenAssumptionsAllowIt() {
      LegalAssumptions wider = LegalAssumptions.builder()
          .allowS65z5DelegationTo(OrganisationKind.VCSE_ORGANISATION).build();

      Verdict v = DecisionAuthority.of(model, wider).verdict("vcse", "community", "icb", TODAY);

      assertThat(v.isBinding()).isTrue();
    }
  }

  // Sub-delegation is an explicit property of each delegation (neither statute nor guidance gives a
  // default); a delegate may not delegate further unless its delegation allows it (Welsh Government
  // law guidance on the general presumption); a delegation binds within its limits (s.65Z7 guidance).
  @Nested
  class SubDelegation {
    private final DecisionAuthority authority =
        DecisionAuthority.of(Scenarios.load("sub-delegation-allowed-and-not-allowed.yaml"));

    /** Who may decide: the holder, the ICB it delegated to, the ICB's board, and the committee within its limit (s.65Z5, SoRD). */
    @Test
    void whoMayDecide_listsEveryBindingDecider_andTheLimitNarrowsIt() {
      DecidersAnswer within = authority.whoMayDecide("pms", TODAY, "nhse");
      DecidersAnswer above = authority.whoMayDecide("pms", TODAY, java.util.List.of("nhse"),
          new java.math.BigDecimal("6000000"));

      assertThat(within.considered()).containsExactly("nhse", "icb", "icb-board", "pcc");
      assertThat(within.bindingDeciders()).containsExactly("nhse", "icb", "icb-board", "pcc");
      assertThat(above.bindingDeciders()).containsExactly("nhse", "icb", "icb-board");
      assertThat(within.advisoryDeciders()).isEmpty();
    }

    /** Dental: the ICB may decide, but its committee may not, because onward delegation was not allowed. */
    @Test
    void whoMayDecide_leavesOutADelegateThatMayNotBeUsed() {
      assertThat(authority.whoMayDecide("dental", TODAY, "nhse").bindingDeciders()).containsExactly("nhse", "icb", "icb-board");
    }

    @Test
    void whoMayDecide_unknownFunction_rejected() {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> authority.whoMayDecide("nothing", TODAY, "nhse"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("function 'nothing' is not a function of the model");
    }

    @Test
    void subDelegationAllowed_bindsThroughTheCommittee() {
      Verdict v = authority.verdict("pcc", "pms", "nhse", TODAY);

      assertThat(v.isBinding()).isTrue();
      assertThat(v.grants()).extracting(Grant::kind).containsExactly(GrantKind.HELD_BY_LAW, GrantKind.DELEGATION,
          GrantKind.BOARD_OF_ORGANISATION, GrantKind.DELEGATION);
      assertThat(v.grants()).extracting(g -> g.delegation().orElse(""))
          .containsExactly("", "d-pms", "", "d-sord");
      assertThat(v.conditions()).containsExactly("within the approved annual budget");
      assertThat(v.financialLimit()).contains(new BigDecimal("5000000"));
      assertThat(v.sentence()).endsWith("It is subject to these conditions: within the approved annual budget."
          + " The lowest financial limit on the path is £5,000,000.");
    }

    @Test
    void subDelegationNotAllowed_givesNoAuthority() {
      Verdict v = authority.verdict("pcc", "dental", "nhse", TODAY);

      assertThat(v.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.ONWARD_DELEGATION_NOT_ALLOWED);
      assertThat(v.reason().orElseThrow().subject()).isEqualTo("d-dental");
    }

    @Test
    void decisionAboveFinancialLimit_givesNoAuthority() {
      AuthorityQuery q = AuthorityQuery.of("pcc", "pms", TODAY, "nhse").withAmount(new BigDecimal("6000000"));

      Verdict v = authority.decide(q).verdicts().get(0);

      assertThat(v.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.OUTSIDE_LIMIT);
      assertThat(v.reason().orElseThrow().sentence()).contains("£6,000,000").contains("£5,000,000");
    }

    @Test
    void decisionWithinFinancialLimit_binds() {
      AuthorityQuery q = AuthorityQuery.of("pcc", "pms", TODAY, "nhse").withAmount(new BigDecimal("1000000"));

      assertThat(authority.decide(q).bindsAll()).isTrue();
    }

    // A delegate can never receive more than the delegator holds: the ICB never received
    // specialised services from NHS England, so its board could not pass them to its committee.
    @Test
    void delegatorDidNotHoldTheFunction_givesNoAuthority() {
      Verdict v = authority.verdict("pcc", "specialised", "nhse", TODAY);

      assertThat(v.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.DELEGATOR_DID_NOT_HOLD);
      assertThat(v.reason().orElseThrow().subject()).isEqualTo("icb");
    }
  }

  // S.I. 2022/642 reg 2 disapplies s.65Z5(1) for NHS England's s.14Z59 performance assessment of ICBs
  // (https://www.legislation.gov.uk/id/uksi/2022/642/regulation/2).
  @Nested
  class FunctionNotDelegable {
    @Test
    void functionNotDelegable_givesNoAuthority() {
      Verdict v = DecisionAuthority.of(Scenarios.load("function-not-delegable.yaml")).verdict("icb", "assess", "nhse",
          TODAY);

      assertThat(v.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.FUNCTION_NOT_DELEGABLE);
      assertThat(v.reason().orElseThrow().sentence()).startsWith("Performance assessment of ICBs (NHS Act 2006 s.14Z59)"
          + " may not be delegated");
    }
  }

  // NHS Act 2006 ss.65Z5-65Z6: a joint committee binds each party only for the functions that party
  // made joint (https://www.legislation.gov.uk/ukpga/2006/41/section/65Z6).
  @Nested
  class JointCommitteeWhereOnePartyHasNotMadeTheFunctionJoint {
    private final DecisionAuthority authority =
        DecisionAuthority.of(Scenarios.load("joint-committee-one-party-not-joint.yaml"));

    @Test
    void jointCommittee_bindsOnlyThePartyThatMadeTheFunctionJoint() {
      AuthorityAnswer answer = authority.decide(AuthorityQuery.of("jc", "north-spec", TODAY, "north", "south"));

      Verdict north = answer.verdictFor("north").orElseThrow();
      assertThat(north.isBinding()).isTrue();
      assertThat(north.grants().get(1).instrument()).contains(DelegationInstrument.S65Z5_JOINT_EXERCISE);
      Verdict south = answer.verdictFor("south").orElseThrow();
      assertThat(south.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(south.function()).contains("south-spec");
      assertThat(south.reason().orElseThrow().kind()).isEqualTo(ReasonKind.NO_DELEGATION);
      assertThat(south.reason().orElseThrow().sentence()).isEqualTo("NHS South ICB has not made Commissioning of"
          + " specialised services joint: no delegation of it from NHS South ICB to North and South Joint"
          + " Commissioning Committee is recorded.");
      assertThat(south.advisoryBasis()).isEmpty();
      assertThat(answer.bindsAll()).isFalse();
    }

    @Test
    void answer_keepsTheOrderOfTheOrganisationsAsked() {
      AuthorityAnswer answer = authority.decide(AuthorityQuery.of("jc", "north-spec", TODAY, "south", "north"));

      assertThat(answer.verdicts()).extracting(Verdict::organisation).containsExactly("south", "north");
      assertThat(answer.sentence()).contains("\n\n");
    }

    @Test
    void query_namingUnknownRecords_failsListingEveryProblem() {
      assertThatThrownBy(() -> authority.decide(AuthorityQuery.of("nobody", "nothing", TODAY, "north", "nowhere")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("cannot answer the authority query: decider 'nobody' is not a body, post or organisation of the"
              + " model; function 'nothing' is not a function of the model; organisations[1]: 'nowhere' is not an"
              + " organisation of the model");
    }
  }

  // Committees in common: each committee's decision binds only its own organisation, and only with
  // powers delegated by it (Mills & Reeve, Operating effective committees in common; NHS Providers).
  @Nested
  class CommitteesInCommon {
    private final DecisionAuthority authority = DecisionAuthority.of(Scenarios.load("committees-in-common.yaml"));

    @Test
    void committeeDecision_bindsOnlyItsOwnOrganisation() {
      AuthorityAnswer answer = authority.decide(AuthorityQuery.of("west-pod", "west-pod-fn", TODAY, "west", "east"));

      assertThat(answer.verdictFor("west").orElseThrow().isBinding()).isTrue();
      Verdict east = answer.verdictFor("east").orElseThrow();
      assertThat(east.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(east.reason().orElseThrow().kind()).isEqualTo(ReasonKind.COMMITTEE_OF_ANOTHER_ORGANISATION);
      assertThat(east.reason().orElseThrow().subject()).isEqualTo("pod-cic");
    }

    @Test
    void committeeWithoutDelegationFromItsBoard_bindsNoOne() {
      Verdict v = authority.verdict("east-pod", "east-pod-fn", "east", TODAY);

      assertThat(v.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(v.reason().orElseThrow().sentence())
          .isEqualTo("East POD Committee holds no delegation of Commissioning of pharmacy, optometry and dentistry"
              + " from NHS East ICB or its board.");
    }
  }

  // A memorandum of understanding records shared intent and binds no one (local-government partnership
  // guidance, reported); a forum without delegated powers may discuss and recommend but binds no one (NHS
  // Providers with Browne Jacobson).
  @Nested
  class MemorandumOfUnderstanding {
    private final DecisionAuthority authority = DecisionAuthority.of(Scenarios.load("memorandum-of-understanding.yaml"));

    @Test
    void memorandumOfUnderstanding_isAdvisoryOnlyWhileInForce() {
      Verdict during = authority.verdict("forum", "jfp", "icb", LocalDate.of(2023, 6, 1));
      Verdict after = authority.verdict("forum", "jfp", "icb", LocalDate.of(2024, 6, 1));

      assertThat(during.outcome()).isEqualTo(Outcome.ADVISORY_ONLY);
      assertThat(during.advisoryBasis().orElseThrow()).isEqualTo("Westshire Council and NHS Westshire ICB are parties"
          + " to 'Westshire health and care memorandum', a memorandum of understanding, which binds no one");
      assertThat(during.sentence()).startsWith("On 1 June 2023, Westshire Health and Care Forum may discuss and"
          + " recommend on Joint forward plan, but its decision does not bind NHS Westshire ICB");
      assertThat(after.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(after.reason().orElseThrow().kind()).isEqualTo(ReasonKind.NO_DELEGATION);
    }

    @Test
    void advisoryForum_isAdvisoryOnly() {
      Verdict v = authority.verdict("voices", "jfp", "icb", TODAY);

      assertThat(v.outcome()).isEqualTo(Outcome.ADVISORY_ONLY);
      assertThat(v.advisoryBasis()).contains("Westshire People's Voices Forum is an advisory forum of NHS Westshire ICB"
          + " without delegated powers");
    }
  }

  // A delegation binds only within its period (NHS England's statutory guidance under s.65Z7).
  @Nested
  class DelegationExpiredOrNotYetInForce {
    private final DecisionAuthority authority =
        DecisionAuthority.of(Scenarios.load("delegation-expired-and-not-yet-in-force.yaml"));

    @Test
    void delegationExpired_givesNoAuthority() {
      Verdict v = authority.verdict("finance", "capital", "icb", LocalDate.of(2024, 6, 1));

      assertThat(v.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.EXPIRED);
      assertThat(v.reason().orElseThrow().sentence()).isEqualTo("The delegation 'd-finance' of Capital resource use"
          + " plan from Eastshire ICB Board to Finance Committee ended on 31 March 2024.");
    }

    @Test
    void delegationInForce_binds() {
      assertThat(authority.verdict("finance", "capital", "icb", LocalDate.of(2023, 6, 1)).isBinding()).isTrue();
    }

    @Test
    void delegationNotYetInForce_givesNoAuthority() {
      Verdict v = authority.verdict("quality", "report", "icb", LocalDate.of(2024, 6, 1));

      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.NOT_YET_IN_FORCE);
      assertThat(v.isBinding()).isFalse();
    }
  }

  // A lead-provider contract delegates no statutory function: the commissioner keeps its
  // commissioning decisions (NHS Providers with Browne Jacobson).
  @Nested
  class LeadProviderCollaborative {
    private final DecisionAuthority authority = DecisionAuthority.of(Scenarios.load("lead-provider-collaborative.yaml"));

    @Test
    void leadProvider_cannotTakeTheCommissionersDecision() {
      Verdict v = authority.verdict("lead-board", "mh-commissioning", "icb", TODAY);

      assertThat(v.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.NO_STATUTORY_ROUTE);
      assertThat(v.reason().orElseThrow().sentence()).isEqualTo("Under the lead provider contract 'Southshire mental"
          + " health collaborative', Southshire Mental Health NHS FT decides delivery as contracted, but the contract"
          + " delegates no statutory function: NHS Southshire ICB keeps its commissioning decisions on Commissioning"
          + " of specialised mental health services.");
    }

    // ... while the provider decides delivery of its own services through its own board.
    @Test
    void leadProvider_decidesItsOwnDelivery() {
      assertThat(authority.verdict("lead-board", "mh-delivery", "lead", TODAY).isBinding()).isTrue();
    }
  }

  // From a merger's effective date the successor holds the predecessor's functions (NHS Act 2006
  // ss.56 and 56A; the 2026 ICB mergers; ODS successions).
  @Nested
  class MergerBeforeAndAfterItsEffectiveDate {
    private final DecisionAuthority authority = DecisionAuthority.of(Scenarios.load("merger-of-two-icbs.yaml"));

    @Test
    void beforeEffectiveDate_predecessorBoardBinds_successorDoesNotExist() {
      LocalDate before = MERGER_DAY.minusDays(1);

      assertThat(authority.verdict("old-a-board", "old-a-jfp", "old-a", before).isBinding()).isTrue();
      Verdict successor = authority.verdict("new-board", "old-a-jfp", "new", before);
      assertThat(successor.reason().orElseThrow().kind()).isEqualTo(ReasonKind.NOT_IN_EXISTENCE);
    }

    @Test
    void fromEffectiveDate_successorHoldsThePredecessorsFunction() {
      Verdict v = authority.verdict("new-board", "old-a-jfp", "new", MERGER_DAY);

      assertThat(v.isBinding()).isTrue();
      assertThat(v.grants()).extracting(Grant::kind)
          .containsExactly(GrantKind.HELD_BY_LAW, GrantKind.SUCCESSION, GrantKind.BOARD_OF_ORGANISATION);
      assertThat(v.grants().get(1).changeEvent()).contains("merger-2026");
      assertThat(v.sentence()).contains("NHS New ICB holds it as successor to NHS Old A ICB under the merger"
          + " 'merger-2026' effective 1 April 2026");
    }

    // A board left in the model after its organisation was dissolved cannot act for it, nor for the
    // successor: the successor acts through its own board (NHS Act 2006 s.56).
    @Test
    void boardOfADissolvedOrganisation_cannotActForTheSuccessor() {
      Verdict v = authority.verdict("old-b-board", "old-a-jfp", "new", MERGER_DAY);

      assertThat(v.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.NOT_IN_EXISTENCE);
      assertThat(v.reason().orElseThrow().sentence()).isEqualTo("NHS Old B ICB ceased to exist after 31 March 2026,"
          + " so its board Old B ICB Board cannot act for it.");
    }

    @Test
    void fromEffectiveDate_predecessorIsAbolished() {
      Verdict v = authority.verdict("new-board", "old-a-jfp", "old-a", MERGER_DAY);

      assertThat(v.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.NOT_IN_EXISTENCE);
      assertThat(v.reason().orElseThrow().sentence()).isEqualTo("NHS Old A ICB ceased to exist after 31 March 2026;"
          + " its functions passed to NHS New ICB under the merger 'merger-2026' effective 1 April 2026.");
    }
  }

  // An NHS England direction under s.13YB that an ICB exercise its functions is a route of its own;
  // only NHS England gives such directions, and only to ICBs (NHS Act 2006 s.3B(2) as inserted by HCA 2022 s.2).
  @Nested
  class S13ybDirection {
    private final DecisionAuthority authority = DecisionAuthority.of(Scenarios.load("s13yb-direction.yaml"));

    @Test
    void s13ybDirectionToAnIcb_binds() {
      Verdict v = authority.verdict("icb-board", "pharmacy", "nhse", TODAY);

      assertThat(v.isBinding()).isTrue();
      assertThat(v.grants().get(1).instrument()).contains(DelegationInstrument.S13YB_DIRECTION);
      assertThat(v.sentence()).contains("NHS England delegated it to NHS Midshire ICB by direction under s.13YB");
    }

    @Test
    void s13ybDirectionByAnIcb_givesNoAuthority() {
      Verdict v = authority.verdict("trust", "community", "icb", TODAY);

      assertThat(v.reasons()).extracting(Reason::kind)
          .containsExactly(ReasonKind.POWER_NOT_AVAILABLE, ReasonKind.DELEGATE_NOT_PERMITTED);
    }
  }

  // A scheme of reservation and delegation reaches the organisation's own committees and officers,
  // including a post, and nothing outside it (South West London ICB; Capsticks; NHS Act 2006 Sch 7 para 15).
  @Nested
  class SchemeOfDelegation {
    private final DecisionAuthority authority = DecisionAuthority.of(Scenarios.load("scheme-of-delegation-reach.yaml"));

    @Test
    void schemeOfDelegationToAnOfficer_binds() {
      Verdict v = authority.verdict("ceo", "community", "icb", TODAY);

      assertThat(v.isBinding()).isTrue();
      assertThat(v.grants()).extracting(Grant::kind).containsExactly(GrantKind.HELD_BY_LAW,
          GrantKind.BOARD_OF_ORGANISATION, GrantKind.DELEGATION);
      assertThat(v.grants().get(2).clause()).contains("SoRD 6.1");
    }

    @Test
    void schemeOfDelegationToAnotherOrganisation_givesNoAuthority() {
      Verdict v = authority.verdict("trust-board", "urgent", "icb", TODAY);

      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.DELEGATE_NOT_PERMITTED);
      assertThat(v.reason().orElseThrow().sentence()).isEqualTo("A scheme of delegation is internal, but Midshire"
          + " Community NHS Trust Board is not a committee, sub-committee or post of NHS Midshire ICB.");
    }

    @Test
    void deciderThatDoesNotExistYet_givesNoAuthority() {
      Verdict v = authority.verdict("ceo", "community", "icb", LocalDate.of(2022, 6, 30));

      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.NOT_IN_EXISTENCE);
      assertThat(v.reason().orElseThrow().sentence())
          .isEqualTo("Chief executive of Midshire ICB Board is established only from 1 July 2022.");
    }
  }

  // A contract delegates delivery, not statutory functions (NHS Providers with Browne Jacobson).
  @Nested
  class ContractAsDelegation {
    @Test
    void contractAsDelegation_givesNoAuthority() {
      Verdict v = DecisionAuthority.of(Scenarios.load("contract-delegates-no-function.yaml"))
          .verdict("provider", "therapy", "icb", TODAY);

      assertThat(v.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.NO_STATUTORY_ROUTE);
    }
  }

  // Open world: a committee exercises its organisation's functions only under a delegation in the
  // scheme of reservation and delegation (NHS England, Guidance on integrated care board constitutions
  // and governance); a delegation not recorded is not
  // known to be absent, so the answer is "cannot tell" unless the model declares the record complete.
  @Nested
  class DelegationNotRecorded {
    private final DecisionAuthority authority = DecisionAuthority.of(Scenarios.load("delegation-not-recorded.yaml"));

    @Test
    void committeeWithoutRecordedScheme_cannotTell() {
      Verdict v = authority.verdict("quality", "commissioning", "icb", TODAY);

      assertThat(v.outcome()).isEqualTo(Outcome.CANNOT_TELL);
      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.DELEGATION_NOT_RECORDED);
      assertThat(v.reason().orElseThrow().subject()).isEqualTo("quality");
      assertThat(v.reason().orElseThrow().sentence())
          .startsWith("The scheme of delegation for this committee (Quality Committee) is not recorded:")
          .contains("Record the delegation that gives Quality Committee this function")
          .contains("declare the delegations of Quality Committee complete");
      assertThat(v.sentence()).startsWith("On 1 October 2025, cannot tell whether a decision of Quality Committee on"
          + " Commissioning of community services binds NHS Northshire ICB: The scheme of delegation for this"
          + " committee (Quality Committee) is not recorded");
    }

    @Test
    void committeeWhoseDelegationsAreDeclaredComplete_hasNoAuthority() {
      Verdict v = authority.verdict("finance", "commissioning", "icb", TODAY);

      assertThat(v.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.NO_DELEGATION);
    }

    @Test
    void board_binds() {
      assertThat(authority.verdict("board", "commissioning", "icb", TODAY).isBinding()).isTrue();
    }

    @Test
    void whoMayDecide_listsTheCommitteeThatCannotBeToldApart() {
      DecidersAnswer answer = authority.whoMayDecide("commissioning", TODAY, "icb");

      assertThat(answer.bindingDeciders()).containsExactly("icb", "board");
      assertThat(answer.advisoryDeciders()).isEmpty();
    }
  }

  // NHS Act 2006 s.65Z5 and the s.65Z7 guidance give no default for onward delegation; a delegate
  // may not delegate further unless allowed (Welsh Government, law.gov.wales).
  @Nested
  class OnwardDelegationNotRecorded {
    private final DecisionAuthority authority =
        DecisionAuthority.of(Scenarios.load("onward-delegation-not-recorded.yaml"));

    @Test
    void onwardPermissionNotRecorded_cannotTell() {
      Verdict v = authority.verdict("west-pcc", "dental", "nhse", TODAY);

      assertThat(v.outcome()).isEqualTo(Outcome.CANNOT_TELL);
      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.ONWARD_DELEGATION_NOT_RECORDED);
      assertThat(v.reason().orElseThrow().subject()).isEqualTo("d-west");
      assertThat(v.reason().orElseThrow().sentence()).contains("does not record whether NHS West ICB may delegate"
          + " Commissioning of dental services onward: record onwardDelegationAllowed on d-west");
    }

    @Test
    void onwardPermissionNotRecordedWhereDelegationsAreComplete_isNotAllowed() {
      Verdict v = authority.verdict("east-pcc", "dental", "nhse", TODAY);

      assertThat(v.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.ONWARD_DELEGATION_NOT_ALLOWED);
      assertThat(v.reason().orElseThrow().subject()).isEqualTo("d-east");
    }

    @Test
    void boards_bind() {
      assertThat(authority.verdict("west-board", "dental", "nhse", TODAY).isBinding()).isTrue();
      assertThat(authority.verdict("east-board", "dental", "nhse", TODAY).isBinding()).isTrue();
    }

    @Test
    void whoMayDecide_putsTheCommitteeThatCannotBeToldApart() {
      DecidersAnswer answer = authority.whoMayDecide("dental", TODAY, "nhse");

      assertThat(answer.cannotTellDeciders()).containsExactly("west-pcc");
      assertThat(answer.bindingDeciders()).doesNotContain("west-pcc", "east-pcc");
    }
  }

  // S.I. 2022/642 reg 2 disapplies s.65Z5(1) for NHS England's s.14Z61 directions, whether or not the
  // model marks the function as not delegable
  // (https://www.legislation.gov.uk/uksi/2022/642/regulation/2).
  @Nested
  class Reg2ExcludedFunction {
    @Test
    void functionReg2Excludes_isNotDelegableUnderS65z5() {
      Verdict v = DecisionAuthority.of(Scenarios.load("reg-2-excluded-function.yaml"))
          .verdict("icb", "directions", "nhse", TODAY);

      assertThat(v.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.FUNCTION_NOT_DELEGABLE);
      assertThat(v.reason().orElseThrow().sentence()).isEqualTo("Directions to integrated care boards (NHS Act 2006"
          + " s.14Z61) may not be delegated under s.65Z5: S.I. 2022/642 reg 2"
          + " (https://www.legislation.gov.uk/uksi/2022/642/regulation/2) disapplies the power in s.65Z5(1) of the NHS"
          + " Act 2006 for NHS England's functions under s.14Z61 of that Act, so the delegation 'd-directions' of"
          + " Directions to integrated care boards from NHS England to NHS Northshire ICB cannot pass it.");
    }
  }

  // A scheme of delegation sets limits by category of spending; a delegation binds only within its
  // limits (NHS England statutory guidance under s.65Z7).
  @Nested
  class FinancialLimitsByCategory {
    private final DecisionAuthority authority = DecisionAuthority.of(Scenarios.load("financial-limits-by-category.yaml"));
    private final AuthorityQuery query = AuthorityQuery.of("fic", "commissioning", TODAY, "icb");
    private final BigDecimal halfMillion = new BigDecimal("500000");

    @Test
    void revenueWithinItsLimit_binds() {
      Verdict v = authority.decide(query.withAmount(org.integratedcare.core.function.LimitCategory.REVENUE,
          halfMillion)).verdicts().get(0);

      assertThat(v.isBinding()).isTrue();
      assertThat(v.limit(org.integratedcare.core.function.LimitCategory.CAPITAL)).contains(new BigDecimal("250000"));
      assertThat(v.limits()).hasSize(3);
      assertThat(v.sentence()).contains("The lowest limits by category on the path are: revenue £1,000,000;"
          + " capital £250,000; contract award £500,000.");
    }

    @Test
    void capitalAboveItsLimit_hasNoAuthority() {
      Verdict v = authority.decide(query.withAmount(org.integratedcare.core.function.LimitCategory.CAPITAL,
          halfMillion)).verdicts().get(0);

      assertThat(v.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.OUTSIDE_LIMIT);
      assertThat(v.reason().orElseThrow().sentence()).isEqualTo("The decision commits £500,000 of capital, above the"
          + " £250,000 capital limit of the delegation 'd-fic' of Commissioning of acute services from Northshire ICB"
          + " Board to Finance and Investment Committee.");
    }

    @Test
    void sumWithoutCategory_isCheckedAgainstEveryCategory() {
      Verdict v = authority.decide(query.withAmount(halfMillion)).verdicts().get(0);

      assertThat(v.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(v.reason().orElseThrow().sentence()).contains("above the £250,000 capital limit")
          .contains("name the category");
    }

    @Test
    void categoryWithoutAmount_isRejected() {
      assertThatThrownBy(() -> new AuthorityQuery("fic", "commissioning", java.util.List.of("icb"), TODAY,
          java.util.Optional.empty(), java.util.Optional.of(org.integratedcare.core.function.LimitCategory.REVENUE)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a category of spending (revenue) needs an amount");
    }
  }

  // Matters reserved to the board are recorded in the scheme of reservation and delegation; the
  // unitary board stays accountable for them (South West London ICB; Capsticks).
  @Nested
  class MattersReservedToTheBoard {
    private final DecisionAuthority authority = DecisionAuthority.of(Scenarios.load("matters-reserved-to-the-board.yaml"));

    @Test
    void committeeDecidingAMatterTheOrganisationReserves_hasNoAuthority() {
      Verdict v = authority.verdict("strategy", "jfp", "icb", TODAY);

      assertThat(v.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.RESERVED_MATTER);
      assertThat(v.reason().orElseThrow().subject()).isEqualTo("icb");
      assertThat(v.reason().orElseThrow().sentence()).isEqualTo("Joint forward plan is a matter NHS Northshire ICB"
          + " reserves to its board in its scheme of reservation and delegation, so the delegation 'd-strategy' of"
          + " Joint forward plan from Northshire ICB Board to Strategy Committee cannot pass it: only the board may"
          + " decide it.");
    }

    @Test
    void committeeDecidingAMatterReservedToTheBoard_hasNoAuthority() {
      Verdict v = authority.verdict("strategy", "budget", "icb", TODAY);

      assertThat(v.outcome()).isEqualTo(Outcome.NO_AUTHORITY);
      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.RESERVED_MATTER);
      assertThat(v.reason().orElseThrow().subject()).isEqualTo("board");
    }

    @Test
    void board_decidesItsReservedMatters() {
      assertThat(authority.verdict("board", "jfp", "icb", TODAY).isBinding()).isTrue();
      assertThat(authority.verdict("board", "budget", "icb", TODAY).isBinding()).isTrue();
    }
  }

  // Committees in common bind only their own organisation (Mills & Reeve; NHS Providers); joint
  // posts bind no one (GGI, Whose system is it anyway?). The reason that decides the answer comes first.
  @Nested
  class CommitteesInCommonWithJointPosts {
    @Test
    void advisoryAnswer_leadsWithTheCommitteesInCommon() {
      Verdict v = DecisionAuthority.of(Scenarios.load("committees-in-common-with-joint-posts.yaml"))
          .verdict("riverton-csc", "county-strategy", "county", TODAY);

      assertThat(v.outcome()).isEqualTo(Outcome.ADVISORY_ONLY);
      assertThat(v.reason().orElseThrow().kind()).isEqualTo(ReasonKind.COMMITTEE_OF_ANOTHER_ORGANISATION);
      assertThat(v.advisoryBasis().orElseThrow()).contains("'Shared director of strategy', a joint posts");
      assertThat(v.sentence()).startsWith("On 1 October 2025, Riverton Clinical Services Committee may discuss and"
          + " recommend on Clinical services strategy, but its decision does not bind County Hospitals NHS Trust:"
          + " Riverton Clinical Services Committee meets in common with a committee of County Hospitals NHS Trust");
      assertThat(v.sentence().indexOf("meets in common")).isLessThan(v.sentence().indexOf("Shared director"));
    }
  }
}
