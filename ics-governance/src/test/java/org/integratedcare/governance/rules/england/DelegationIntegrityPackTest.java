package org.integratedcare.governance.rules.england;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integratedcare.governance.Scenarios.TODAY;
import static org.integratedcare.governance.Scenarios.body;
import static org.integratedcare.governance.Scenarios.committee;
import static org.integratedcare.governance.Scenarios.delegation;
import static org.integratedcare.governance.Scenarios.function;
import static org.integratedcare.governance.Scenarios.org;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.integratedcare.core.Completeness;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.change.ChangeKind;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.governance.Scenarios;
import org.integratedcare.governance.rules.BasisKind;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.RuleContext;
import org.integratedcare.governance.rules.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Delegation integrity over every delegation in force: one nested class per scenario file, then the
 * cases the files do not show, then chains as long as a file can make them.
 */
class DelegationIntegrityPackTest {
  private static final String P = "england.delegation.";
  private static final DelegationIntegrityPack PACK = new DelegationIntegrityPack();

  static List<Finding> check(String rule, IcsModel model) {
    return check(rule, model, TODAY);
  }

  static List<Finding> check(String rule, IcsModel model, LocalDate date) {
    return PACK.rules().stream().filter(r -> r.id().equals(P + rule)).findFirst().orElseThrow()
        .check(RuleContext.of(model, date));
  }

  @Test
  void pack_hasFourRules_withTheirSeveritiesAndBases() {
    assertThat(PACK.id()).isEqualTo("england.delegation");
    assertThat(PACK.rules()).extracting(r -> r.id()).containsExactly(P + "delegator-holds-function",
        P + "onward-delegation-allowed", P + "sub-delegation-within-limit", P + "no-delegation-cycles");
    assertThat(PACK.rules()).extracting(r -> r.defaultSeverity()).containsExactly(Severity.ERROR, Severity.ERROR,
        Severity.WARNING, Severity.WARNING);
    assertThat(PACK.rules()).extracting(r -> r.basis().kind()).containsExactly(BasisKind.STATUTE, BasisKind.STATUTE,
        BasisKind.GOOD_PRACTICE, BasisKind.GOOD_PRACTICE);
    assertThat(PACK.rules()).allSatisfy(r -> assertThat(r.basis().citation()).contains("https://")
        .doesNotContain("reference §"));
  }

  @Nested
  class DelegatorDoesNotHoldFunction {
    private final IcsModel model = Scenarios.load("delegator-does-not-hold-function.yaml");

