package org.integratedcare.governance.rules.england;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.Person;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.body.TermsOfReference;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.organisation.Area;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.Icb;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.governance.rules.BasisKind;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.Severity;
import org.integratedcare.core.structure.Icp;
import org.integratedcare.governance.Scenarios;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Statute and regulations: NHS Act 2006 Sch 1B, LGPIHA 2007 s.116ZA, HSCA 2012 s.194, S.I. 2022/642, S.I. 2024/1205. */
class EnglandStatutoryPackTest {
  private static final String P = "england.statutory.";

  // NHS Act 2006 Sch 1B para 3(1): the board is a chair, a chief executive and at least three others.
  @Test
  void boardWithoutChiefExecutive_isAnError() {
    IcsModel model = Northshire.sound().without("a-post-ceo").model();

    List<Finding> findings = Rules.check(P + "icb-board-chair-and-chief-executive", model);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.basis().kind()).isEqualTo(BasisKind.STATUTE);
      assertThat(f.basis().citation()).contains("Sch 1B para 3(1)");
      assertThat(f.subject().id()).isEqualTo("board-icb");
      assertThat(f.subject().path()).matches("bodies\\[\\d+]");
      assertThat(f.message()).contains("no chief executive");
    });
  }

  @Test
  void chairAppointmentEnded_leavesBoardWithoutChairOnTheDate() {
    Northshire n = Northshire.sound();
    Appointment chair = n.get("a-post-chair", Appointment.class);
    n.with(Appointment.builder().from(chair)
        .period(Northshire.SINCE.withEnd(LocalDate.of(2025, 3, 31))).build());

    assertThat(Rules.check(P + "icb-board-chair-and-chief-executive", n.model()))
        .singleElement().extracting(Finding::message).asString().contains("no chair");
    assertThat(Rules.check(P + "icb-board-chair-and-chief-executive", n.model(), LocalDate.of(2025, 3, 1)))
        .isEmpty();
  }

  @Test
  void icbWithoutRecordedBoard_cannotBeChecked_andSaysSo() {
    Northshire n = Northshire.sound();
    Icb icb = n.get("structure:icb-n", Icb.class);
    n.withStructure(Icb.builder().id(icb.id()).area(icb.area()).period(icb.period()).build());

    assertThat(Rules.check(P + "icb-board-chair-and-chief-executive", n.model()))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.GAP);
          assertThat(f.subject().path()).matches("structures\\[\\d+]");
          assertThat(f.message()).contains("has no board recorded").contains("cannot be checked");
        });
  }

  @Test
  void boardWithTwoOrdinaryMembers_isAnError() {
    IcsModel model = Northshire.sound().without("a-post-pm-trusts", "a-post-pm-pms", "a-post-pm-la",
        "a-post-dof", "a-post-md", "a-post-don", "a-post-ned-1").model();

    assertThat(Rules.check(P + "icb-board-ordinary-members", model))
        .singleElement().extracting(Finding::message).asString()
        .contains("has 1 ordinary member(s)");
  }

  @Test
  void boardWithThreeOrdinaryMembers_satisfiesParaThree() {
    IcsModel model = Northshire.sound().without("a-post-dof", "a-post-md", "a-post-don",
        "a-post-ned-1", "a-post-ned-2").model();

    assertThat(Rules.check(P + "icb-board-ordinary-members", model)).isEmpty();
  }

  // Sch 1B: at least one partner member nominated by each of trusts, primary medical services, local authorities.
  @Test
  void boardWithoutLocalAuthorityPartnerMember_isAnError() {
    IcsModel model = Northshire.sound().without("a-post-pm-la").model();

    assertThat(Rules.check(P + "icb-board-partner-members", model))
        .singleElement().extracting(Finding::message).asString()
        .contains("nominated by local authorities");
  }

  @Test
  void boardWithoutAnyPartnerMember_reportsEachKind() {
    IcsModel model = Northshire.sound().without("a-post-pm-la", "a-post-pm-pms", "a-post-pm-trusts").model();

    assertThat(Rules.check(P + "icb-board-partner-members", model)).hasSize(3);
  }

  // Sch 1B para 7(2): the chief executive must be an employee of the ICB.
  @Test
  void chiefExecutiveEmployedByTrust_isAnError() {
    Northshire n = Northshire.sound();
    n.with(Person.builder().id("p-ceo").name("Sam Chief").employment("trust-acute", Northshire.SINCE).build());

    assertThat(Rules.check(P + "icb-chief-executive-employed", n.model()))
        .singleElement().satisfies(f -> {
          assertThat(f.subject().id()).isEqualTo("a-post-ceo");
          assertThat(f.evidence()).containsExactly("a-post-ceo", "p-ceo");
        });
  }

  @Test
  void chiefExecutiveEmployedByIcb_satisfiesParaSeven() {
    assertThat(Rules.check(P + "icb-chief-executive-employed", Northshire.sound().model())).isEmpty();
  }

  // Sch 1B para 5: chair appointed by NHS England with the approval of the Secretary of State.
  @Test
  void chairAppointedByTheIcbItself_isAnError() {
    Northshire n = Northshire.sound();
    n.with(Appointment.builder().from(n.get("a-post-chair", Appointment.class)).appointedBy("icb-n").build());

    assertThat(Rules.check(P + "icb-chair-appointment", n.model()))
        .singleElement().extracting(Finding::message).asString().contains("appointed by NHS England");
  }

  @Test
  void chairAppointmentWithoutRecordedAppointer_isNotJudged() {
    Northshire n = Northshire.sound();
    Appointment chair = n.get("a-post-chair", Appointment.class);
    n.with(Appointment.builder().id(chair.id()).post(chair.post()).person(chair.person())
        .period(chair.period()).build());

    assertThat(Rules.check(P + "icb-chair-appointment", n.model())).isEmpty();
  }

  // NHS Act 2006 Pt 2 Ch A3: ICB areas may not coincide or overlap.
  @Test
  void twoIcbsClaimingTheSameUnit_overlap() {
    Northshire n = secondIcb(Area.of("E06000002", "E06000003"));

    assertThat(Rules.check(P + "icb-areas-overlap", n.model())).singleElement().satisfies(f -> {
      assertThat(f.evidence()).containsExactly("icb-e", "icb-n");
      assertThat(f.message()).contains("E06000002");
    });
    assertThat(Rules.check(P + "icb-areas-may-overlap", n.model())).isEmpty();
  }

  @Test
  void icbsHoldingPartsOfOneUnit_mayOverlap_asInformation() {
    Northshire n = Northshire.sound();
    n.withStructure(Icb.builder().id("icb-n").area(Area.builder().addUnits("E10000001")
        .addPartialUnits("E06000002").build()).board("board-icb").period(Northshire.SINCE).build());
    n = secondIcb(n, Area.builder().addUnits("E06000003").addPartialUnits("E06000002").build());

    assertThat(Rules.check(P + "icb-areas-overlap", n.model())).isEmpty();
    assertThat(Rules.check(P + "icb-areas-may-overlap", n.model())).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.INFO);
  }

  @Test
  void successiveIcbsOverTheSameArea_doNotOverlapOnADate() {
    Northshire n = Northshire.sound();
    n.withStructure(Icb.builder().from(n.get("structure:icb-n", Icb.class))
        .period(Northshire.SINCE.withEnd(LocalDate.of(2025, 3, 31))).build());
    n.with(org.integratedcare.core.organisation.Organisation.of("icb-e", OrganisationKind.INTEGRATED_CARE_BOARD,
        "NHS Eastshire ICB", org.integratedcare.core.time.DateRange.from(LocalDate.of(2025, 4, 1))));
    n.withStructure(Icb.builder().id("icb-e").area(Area.of("E10000001", "E06000002"))
        .period(org.integratedcare.core.time.DateRange.from(LocalDate.of(2025, 4, 1))).build());

    assertThat(Rules.check(P + "icb-areas-overlap", n.model())).isEmpty();
  }

  private static Northshire secondIcb(Area area) {
    return secondIcb(Northshire.sound(), area);
  }

  private static Northshire secondIcb(Northshire n, Area area) {
    n.org("icb-e", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS Eastshire ICB");
    n.withStructure(Icb.builder().id("icb-e").area(area).period(Northshire.SINCE).build());
    return n;
  }

  // LGPIHA 2007 s.116ZA(2): one member appointed by the ICB, one by each responsible local authority.
  @Test
  void icpWithoutMemberAppointedBySouthbyCouncil_isAnError() {
    IcsModel model = Northshire.sound().without("a-post-icp-south").model();

    assertThat(Rules.check(P + "icp-statutory-members", model)).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("Southby Council (council-s)");
      assertThat(f.evidence()).contains("council-s");
    });
  }

  // LGPIHA 2007 s.116ZA(1): the responsible local authorities follow from the ICB's area, not from
  // the list the user typed. Leave Southby out of the list and its missing member is still found.
  @Test
  void councilLeftOffTheIcpsList_isStillAResponsibleAuthority_byTheIcbsArea() {
    Northshire n = Northshire.sound().without("a-post-icp-south");
    Icp icp = n.get("structure:icp-n", Icp.class);
    n.withStructure(Icp.builder().from(icp).responsibleLocalAuthorities(java.util.Set.of("council-n")).build());

    assertThat(Rules.check(P + "icp-statutory-members", n.model())).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).contains("Southby Council (council-s)")
          .contains("its area lies within the ICB's area, so it is a responsible local authority");
    });
  }

  @Test
  void areaUnitNamingNoRecordedCouncil_isAGap_forThatUnit() {
    Northshire n = Northshire.sound();
    Icb icb = n.get("structure:icb-n", Icb.class);
    n.withStructure(Icb.builder().from(icb).area(Area.of("E10000001", "E06000002", "E06000099")).build());

    assertThat(Rules.check(P + "icp-statutory-members", n.model())).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.GAP);
      assertThat(f.message()).startsWith("Area unit E06000099 of ICB");
    });
  }

  // Sch 1B para 4: involvement with the private healthcare sector is for the appointer to weigh.
  @Test
  void boardMemberWithAnInterestInAnIndependentProvider_isForReview() {
    Northshire n = Northshire.sound();
    n.org("ltd", OrganisationKind.INDEPENDENT_PROVIDER, "Northshire Clinics Ltd");
    n.with(org.integratedcare.core.body.Person.builder().from(n.get("p-ned-1", org.integratedcare.core.body.Person.class))
        .addDeclarations(org.integratedcare.core.body.Declaration.builder().description("Shareholder")
            .conflict(org.integratedcare.core.body.ConflictType.ACTUAL).organisation("ltd")
            .period(Northshire.SINCE).build())
        .build());

    assertThat(Rules.check(P + "icb-board-independence-for-review", n.model())).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).contains("Northshire Clinics Ltd (ltd), an independent provider")
          .contains("record that judgment, or review the appointment");
    });
  }

  @Test
  void icpMembersAppointedByIcbAndEachCouncil_satisfySection116za() {
    assertThat(Rules.check(P + "icp-statutory-members", Northshire.sound().model())).isEmpty();
  }

  // HSCA 2012 s.194(2): councillor, DASS, DCS, DPH, Local Healthwatch, a representative of each relevant ICB.
  @Test
  void hwbWithoutDirectorOfPublicHealthOrIcbRepresentative_isAnError() {
    IcsModel model = Northshire.sound().without("a-post-hwb-dph", "a-post-hwb-icb").model();

    assertThat(Rules.check(P + "hwb-statutory-members", model)).extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("director of public health"))
        .anySatisfy(m -> assertThat(m).contains("representative appointed by ICB"));
  }

  @Test
  void hwbWithAllStatutoryMembers_satisfiesSection194() {
    assertThat(Rules.check(P + "hwb-statutory-members", Northshire.sound().model())).isEmpty();
  }

  // NHS Act 2006 s.65Z5: arrangements only with a relevant body or a local authority.
  @Test
  void s65z5DelegationToVoluntaryOrganisation_isAnError() {
    Northshire n = Northshire.sound();
    n.with(Delegation.builder().id("dlg-vcse").delegator("icb-n").delegate("vcse-1")
        .addFunctions("fn-community").instrument(DelegationInstrument.S65Z5_DELEGATION)
        .onwardDelegationAllowed(false).period(Northshire.SINCE).build());

    assertThat(Rules.check(P + "s65z5-parties", n.model())).singleElement().satisfies(f -> {
      assertThat(f.subject().id()).isEqualTo("dlg-vcse");
      assertThat(f.message()).contains("vcse-organisation");
    });
  }

  @Test
  void s65z5JointExerciseWithCouncil_isAllowed() {
    Northshire n = Northshire.sound();
    n.with(Delegation.builder().id("dlg-joint").delegator("icb-n").delegate("council-n")
        .addFunctions("fn-community").instrument(DelegationInstrument.S65Z5_JOINT_EXERCISE)
        .onwardDelegationAllowed(false).period(Northshire.SINCE).build());

    assertThat(Rules.check(P + "s65z5-parties", n.model())).isEmpty();
  }

  @Test
  void s65z5ArrangementMadeByCouncil_isAnError_asCouncilsAreNotRelevantBodies() {
    Northshire n = Northshire.sound();
    n.function("fn-council", "Public health services", "council-n", "Health and Social Care Act 2012");
    n.with(Delegation.builder().id("dlg-council").delegator("council-n").delegate("icb-n")
        .addFunctions("fn-council").instrument(DelegationInstrument.S65Z5_DELEGATION)
        .onwardDelegationAllowed(false).period(Northshire.SINCE).build());

    assertThat(Rules.check(P + "s65z5-parties", n.model())).singleElement()
        .extracting(Finding::message).asString().contains("not a relevant body");
  }

  @Test
  void s65z5Recipients_areAParameter() {
    Northshire n = Northshire.sound();
    n.with(Delegation.builder().id("dlg-vcse").delegator("icb-n").delegate("vcse-1")
        .addFunctions("fn-community").instrument(DelegationInstrument.S65Z5_DELEGATION)
        .onwardDelegationAllowed(false).period(Northshire.SINCE).build());
    EnglandStatutoryPack permissive = new EnglandStatutoryPack(StatutoryParameters.builder()
        .s65z5Recipients(java.util.EnumSet.allOf(OrganisationKind.class)).build());

    assertThat(Rules.check(permissive, P + "s65z5-parties", n.model())).isEmpty();
  }

  // S.I. 2022/642 reg 2: NHS England may not arrange for others to exercise ss.14Z59 etc.
  @ParameterizedTest
  @ValueSource(strings = {"NHS Act 2006 s.14Z59", "s.14Z61(1)", "NHS Act 2006 section 27B", "NHSA 2006 s 33"})
  void nhsEnglandDelegatingExcludedFunction_isAnError(String basis) {
    Northshire n = Northshire.sound();
    n.function("fn-assess", "Performance assessment of ICBs", "nhse", basis);
    n.with(Delegation.builder().id("dlg-assess").delegator("nhse").delegate("icb-n")
        .addFunctions("fn-assess").instrument(DelegationInstrument.S65Z5_DELEGATION)
        .onwardDelegationAllowed(false).period(Northshire.SINCE).build());

    assertThat(Rules.check(P + "nhs-england-non-delegable-functions", n.model())).singleElement()
        .satisfies(f -> {
          assertThat(f.basis().kind()).isEqualTo(BasisKind.REGULATION);
          assertThat(f.evidence()).containsExactly("dlg-assess", "fn-assess");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"NHS Act 2006 s.83", "NHS Act 2006 s.33A", "Health and Social Care Act 2012 s.33"})
  void nhsEnglandDelegatingOtherFunctions_isAllowed(String basis) {
    Northshire n = Northshire.sound();
    n.function("fn-other", "Another function", "nhse", basis);
    n.with(Delegation.builder().id("dlg-other").delegator("nhse").delegate("icb-n")
        .addFunctions("fn-other").instrument(DelegationInstrument.S65Z5_DELEGATION)
        .onwardDelegationAllowed(false).period(Northshire.SINCE).build());

    assertThat(Rules.check(P + "nhs-england-non-delegable-functions", n.model())).isEmpty();
  }

  @Test
  void nhsEnglandFunctionMarkedNotDelegable_isAnErrorWhateverItsBasis() {
    Northshire n = Northshire.sound();
    n.with(StatutoryFunction.builder().id("fn-directions").name("Directions to ICBs").holder("nhse")
        .delegable(false).period(Northshire.SINCE).build());
    n.with(Delegation.builder().id("dlg-directions").delegator("nhse").delegate("icb-n")
        .addFunctions("fn-directions").instrument(DelegationInstrument.S65Z5_JOINT_EXERCISE)
        .onwardDelegationAllowed(false).period(Northshire.SINCE).build());

    assertThat(Rules.check(P + "nhs-england-non-delegable-functions", n.model())).singleElement()
        .extracting(Finding::message).asString().contains("recorded as not delegable");
  }

  // S.I. 2024/1205 (in force 16 December 2024): a trusts' partner member may also chair an NHS trust.
  @Test
  void trustPartnerMemberChairingTrust_isFlaggedOnlyBeforeSi20241205() {
    Northshire n = Northshire.sound();
    n.body("board-trust-mh", "Board of Northshire Mental Health NHS Trust", BodyKind.UNITARY_BOARD,
        null, null, TermsOfReference.builder().addProgrammes("Trust business").build(), "trust-mh");
    n.member("board-trust-mh", "post-trust-chair", PostRole.CHAIR, "p-pm-trusts", "Jo Trusts", a -> a);
    IcsModel model = n.model();

    assertThat(Rules.check(P + "trust-partner-member-chairs-trust", model, LocalDate.of(2024, 12, 15)))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.evidence()).containsExactly("a-post-pm-trusts", "a-post-trust-chair", "trust-mh");
        });
    assertThat(Rules.check(P + "trust-partner-member-chairs-trust", model, LocalDate.of(2024, 12, 16)))
        .isEmpty();
  }

  @Test
  void trustPartnerMemberChairingFoundationTrust_isNotCoveredByTheRule() {
    Northshire n = Northshire.sound();
    n.with(Body.builder().id("board-ft").name("Board of Northshire Hospitals").kind(BodyKind.UNITARY_BOARD)
        .addOrganisations("trust-acute").period(Northshire.SINCE).build());
    n.member("board-ft", "post-ft-chair", PostRole.CHAIR, "p-pm-trusts", "Jo Trusts", a -> a);

    assertThat(Rules.check(P + "trust-partner-member-chairs-trust", n.model(), LocalDate.of(2024, 1, 1)))
        .isEmpty();
  }

  @Test
  void icpAndHwbWithoutRecordedBodies_cannotBeChecked_andSaySo() {
    Northshire n = Northshire.sound();
    n.withStructure(org.integratedcare.core.structure.Icp.builder().from(n.get("structure:icp-n", org.integratedcare.core.structure.Icp.class))
        .body(java.util.Optional.empty()).build());
    n.withStructure(org.integratedcare.core.structure.HealthAndWellbeingBoard.builder()
        .from(n.get("structure:hwb-n", org.integratedcare.core.structure.HealthAndWellbeingBoard.class))
        .body(java.util.Optional.empty()).build());

    assertThat(Rules.check(P + "icp-statutory-members", n.model())).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.GAP);
    assertThat(Rules.check(P + "hwb-statutory-members", n.model())).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.GAP);
  }

  /** Sch 1B paras 3, 5 and 7: one person as chair and chief executive, or as chair and an ordinary member. */
  @Nested
  class PostsHeldTogether {
    private final IcsModel model = Scenarios.load("board-posts-held-together.yaml");

    @Test
    void chairAndChiefExecutive_isAnError_chairInAnotherSeat_isAWarning() {
      List<Finding> findings = Rules.check(P + "icb-board-posts-held-together", model, Scenarios.TODAY);

      assertThat(findings).extracting(f -> f.subject().id(), Finding::severity).containsExactlyInAnyOrder(
          Tuple.tuple("ap-w-ned-1", Severity.WARNING),
          Tuple.tuple("ap-e-chair", Severity.ERROR),
          Tuple.tuple("ap-e-pm-la", Severity.WARNING));
      assertThat(findings).filteredOn(f -> f.subject().id().equals("ap-e-chair")).singleElement().satisfies(f -> {
        assertThat(f.message()).contains("Gil Grant (gil) is both chair and chief executive");
        assertThat(f.evidence()).containsExactly("ap-e-chair", "ap-e-ceo");
        assertThat(f.basis().citation()).contains("Sch 1B paras 3(1), 3(2), 5 and 7");
      });
      assertThat(findings).filteredOn(f -> f.subject().id().equals("ap-w-ned-1")).singleElement()
          .extracting(Finding::message).asString()
          .contains("Ann Archer (ann), the chair", "not filled by an ordinary member", "does not become the chair");
      assertThat(findings).filteredOn(f -> f.subject().id().equals("ap-e-pm-la")).singleElement()
          .extracting(Finding::message).asString().doesNotContain("deputy chair");
    }

    @Test
    void chairIsNotAnOrdinaryMember_soEastmoorHasTwo() {
      List<Finding> findings = Rules.check(P + "icb-board-ordinary-members", model, Scenarios.TODAY);

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.subject().id()).isEqualTo("east-board");
        assertThat(f.message()).contains("has 2 ordinary member(s)");
      });
    }

    @Test
    void oneHolderInEachPost_isNotReported() {
      assertThat(Rules.check(P + "icb-board-posts-held-together", model, Scenarios.TODAY))
          .noneMatch(f -> List.of("ap-w-ceo", "ap-w-pm-trusts", "ap-w-ned-2", "ap-w-dof").contains(f.subject().id()));
    }
  }

  /** Sch 1B para 8: each partner member is nominated by organisations of the kind the seat names. */
  @Nested
  class PartnerMemberNomination {
    private final IcsModel model = Scenarios.load("partner-member-nomination.yaml");

    @Test
    void nominatorOfAnotherKind_isAnError_nominatorsNotRecordedOrANetwork_isAGap() {
      List<Finding> findings = Rules.check(P + "icb-partner-member-nomination", model, Scenarios.TODAY);

      assertThat(findings).extracting(f -> f.subject().id(), Finding::severity).containsExactlyInAnyOrder(
          Tuple.tuple("ap-kim", Severity.ERROR),
          Tuple.tuple("ap-max", Severity.ERROR),
          Tuple.tuple("ap-eve", Severity.GAP),
          Tuple.tuple("ap-lee", Severity.GAP));
      assertThat(findings).filteredOn(f -> f.subject().id().equals("ap-kim")).singleElement().satisfies(f -> {
        assertThat(f.message()).contains("Kim King (kim)", "Northmoor Care Ltd (care-ltd), an independent provider",
            "nominated by NHS trusts and NHS foundation trusts");
        assertThat(f.evidence()).containsExactly("ap-kim", "care-ltd");
      });
      assertThat(findings).filteredOn(f -> f.subject().id().equals("ap-max")).singleElement()
          .extracting(Finding::message).asString().contains("Northmoor District Council (district), a lower tier local authority", "social-care functions");
      assertThat(findings).filteredOn(f -> f.subject().id().equals("ap-eve")).singleElement()
          .extracting(Finding::message).asString().contains("Cannot tell who nominated Eve Evans (eve)");
      assertThat(findings).filteredOn(f -> f.subject().id().equals("ap-lee")).singleElement()
          .extracting(Finding::message).asString().contains("record the practices that nominated");
    }

    @Test
    void nominatedByTrustsOrBySocialCareCouncil_isNotReported() {
      assertThat(Rules.check(P + "icb-partner-member-nomination", model, Scenarios.TODAY))
          .noneMatch(f -> f.subject().id().equals("ap-dev") || f.subject().id().equals("ap-fay"));
    }

    @Test
    void nominatorThatIsAGpPractice_satisfiesThePrimaryMedicalServicesSeat() {
      DateRange since = DateRange.from(LocalDate.of(2022, 7, 1));
      IcsModel withPractice = model.toBuilder()
          .add(org.integratedcare.core.organisation.Organisation.builder().id("practice").name("Moor Lane Surgery", since)
              .kind(OrganisationKind.GP_PRACTICE, since).period(since).build())
          .add(org.integratedcare.core.body.Post.builder().id("pm-pms-3").body("board").title("Partner Member 3")
              .role(PostRole.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES).period(since).build())
          .add(Person.builder().id("nia").name("Nia Nash").build())
          .add(Appointment.builder().id("ap-nia").post("pm-pms-3").person("nia").addNominatedBy("practice")
              .period(since).build())
          .build();

      assertThat(Rules.check(P + "icb-partner-member-nomination", withPractice, Scenarios.TODAY))
          .noneMatch(f -> f.subject().id().equals("ap-nia"));
    }
  }

  /** Sch 1B paras 3, 4, 5, 7 and 8 on two boards, one recorded in full and one in part. */
  @Nested
  class BoardComposition {
    private final IcsModel model = Scenarios.load("icb-board-composition.yaml");

    private List<String> found(String rule) {
      return Rules.check(P + rule, model, Scenarios.TODAY).stream()
          .map(f -> f.severity() + " " + f.subject().id()).toList();
    }

    @Test
    void recordedInFull_breachesAreErrors() {
      assertThat(found("icb-chair-appointment")).containsExactly("ERROR ap-s-chair", "ERROR ap-s-chair");
      assertThat(found("icb-chief-executive-employed")).containsExactly("ERROR ap-s-ceo");
      assertThat(Rules.check(P + "icb-chief-executive-appointment", model, Scenarios.TODAY))
          .extracting(Finding::severity, Finding::message).containsExactly(
              Tuple.tuple(Severity.ERROR, "The chief executive of ICB NHS Southmoor ICB (southmoor) is recorded as "
                  + "appointed by NHS England (nhs-england); the chief executive is appointed by the ICB's chair "
                  + "(record the ICB as the appointer)."),
              Tuple.tuple(Severity.ERROR, "The chief executive of ICB NHS Southmoor ICB (southmoor) is recorded as "
                  + "approved by Secretary of State for Health and Social Care (sos); the appointment needs the "
                  + "approval of NHS England."));
      assertThat(found("icb-board-independence-for-review")).containsExactly("WARNING ap-s-pm-trusts");
      assertThat(found("icb-board-partner-members")).filteredOn(f -> f.endsWith("south-board"))
          .containsExactly("ERROR south-board", "ERROR south-board");
      assertThat(found("icb-board-ordinary-members")).filteredOn(f -> f.endsWith("south-board"))
          .containsExactly("ERROR south-board");
      assertThat(found("icb-board-chair-and-chief-executive")).noneMatch(f -> f.endsWith("south-board"));
    }

    @Test
    void recordedInPart_absencesAreGaps() {
      assertThat(found("icb-board-chair-and-chief-executive")).containsExactly("GAP east-board", "GAP east-board");
      assertThat(found("icb-board-partner-members")).filteredOn(f -> f.endsWith("east-board"))
          .containsExactly("GAP east-board", "GAP east-board", "GAP east-board");
      assertThat(found("icb-board-ordinary-members")).filteredOn(f -> f.endsWith("east-board"))
          .containsExactly("GAP east-board");
    }
  }

  /** LGPIHA 2007 s.116ZA and HSCA 2012 s.194(2): the statutory members of a partnership and of a board. */
  @Nested
  class PartnershipAndHealthAndWellbeingBoard {
    private final IcsModel model = Scenarios.load("icp-and-hwb-members.yaml");

    @Test
    void responsibleAuthorityFromTheArea_appointedNobody_isAnError() {
      assertThat(Rules.check(P + "icp-statutory-members", model, Scenarios.TODAY)).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains("no member appointed by Westmoor City Council (city)",
            "though the partnership's record does not list it");
      });
    }

    @Test
    void vacantSeat_missingSeat_andNoIcbRepresentative_areErrors() {
      assertThat(Rules.check(P + "hwb-statutory-members", model, Scenarios.TODAY))
          .extracting(Finding::severity, Finding::message)
          .allSatisfy(t -> assertThat(t.toList().get(0)).isEqualTo(Severity.ERROR))
          .extracting(t -> (String) t.toList().get(1))
          .satisfiesExactlyInAnyOrder(
              m -> assertThat(m).contains("no director of children's services"),
              m -> assertThat(m).contains("no representative of the Local Healthwatch"),
              m -> assertThat(m).contains("no representative appointed by ICB NHS Westmoor ICB (westmoor)"));
    }
  }

  /** S.I. 2024/1205: from 16 December 2024 the trusts' partner member may also chair an NHS trust. */
  @Nested
  class TrustPartnerMemberChairsTrust {
    private final IcsModel model = Scenarios.load("partner-member-nomination.yaml");

    @Test
    void beforeTheInstrument_isAWarning_afterIt_nothing() {
      assertThat(Rules.check(P + "trust-partner-member-chairs-trust", model, LocalDate.of(2024, 6, 1)))
          .singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.evidence()).containsExactly("ap-dev", "ap-dev-trust-chair", "trust");
          });
      assertThat(Rules.check(P + "trust-partner-member-chairs-trust", model, Scenarios.TODAY)).isEmpty();
    }
  }

  /**
   * Sch 1B para 5 for interim chairs, and acting chairs, who are not appointed as chair (NHS
   * England, Guidance on integrated care board constitutions and governance).
   */
  @Nested
  class ActingAndInterimChairs {
    private final IcsModel model = Scenarios.load("acting-and-interim-chairs.yaml");

    @Test
    void interimChairAppointedByTheIcb_isAnError_actingChairIsNotCheckedAsAnAppointment() {
      assertThat(Rules.check(P + "icb-chair-appointment", model, Scenarios.TODAY)).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.subject().id()).isEqualTo("ap-s-chair");
        assertThat(f.message()).contains("The interim chair of ICB NHS Southmoor ICB", "appointed by NHS Southmoor ICB",
            "An interim chair holds the post by appointment");
      });
    }

    @Test
    void actingChair_keepsHerNonExecutiveSeat_andCountsAsAnOrdinaryMember() {
      assertThat(Rules.check(P + "icb-board-posts-held-together", model, Scenarios.TODAY)).isEmpty();
      assertThat(Rules.check(P + "icb-board-ordinary-members", model, Scenarios.TODAY))
          .filteredOn(f -> f.subject().id().equals("north-board")).singleElement()
          .extracting(Finding::message).asString().contains("has 2 ordinary member(s)");
    }
  }
}
