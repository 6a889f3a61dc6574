package org.integratedcare.governance.rules.england;

import static org.assertj.core.api.Assertions.assertThat;

import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.body.TermsOfReference;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.structure.Icp;
import org.integratedcare.core.structure.Level;
import org.integratedcare.governance.rules.BasisKind;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.Severity;
import org.junit.jupiter.api.Test;

/** Good practice from published commentary (Allanson, GGI 2020; Taylor, NHS Confederation 2022; West, PA Consulting; Dickson, Healthcare Leader). */
class GoodPracticePackTest {
  private static final String P = "england.good-practice.";

  // Allanson (GGI): "perhaps the most important are joint values and intent".
  @Test
  void noStatementOfJointValues_isAWarningCitingTheArticle() {
    IcsModel model = Northshire.sound().without("mech-values", "structure:icp-n").model();

    assertThat(Rules.check(P + "joint-values-and-intent", model)).singleElement().satisfies(f -> {
      assertThat(f.basis().kind()).isEqualTo(BasisKind.GOOD_PRACTICE);
      assertThat(f.basis().citation()).contains("Whose system is it anyway?");
      assertThat(f.subject().id()).isEqualTo("icb-n");
    });
  }

  @Test
  void jointValuesWithPartners_satisfyGoodPractice() {
    assertThat(Rules.check(P + "joint-values-and-intent", Northshire.sound().model())).isEmpty();
  }

  // What a real system publishes counts as joint values and intent: the ICP that prepares the
  // integrated care strategy, or a memorandum of understanding of shared aims.
  @Test
  void partnershipWithItsStrategy_isEvidenceOfJointIntent() {
    assertThat(Rules.check(P + "joint-values-and-intent", Northshire.sound().without("mech-values").model()))
        .isEmpty();
  }

  // Dickson (NHS Confederation): voluntary, community and independent providers must not be left out.
  @Test
  void noVoluntarySectorVoiceInIcpOrPlace_isAWarning() {
    Northshire n = Northshire.sound();
    n.withStructure(Icp.builder().from(n.get("structure:icp-n", Icp.class)).otherMembers(java.util.Set.of()).build());

    assertThat(Rules.check(P + "vcse-voice", n.model())).singleElement()
        .satisfies(f -> assertThat(f.evidence()).containsExactly("icb-n", "body-icp", "body-place"));
  }

  @Test
  void voluntarySectorRepresentativeOnPlaceCommittee_isAVoice() {
    Northshire n = Northshire.sound();
    n.withStructure(Icp.builder().from(n.get("structure:icp-n", Icp.class)).otherMembers(java.util.Set.of()).build());
    n.member("body-place", "post-place-vcse", PostRole.VCSE_REPRESENTATIVE, "p-vcse", "Vic Voluntary", a -> a);

    assertThat(Rules.check(P + "vcse-voice", n.model())).isEmpty();
  }

  // West: governance should "have something significant to govern".
  @Test
  void bodyWithEmptyTermsOfReference_andBodyWithNone_areWarnings() {
    Northshire n = Northshire.sound();
    n.with(Body.builder().id("forum-empty").name("System leaders forum").kind(BodyKind.ADVISORY_FORUM)
        .addOrganisations("icb-n").termsOfReference(TermsOfReference.builder().build())
        .period(Northshire.SINCE).build());
    n.with(Body.builder().id("forum-none").name("Provider forum").kind(BodyKind.ADVISORY_FORUM)
        .addOrganisations("trust-acute").period(Northshire.SINCE).build());

    assertThat(Rules.check(P + "body-has-scope", n.model()))
        .extracting(f -> f.subject().id(), Finding::severity)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("forum-empty", Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple("forum-none", Severity.GAP));
  }

  @Test
  void everyBodyWithFunctionsOrProgrammes_satisfiesGoodPractice() {
    assertThat(Rules.check(P + "body-has-scope", Northshire.sound().model())).isEmpty();
  }