    @Test
    void delegatorWithDelegationsDeclaredComplete_isAnError_namingTheLapsedDelegation() {
      assertThat(check("delegator-holds-function", model)).filteredOn(f -> f.subject().id().equals("d-fic-community"))
          .singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.subject().path()).isEqualTo("delegations[2]");
            assertThat(f.message()).contains("Finance Committee (fic)", "Commissioning of community services",
                "d-community-old is recorded but not in force on 2025-10-01", "declares its delegations complete");
            assertThat(f.evidence()).containsExactly("d-fic-community", "fic", "community", "d-community-old");
          });
    }

    @Test
    void delegatorWhoseAuthorityIsNotRecorded_isAGap_forTheFunctionItLacksOnly() {
      assertThat(check("delegator-holds-function", model)).filteredOn(f -> f.subject().id().equals("d-panel"))
          .singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.GAP);
            assertThat(f.message()).contains("Commissioning of community services", "Quality Committee (qc)",
                "or declare its delegations complete").doesNotContain("Continuing healthcare (chc)");
            assertThat(f.evidence()).containsExactly("d-panel", "qc", "community");
          });
    }

    @Test
    void boardDelegatingItsIcbsFunction_isNotReported() {
      assertThat(check("delegator-holds-function", model)).extracting(f -> f.subject().id())
          .containsExactlyInAnyOrder("d-fic-community", "d-panel");
    }
  }

  @Nested
  class OnwardDelegationNotAllowed {
    private final IcsModel model = Scenarios.load("onward-delegation-not-allowed.yaml");

    @Test
    void boardPassingOnAFunctionItsIcbMayNotDelegateOnward_isAnError() {
      assertThat(check("onward-delegation-allowed", model)).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.subject().id()).isEqualTo("d-sord-dental");
        assertThat(f.message()).contains("Commissioning of dental services", "Northshire ICB Board (icb-board)",
            "only by d-dental, which does not allow onward delegation");
        assertThat(f.evidence()).containsExactly("d-sord-dental", "icb-board", "dental", "d-dental");
      });
    }

    @Test
    void theOtherRulesFindNothing() {
      assertThat(check("delegator-holds-function", model)).isEmpty();
      assertThat(check("sub-delegation-within-limit", model)).isEmpty();
      assertThat(check("no-delegation-cycles", model)).isEmpty();
    }
  }

  @Nested
  class SubDelegationAboveLimit {
    private final IcsModel model = Scenarios.load("sub-delegation-above-limit.yaml");

    @Test
    void limitsAboveOrMissingBelowAFiniteLimit_areWarnings() {
      List<Finding> findings = check("sub-delegation-within-limit", model);

      assertThat(findings).extracting(f -> f.subject().id()).containsExactly("d-mh-sub", "d-panel");
      assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
      assertThat(findings.get(0).message()).contains("a financial limit of £10,000,000",
          "Commissioning of mental health services (mh): £5,000,000 under d-cc");
      assertThat(findings.get(1).message()).contains("no financial limit", "£5,000,000 under d-cc");
      assertThat(findings.get(0).evidence()).containsExactly("d-mh-sub", "cc", "mh", "d-cc");
    }

    @Test
    void noOtherRuleFindsAnything() {
      assertThat(check("delegator-holds-function", model)).isEmpty();
      assertThat(check("onward-delegation-allowed", model)).isEmpty();
      assertThat(check("no-delegation-cycles", model)).isEmpty();
    }
  }

  @Nested
  class DelegationCycle {
    private final IcsModel model = Scenarios.load("delegation-cycle.yaml");

    @Test
    void eachCircle_isReportedOnce_withEveryFunctionItCarries() {
      List<Finding> findings = check("no-delegation-cycles", model);

      assertThat(findings).hasSize(2);
      assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
      assertThat(findings.get(0).subject().id()).isEqualTo("d-diag-back");
      assertThat(findings.get(0).message()).contains("Commissioning of planned care (planned)",
          "Commissioning of diagnostic services (diagnostics)",
          "Diagnostics Board (diag) to Planning Committee (planning) (d-diag-back), then Planning Committee "
              + "(planning) to Elective Recovery Group (erg) (d-plan), then Elective Recovery Group (erg) to "
              + "Diagnostics Board (diag) (d-erg), back to the start");
      assertThat(findings.get(0).evidence()).containsExactly("d-diag-back", "d-erg", "d-plan", "diagnostics", "planned");
      assertThat(findings.get(1).subject().id()).isEqualTo("d-meds");
      assertThat(findings.get(1).evidence()).containsExactly("d-meds", "d-meds-back", "prescribing");
    }

    @Test
    void delegatorsInACircle_holdTheFunctionByTheCircle_soOnlyTheCycleRuleReports() {
      assertThat(check("delegator-holds-function", model)).isEmpty();
      assertThat(check("onward-delegation-allowed", model)).isEmpty();
    }
  }

  // --------------------------------------------------------------------- cases beyond the files

  private static IcsModel.Builder icb() {
    return IcsModel.builder().add(org("icb", OrganisationKind.INTEGRATED_CARE_BOARD, "ICB"))
        .add(function("fn", "Commissioning", "icb"))
        .add(body("board", "Board", BodyKind.UNITARY_BOARD, "icb"))
        .add(committee("c1", "Committee 1", "icb", "board"))
        .add(committee("c2", "Committee 2", "icb", "board"));
  }

  @Test
  void contracts_conferNoFunction_andAreNotChecked() {
    IcsModel model = icb().add(org("ltd", OrganisationKind.INDEPENDENT_PROVIDER, "Provider Ltd"))
        .add(delegation("d-contract", "c1", "ltd", DelegationInstrument.CONTRACT, "fn").onwardDelegationAllowed(false).build())
        .build();

    for (String rule : List.of("delegator-holds-function", "onward-delegation-allowed", "sub-delegation-within-limit",
        "no-delegation-cycles")) {
      assertThat(check(rule, model)).as(rule).isEmpty();
    }
  }

  @Test
  void delegationNotInForce_isNotChecked_andGivesNoAuthority() {
    IcsModel model = icb()
        .add(delegation("d-old", "board", "c1", DelegationInstrument.SCHEME_OF_DELEGATION, "fn")
            .onwardDelegationAllowed(true).period(DateRange.of(LocalDate.of(2022, 7, 1), LocalDate.of(2024, 3, 31))).build())
        .add(delegation("d-later", "c2", "c1", DelegationInstrument.SCHEME_OF_DELEGATION, "fn")
            .onwardDelegationAllowed(true).period(DateRange.from(LocalDate.of(2026, 4, 1))).build())
        .add(delegation("d-now", "c1", "c2", DelegationInstrument.SCHEME_OF_DELEGATION, "fn")
            .onwardDelegationAllowed(true).build())
        .build();

    assertThat(check("delegator-holds-function", model)).singleElement().satisfies(f -> {
      assertThat(f.subject().id()).isEqualTo("d-now");
      assertThat(f.severity()).isEqualTo(Severity.GAP);
      assertThat(f.message()).contains("d-later, d-old are recorded but not in force on 2025-10-01");
    });
    assertThat(check("no-delegation-cycles", model)).isEmpty();
  }

  @Test
  void modelWideDeclarationOfCompleteDelegations_turnsTheGapIntoAnError() {
    IcsModel model = icb()
        .add(delegation("d", "c1", "c2", DelegationInstrument.SCHEME_OF_DELEGATION, "fn").onwardDelegationAllowed(false).build())
        .declareComplete(Completeness.of(Completeness.Aspect.DELEGATIONS))
        .build();

    assertThat(check("delegator-holds-function", model)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void declarationOfCompletenessForAnotherRecord_leavesAGap() {
    IcsModel model = icb()
        .add(delegation("d", "c1", "c2", DelegationInstrument.SCHEME_OF_DELEGATION, "fn").onwardDelegationAllowed(false).build())
        .declareComplete(Completeness.forRecords(Set.of(Completeness.Aspect.DELEGATIONS), Set.of("c2")))
        .build();

    assertThat(check("delegator-holds-function", model)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.GAP));
  }

  @Test
  void successorAfterAMerger_holdsItsPredecessorsFunctions() {
    LocalDate merger = LocalDate.of(2025, 4, 1);
    IcsModel model = IcsModel.builder()
        .add(org("old", OrganisationKind.INTEGRATED_CARE_BOARD, "Old ICB"))
        .add(org("new", OrganisationKind.INTEGRATED_CARE_BOARD, "New ICB"))
        .add(function("fn", "Commissioning", "old"))
        .add(body("new-board", "New Board", BodyKind.UNITARY_BOARD, "new"))
        .add(committee("c", "Committee", "new", "new-board"))
        .add(ChangeEvent.builder().id("merge").kind(ChangeKind.MERGER).effectiveDate(merger).addPredecessors("old")
            .addSuccessors("new").build())
        .add(delegation("d", "new-board", "c", DelegationInstrument.SCHEME_OF_DELEGATION, "fn")
            .onwardDelegationAllowed(false).period(DateRange.from(merger)).build())
        .declareComplete(Completeness.of(Completeness.Aspect.DELEGATIONS))
        .build();

    assertThat(check("delegator-holds-function", model)).isEmpty();
  }

  // Neither s.65Z5 nor the s.65Z7 guidance gives a default for onward delegation: a delegation
  // that does not say cannot be read either way.
  @Test
  void onwardDelegationNotRecorded_isAGap_notABreach() {
    IcsModel model = icb()
        .add(delegation("d-silent", "board", "c1", DelegationInstrument.SCHEME_OF_DELEGATION, "fn")
            .onwardDelegationAllowed(java.util.Optional.empty()).build())
        .add(delegation("d-on", "c1", "c2", DelegationInstrument.SCHEME_OF_DELEGATION, "fn")
            .onwardDelegationAllowed(false).build())
        .build();

    assertThat(check("onward-delegation-allowed", model)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.GAP));
  }

  @Test
  void oneDelegationAllowingOnwardDelegation_isEnough() {
    IcsModel model = icb()
        .add(delegation("d-closed", "board", "c1", DelegationInstrument.SCHEME_OF_DELEGATION, "fn")
            .onwardDelegationAllowed(false).build())
        .add(delegation("d-open", "board", "c1", DelegationInstrument.SCHEME_OF_DELEGATION, "fn")
            .onwardDelegationAllowed(true).financialLimit(new BigDecimal("100")).build())
        .add(delegation("d-on", "c1", "c2", DelegationInstrument.SCHEME_OF_DELEGATION, "fn")
            .onwardDelegationAllowed(false).financialLimit(new BigDecimal("100")).build())
        .build();

    assertThat(check("onward-delegation-allowed", model)).isEmpty();
    // the limit held is that of the delegation that may be passed on
    assertThat(check("sub-delegation-within-limit", model)).isEmpty();
  }

  @Test
  void limitOfADelegationThatForbidsOnwardDelegation_isLeftToTheOnwardRule() {
    IcsModel model = icb()
        .add(delegation("d-closed", "board", "c1", DelegationInstrument.SCHEME_OF_DELEGATION, "fn")
            .onwardDelegationAllowed(false).financialLimit(new BigDecimal("100")).build())
        .add(delegation("d-on", "c1", "c2", DelegationInstrument.SCHEME_OF_DELEGATION, "fn")
            .onwardDelegationAllowed(false).financialLimit(new BigDecimal("1000")).build())
        .build();

    assertThat(check("onward-delegation-allowed", model)).hasSize(1);
    assertThat(check("sub-delegation-within-limit", model)).isEmpty();
  }

  @Test
  void boardOfAJointCommitteesOrganisations_isAPartyOfItsOwn() {
    // a unitary board of two organisations is not merged into either
    IcsModel model = IcsModel.builder()
        .add(org("a", OrganisationKind.INTEGRATED_CARE_BOARD, "A"))
        .add(org("b", OrganisationKind.INTEGRATED_CARE_BOARD, "B"))
        .add(function("fn", "Commissioning", "a"))
        .add(body("shared", "Shared Board", BodyKind.UNITARY_BOARD, "a", "b"))
        .add(committee("c", "Committee", "a", "shared"))
        .add(delegation("d1", "shared", "c", DelegationInstrument.SCHEME_OF_DELEGATION, "fn").onwardDelegationAllowed(true).build())
        .add(delegation("d2", "c", "a", DelegationInstrument.SCHEME_OF_DELEGATION, "fn").onwardDelegationAllowed(true).build())
        .build();

    assertThat(check("no-delegation-cycles", model)).isEmpty();
    assertThat(check("delegator-holds-function", model)).isEmpty();
  }

  // --------------------------------------------------------------------- chains at scale

  /** Board b0 of the ICB, then committees b1..bn, each delegating the function to the next. */
  static IcsModel.Builder chain(int steps) {
    IcsModel.Builder b = icbWithBoard();
    for (int i = 1; i <= steps; i++) {
      b.add(committee("b" + i, "Committee " + i, "icb", "b" + (i - 1)));
      b.add(delegation("d" + i, "b" + (i - 1), "b" + i, DelegationInstrument.SCHEME_OF_DELEGATION, "fn")
          .onwardDelegationAllowed(true).financialLimit(BigDecimal.valueOf(1_000_000_000L - i)).build());
    }
    return b;
  }

  private static IcsModel.Builder icbWithBoard() {
    return IcsModel.builder().add(org("icb", OrganisationKind.INTEGRATED_CARE_BOARD, "ICB"))
        .add(function("fn", "Commissioning", "icb"))
        .add(body("b0", "Board", BodyKind.UNITARY_BOARD, "icb"));
  }

  @Test
  void chainOfHundredThousandSteps_closedIntoACircle_isOneFinding_withoutOverflow() {
    int steps = 100_000;
    IcsModel model = chain(steps)
        .add(delegation("d-back", "b" + steps, "b1", DelegationInstrument.SCHEME_OF_DELEGATION, "fn")
            .onwardDelegationAllowed(true).financialLimit(BigDecimal.ONE).build())
        .build();

    assertThat(check("no-delegation-cycles", model)).singleElement().satisfies(f -> {
      assertThat(f.evidence()).hasSize(steps + 1); // d2..d100000, d-back, and the function
      assertThat(f.subject().id()).isEqualTo("d-back");
    });
    assertThat(check("delegator-holds-function", model)).isEmpty();
    assertThat(check("onward-delegation-allowed", model)).isEmpty();
    // each committee holds at most its own limit: b1's limit is the highest it received (d1)
    assertThat(check("sub-delegation-within-limit", model)).isEmpty();
  }

  @Test
  void chainOfHundredThousandSteps_withTheRootMissing_reportsOnlyTheRoot() {
    int steps = 100_000;
    IcsModel.Builder b = icbWithBoard().add(committee("x", "Orphan", "icb", "b0"));
    for (int i = 1; i <= steps; i++) {
      b.add(committee("b" + i, "Committee " + i, "icb", "b0"));
      b.add(delegation("d" + i, i == 1 ? "x" : "b" + (i - 1), "b" + i, DelegationInstrument.SCHEME_OF_DELEGATION, "fn")
          .onwardDelegationAllowed(true).build());
    }
    IcsModel model = b.build();

    assertThat(check("delegator-holds-function", model)).singleElement()
        .satisfies(f -> assertThat(f.subject().id()).isEqualTo("d1"));
    assertThat(check("no-delegation-cycles", model)).isEmpty();
  }

  @Test
  void soundSystem_hasNoFindings() {
    IcsModel model = Northshire.sound().model();
    for (var rule : PACK.rules()) {
      assertThat(rule.check(RuleContext.of(model, Northshire.DATE))).as(rule.id()).isEmpty();
    }
  }
}