  // Taylor (NHS Confederation): lateral and bottom-up accountability beside the vertical line.
  @Test
  void onlyVerticalAccountability_givesTwoWarnings() {
    IcsModel model = Northshire.sound().without("link-partners", "link-public").model();

    assertThat(Rules.check(P + "lateral-and-bottom-up-accountability", model))
        .extracting(Finding::message)
        .hasSize(2)
        .anySatisfy(m -> assertThat(m).contains("lateral"))
        .anySatisfy(m -> assertThat(m).contains("bottom-up"));
  }

  @Test
  void lateralAndBottomUpLinks_satisfyGoodPractice() {
    assertThat(Rules.check(P + "lateral-and-bottom-up-accountability", Northshire.sound().model())).isEmpty();
  }

  // Subsidiarity: decisions as close to communities as possible (NHS England interim ICB guidance).
  @Test
  void functionDelegatedToSystemCommitteeWhilePlaceCommitteeIsSetUpForIt_isInformation() {
    Northshire n = Northshire.sound().without("dlg-community");
    n.body("committee-system", "System Commissioning Committee", BodyKind.COMMITTEE, Level.SYSTEM,
        "board-icb", TermsOfReference.builder().addFunctions("fn-community").build(), "icb-n");
    n.with(Delegation.builder().id("dlg-system").delegator("board-icb").delegate("committee-system")
        .addFunctions("fn-community").instrument(DelegationInstrument.SCHEME_OF_DELEGATION)
        .onwardDelegationAllowed(false).period(Northshire.SINCE).build());

    assertThat(Rules.check(P + "subsidiarity", n.model())).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.subject().id()).isEqualTo("dlg-system");
      assertThat(f.evidence()).containsExactly("dlg-system", "fn-community", "body-place");
    });
  }

  @Test
  void functionDelegatedToBothSystemAndPlace_isNotFlagged() {
    Northshire n = Northshire.sound();
    n.body("committee-system", "System Commissioning Committee", BodyKind.COMMITTEE, Level.SYSTEM,
        "board-icb", TermsOfReference.builder().addFunctions("fn-community").build(), "icb-n");
    n.with(Delegation.builder().id("dlg-system").delegator("board-icb").delegate("committee-system")
        .addFunctions("fn-community").instrument(DelegationInstrument.SCHEME_OF_DELEGATION)
        .onwardDelegationAllowed(false).period(Northshire.SINCE).build());

    assertThat(Rules.check(P + "subsidiarity", n.model())).isEmpty();
  }

  @Test
  void functionsDelegatedToThePlace_satisfySubsidiarity() {
    assertThat(Rules.check(P + "subsidiarity", Northshire.sound().model())).isEmpty();
  }

  // Allanson (GGI): "Governance should be concerned with delivering objectives efficiently and without duplication."
  @Test
  void functionDelegatedToTwoUnrelatedCommitteesForTheSamePopulation_isDuplicated() {
    Northshire n = Northshire.sound();
    n.body("committee-system", "System Commissioning Committee", BodyKind.COMMITTEE, Level.SYSTEM,
        "board-icb", TermsOfReference.builder().addFunctions("fn-community").build(), "icb-n");
    n.with(Delegation.builder().id("dlg-system").delegator("board-icb").delegate("committee-system")
        .addFunctions("fn-community").instrument(DelegationInstrument.SCHEME_OF_DELEGATION)
        .onwardDelegationAllowed(false).period(Northshire.SINCE).build());

    assertThat(Rules.check(P + "no-duplicated-binding-authority", n.model())).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.subject().id()).isEqualTo("fn-community");
          assertThat(f.evidence()).containsExactly("fn-community", "body-place", "committee-system");
        });
  }

  // NHS England's delegation of primary medical services to each ICB is one delegation per ICB
  // area (NHS Act 2006 s.65Z5): the ICBs serve different populations and do not duplicate.
  @Test
  void oneFunctionDelegatedToIcbsWithSeparateAreas_isNotDuplicated() {
    assertThat(Rules.check(P + "no-duplicated-binding-authority", nhsEnglandDelegatingTo("E06000001", "E06000002")))
        .isEmpty();
  }

  @Test
  void oneFunctionDelegatedToIcbsWhoseAreasShareAUnit_isDuplicated() {
    assertThat(Rules.check(P + "no-duplicated-binding-authority", nhsEnglandDelegatingTo("E06000001", "E06000001")))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.evidence()).containsExactly("pms", "icb-a", "icb-b");
        });
  }

  /** NHS England delegates primary medical services to two ICBs whose areas are the given units. */
  private static IcsModel nhsEnglandDelegatingTo(String unitA, String unitB) {
    org.integratedcare.core.time.DateRange since = Northshire.SINCE;
    IcsModel.Builder b = IcsModel.builder()
        .add(org.integratedcare.core.organisation.Organisation.of("nhse",
            org.integratedcare.core.organisation.OrganisationKind.NHS_ENGLAND, "NHS England", since))
        .add(org.integratedcare.core.function.StatutoryFunction.builder().id("pms")
            .name("Primary medical services").holder("nhse").period(since).build());
    for (String[] icb : new String[][] {{"icb-a", unitA}, {"icb-b", unitB}}) {
      b.add(org.integratedcare.core.organisation.Organisation.of(icb[0],
              org.integratedcare.core.organisation.OrganisationKind.INTEGRATED_CARE_BOARD, "NHS " + icb[0], since))
          .add(org.integratedcare.core.structure.Icb.builder().id(icb[0])
              .area(org.integratedcare.core.organisation.Area.of(icb[1])).period(since).build())
          .add(Delegation.builder().id("d-" + icb[0]).delegator("nhse").delegate(icb[0]).addFunctions("pms")
              .instrument(DelegationInstrument.S65Z5_DELEGATION).onwardDelegationAllowed(true).period(since).build());
    }
    return b.build();
  }

  @Test
  void committeesForDifferentPlaces_doNotDuplicate() {
    Northshire n = Northshire.sound();
    n.withStructure(org.integratedcare.core.structure.Place.builder().id("place-south").name("Southby")
        .icb("icb-n").area(org.integratedcare.core.organisation.Area.of("E06000002")).partnershipBody("body-place-south")
        .period(Northshire.SINCE).build());
    n.with(Body.builder().id("body-place-south").name("Southby Place Committee").kind(BodyKind.COMMITTEE)
        .level(Level.PLACE).place("place-south").parent("board-icb").addOrganisations("icb-n")
        .termsOfReference(TermsOfReference.builder().addFunctions("fn-community").build())
        .period(Northshire.SINCE).build());
    n.with(Body.builder().from(n.get("body-place", Body.class)).place("place-north").build());
    n.with(Delegation.builder().id("dlg-south").delegator("board-icb").delegate("body-place-south")
        .addFunctions("fn-community").instrument(DelegationInstrument.SCHEME_OF_DELEGATION)
        .onwardDelegationAllowed(false).period(Northshire.SINCE).build());

    assertThat(Rules.check(P + "no-duplicated-binding-authority", n.model())).isEmpty();
  }

  @Test
  void boardAndTheCommitteeItDelegatesTo_doNotDuplicate() {
    assertThat(Rules.check(P + "no-duplicated-binding-authority", Northshire.sound().model())).isEmpty();
  }

  // Allanson (GGI), "The accountability question"; NHS Act 2006 s.14Z59 and s.13A: ICB to NHS England to the Secretary
  // of State to Parliament.
  @Test
  void icbWhoseLineToNhsEnglandIsMissing_hasAnAccountabilityGap() {
    IcsModel model = Northshire.sound().without("link-nhse").model().toBuilder().impliedByStatute(false).build();

    assertThat(Rules.check(P + "no-accountability-gaps", model)).singleElement().satisfies(f -> {
      assertThat(f.subject().id()).isEqualTo("icb-n");
      assertThat(f.evidence()).contains("icb-n", "fn-commissioning", "fn-community");
    });
  }

  // NHS Act 2006 s.14Z59: the ICB's line to NHS England is implied by statute when not recorded.
  @Test
  void icbWhoseLineToNhsEnglandIsNotRecorded_answersByStatute_noGap() {
    assertThat(Rules.check(P + "no-accountability-gaps", Northshire.sound().without("link-nhse").model())).isEmpty();
  }

  @Test
  void verticalLinesToParliament_leaveNoGap() {
    assertThat(Rules.check(P + "no-accountability-gaps", Northshire.sound().model())).isEmpty();
  }

  @Test
  void partnersAnsweringToEachOtherInACircle_isACycle() {
    Northshire n = Northshire.sound();
    n.link("link-circle-1", "council-n", "council-s", org.integratedcare.core.accountability.AccountabilityDirection.VERTICAL,
        org.integratedcare.core.accountability.AccountabilityBasis.AGREEMENT);
    n.link("link-circle-2", "council-s", "council-n", org.integratedcare.core.accountability.AccountabilityDirection.VERTICAL,
        org.integratedcare.core.accountability.AccountabilityBasis.AGREEMENT);

    assertThat(Rules.check(P + "no-accountability-cycles", n.model())).singleElement()
        .satisfies(f -> assertThat(f.evidence()).contains("link-circle-1", "link-circle-2", "council-n", "council-s"));
  }

  @Test
  void linesThatEndAtParliament_formNoCycle() {
    assertThat(Rules.check(P + "no-accountability-cycles", Northshire.sound().model())).isEmpty();
  }

  @Test
  void parallelDelegationsWithLimits_askAPersonToCheckTheScope() {
    Northshire n = Northshire.sound();
    n.body("committee-system", "System Commissioning Committee", BodyKind.COMMITTEE, Level.SYSTEM,
        "board-icb", TermsOfReference.builder().addFunctions("fn-community").build(), "icb-n");
    n.with(Delegation.builder().id("dlg-system").delegator("board-icb").delegate("committee-system")
        .addFunctions("fn-community").instrument(DelegationInstrument.SCHEME_OF_DELEGATION)
        .financialLimit(new java.math.BigDecimal("10000000")).addConditions("Contracts across all places")
        .onwardDelegationAllowed(false).period(Northshire.SINCE).build());

    assertThat(Rules.check(P + "no-duplicated-binding-authority", n.model())).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.message()).contains("check that the conditions and limits");
        });
  }

  // Taylor: lateral, leader-to-leader accountability is wanted; partners answering to each other is not a cycle.
  @Test
  void partnersAnsweringToEachOtherLaterally_isNotACycle() {
    Northshire n = Northshire.sound();
    n.link("link-peer-1", "trust-acute", "trust-mh", org.integratedcare.core.accountability.AccountabilityDirection.LATERAL,
        org.integratedcare.core.accountability.AccountabilityBasis.AGREEMENT);
    n.link("link-peer-2", "trust-mh", "trust-acute", org.integratedcare.core.accountability.AccountabilityDirection.LATERAL,
        org.integratedcare.core.accountability.AccountabilityBasis.AGREEMENT);

    IcsModel model = n.model();

    assertThat(org.integratedcare.governance.accountability.Accountability.of(model).cycles(Northshire.DATE)).isNotEmpty();
    assertThat(Rules.check(P + "no-accountability-cycles", model)).isEmpty();
  }

  @Test
  void postUnderACommitteeThatDuplicates_isNotReportedAgain() {
    Northshire n = Northshire.sound();
    n.body("committee-system", "System Commissioning Committee", BodyKind.COMMITTEE, Level.SYSTEM,
        "board-icb", TermsOfReference.builder().addFunctions("fn-community").build(), "icb-n");
    n.with(Delegation.builder().id("dlg-system").delegator("board-icb").delegate("committee-system")
        .addFunctions("fn-community").instrument(DelegationInstrument.SCHEME_OF_DELEGATION)
        .onwardDelegationAllowed(true).period(Northshire.SINCE).build());
    n.with(Delegation.builder().id("dlg-dof").delegator("committee-system").delegate("post-dof")
        .addFunctions("fn-community").instrument(DelegationInstrument.SCHEME_OF_DELEGATION)
        .onwardDelegationAllowed(false).period(Northshire.SINCE).build());

    assertThat(Rules.check(P + "no-duplicated-binding-authority", n.model())).singleElement()
        .satisfies(f -> assertThat(f.evidence()).containsExactly("fn-community", "body-place", "committee-system"));
  }
}
