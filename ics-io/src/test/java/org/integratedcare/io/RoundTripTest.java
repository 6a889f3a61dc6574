package org.integratedcare.io;

import static org.assertj.core.api.Assertions.assertThat;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Source;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.core.accountability.AccountabilityBasis;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.Capacity;
import org.integratedcare.core.body.ConflictType;
import org.integratedcare.core.body.DecisionRule;
import org.integratedcare.core.body.Declaration;
import org.integratedcare.core.body.InterestType;
import org.integratedcare.core.body.Designation;
import org.integratedcare.core.body.Person;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.body.Quorum;
import org.integratedcare.core.body.TermsOfReference;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.change.ChangeKind;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.mechanism.Caucus;
import org.integratedcare.core.mechanism.CaucusGroup;
import org.integratedcare.core.mechanism.CommitteesInCommon;
import org.integratedcare.core.mechanism.ContractType;
import org.integratedcare.core.mechanism.ContractualArrangement;
import org.integratedcare.core.mechanism.FormalDelegation;
import org.integratedcare.core.mechanism.JointAppointment;
import org.integratedcare.core.mechanism.JointCommittee;
import org.integratedcare.core.mechanism.JointVenture;
import org.integratedcare.core.mechanism.JointVentureForm;
import org.integratedcare.core.mechanism.Mechanism;
import org.integratedcare.core.mechanism.MechanismKind;
import org.integratedcare.core.mechanism.MemorandumOfUnderstanding;
import org.integratedcare.core.mechanism.MergerOrAcquisition;
import org.integratedcare.core.mechanism.SharedPrinciple;
import org.integratedcare.core.meeting.AgendaItem;
import org.integratedcare.core.meeting.Attendance;
import org.integratedcare.core.meeting.AttendanceKind;
import org.integratedcare.core.meeting.ConflictManagement;
import org.integratedcare.core.meeting.Decision;
import org.integratedcare.core.meeting.DecisionOutcome;
import org.integratedcare.core.meeting.ItemDeclaration;
import org.integratedcare.core.meeting.Meeting;
import org.integratedcare.core.meeting.Vote;
import org.integratedcare.core.meeting.VoteChoice;
import org.integratedcare.core.organisation.Area;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.CollaborativeOrientation;
import org.integratedcare.core.structure.CollaborativeType;
import org.integratedcare.core.structure.HealthAndWellbeingBoard;
import org.integratedcare.core.structure.Icb;
import org.integratedcare.core.structure.Icp;
import org.integratedcare.core.structure.IntegratedCareSystem;
import org.integratedcare.core.structure.Level;
import org.integratedcare.core.structure.Neighbourhood;
import org.integratedcare.core.structure.Place;
import org.integratedcare.core.structure.PrimaryCareNetwork;
import org.integratedcare.core.structure.ProviderCollaborative;
import org.integratedcare.core.structure.Structure;
import org.integratedcare.core.structure.StructureKind;
import org.integratedcare.core.time.DateRange;
import static org.integratedcare.io.Models.assertSameModel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reading what was written gives an equal model, for every record type and every kind. */
class RoundTripTest {
  private static final DateRange SINCE_2022 = DateRange.from(LocalDate.of(2022, 7, 1));
  private static final DateRange Y2022_2026 = DateRange.parse("2022-07-01", "2026-03-31");

  @ParameterizedTest
  @EnumSource(ModelFormat.class)
  void everyRecordType_roundTrips(ModelFormat format) {
    IcsModel model = everything();
    String text = ModelFiles.write(model, format);
    IcsModel back = ModelFiles.read(text, format);
    assertSameModel(back, model);
    assertThat(ModelFiles.write(back, format)).isEqualTo(text);
  }

  @ParameterizedTest
  @EnumSource(StructureKind.class)
  void everyStructureKind_roundTrips(StructureKind kind) {
    IcsModel.Builder b = base().add(structure(kind));
    if (kind == StructureKind.NEIGHBOURHOOD) {
      b.add(structure(StructureKind.PLACE));
    }
    IcsModel model = b.build();
    for (ModelFormat format : ModelFormat.values()) {
      assertSameModel(ModelFiles.read(ModelFiles.write(model, format), format), model);
    }
  }

  @ParameterizedTest
  @EnumSource(MechanismKind.class)
  void everyMechanismKind_roundTrips(MechanismKind kind) {
    IcsModel model = base().add(mechanism(kind)).build();
    for (ModelFormat format : ModelFormat.values()) {
      String text = ModelFiles.write(model, format);
      assertThat(text).contains(kind.typeName());
      assertSameModel(ModelFiles.read(text, format), model);
    }
  }

  @Test
  void writing_isDeterministic_andSetsAreSorted() {
    IcsModel model = everything();
    String first = ModelFiles.write(model, ModelFormat.YAML);
    IcsModel rebuilt = model.toBuilder().build();
    assertThat(ModelFiles.write(rebuilt, ModelFormat.YAML)).isEqualTo(first);
    assertThat(first).contains("responsibleLocalAuthorities:\n      - la\n      - la2\n")
        .doesNotContain("\r");
  }

  @Test
  void yamlAndJson_carryTheSameModel() {
    IcsModel model = everything();
    IcsModel fromJson = ModelFiles.read(ModelFiles.write(model, ModelFormat.JSON), ModelFormat.JSON);
    IcsModel fromYaml = ModelFiles.read(ModelFiles.write(model, ModelFormat.YAML), ModelFormat.YAML);
    assertSameModel(fromJson, fromYaml);
  }

  @Test
  void pathsAndStreams_roundTrip(@TempDir Path dir) {
    IcsModel model = everything();
    Path yaml = dir.resolve("model.yml");
    Path json = dir.resolve("model.JSON");
    ModelFiles.write(model, yaml);
    ModelFiles.write(model, json);
    assertSameModel(ModelFiles.read(yaml), model);
    assertSameModel(ModelFiles.read(json), model);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelFiles.write(model, out, ModelFormat.JSON);
    assertSameModel(ModelFiles.read(new ByteArrayInputStream(out.toByteArray()), ModelFormat.JSON), model);
  }

  @Test
  void example_roundTrips_inBothFormats() throws Exception {
    IcsModel example = ModelFiles.read(ExampleFileTest.EXAMPLE);
    for (ModelFormat format : ModelFormat.values()) {
      String text = ModelFiles.write(example, format);
      assertSameModel(ModelFiles.read(text, format), example);
    }
    assertThat(new String(Files.readAllBytes(ExampleFileTest.EXAMPLE), StandardCharsets.UTF_8))
        .contains("ILLUSTRATIVE");
  }

  @Test
  void declarationNotAssessedAsAConflict_isWrittenWithoutTheConflictKey_andReadBackNotAssessed() {
    IcsModel model = everything();
    String yaml = ModelFiles.write(model, ModelFormat.YAML);
    assertThat(yaml).contains("      - description: Trustee of a local charity\n        from: 2022-07-01\n"
        + "        interestType: non-financial-personal\n");
    assertThat(ModelFiles.read(yaml, ModelFormat.YAML).person("p2").orElseThrow().declarations())
        .extracting(Declaration::conflict)
        .containsExactly(Optional.of(ConflictType.POTENTIAL), Optional.empty());
  }

  @Test
  void organisationWithOneValueForItsWholePeriod_isWrittenInShortForm() {
    IcsModel model = base().build();
    String yaml = ModelFiles.write(model, ModelFormat.YAML);
    assertThat(yaml).contains("  - id: icb\n    name: NHS Test Integrated Care Board\n"
        + "    kind: integrated-care-board\n    odsCode: QHG\n");
  }

  // ---- fixtures ----

  private static Source source() {
    return Source.builder().document("National Health Service Act 2006").clause("s.65Z5")
        .url("https://www.legislation.gov.uk/ukpga/2006/41/section/65Z5")
        .status(SourceStatus.REPORTED).build();
  }

  /** Organisations every fixture refers to. */
  private static IcsModel.Builder base() {
    return IcsModel.builder()
        .name("Round trip")
        .add(Organisation.builder().id("nhse").name("NHS England", SINCE_2022)
            .kind(OrganisationKind.NHS_ENGLAND, SINCE_2022).period(SINCE_2022).build())
        .add(Organisation.builder().id("region").name("NHS England East of England", SINCE_2022)
            .kind(OrganisationKind.NHS_ENGLAND_REGION, SINCE_2022).odsCode("Y61", SINCE_2022)
            .gssCode("E40000007", SINCE_2022).partOf("nhse").period(SINCE_2022).build())
        .add(Organisation.builder().id("icb").name("NHS Test Integrated Care Board", SINCE_2022)
            .kind(OrganisationKind.INTEGRATED_CARE_BOARD, SINCE_2022).odsCode("QHG", SINCE_2022)
            .addReservedToBoard("fn").period(SINCE_2022).addSources(source()).build())
        .add(Organisation.of("la", OrganisationKind.UNITARY_AUTHORITY, "Test Council", SINCE_2022))
        .add(Organisation.of("la2", OrganisationKind.UPPER_TIER_LOCAL_AUTHORITY, "Test County", SINCE_2022))
        .add(Organisation.of("ft", OrganisationKind.NHS_FOUNDATION_TRUST, "Test FT", SINCE_2022))
        .add(Organisation.of("trust", OrganisationKind.NHS_TRUST, "Test Trust", SINCE_2022))
        .add(Organisation.of("gp1", OrganisationKind.GP_PRACTICE, "Practice One", SINCE_2022))
        .add(Organisation.of("gp2", OrganisationKind.GP_PRACTICE, "Practice Two", SINCE_2022))
        .add(Organisation.of("pcn", OrganisationKind.PRIMARY_CARE_NETWORK, "Test PCN", SINCE_2022))
        .add(Organisation.of("old", OrganisationKind.NHS_TRUST, "Old Trust", Y2022_2026))
        .add(Body.builder().id("board").name("Board").kind(BodyKind.UNITARY_BOARD).addReservedFunctions("fn")
            .addOrganisations("icb").period(SINCE_2022).build())
        .add(Body.builder().id("board2").name("Trust board").kind(BodyKind.UNITARY_BOARD)
            .addOrganisations("ft").period(SINCE_2022).build())
        .add(Post.builder().id("chair").body("board").title("Chair").role(PostRole.CHAIR)
            .period(SINCE_2022).build())
        .add(Post.builder().id("chair2").body("board2").title("Chair").role(PostRole.CHAIR)
            .period(SINCE_2022).build())
        .add(Person.builder().id("p1").name("Person One").build())
        .add(StatutoryFunction.builder().id("fn").name("Function").holder("icb").period(SINCE_2022).build())
        .add(Delegation.builder().id("d0").delegator("icb").delegate("board").addFunctions("fn")
            .instrument(DelegationInstrument.SCHEME_OF_DELEGATION).onwardDelegationAllowed(false)
            .period(SINCE_2022).build())
        .add(ChangeEvent.builder().id("ce").kind(ChangeKind.ACQUISITION)
            .effectiveDate(LocalDate.of(2026, 4, 1)).addPredecessors("old").addSuccessors("ft").build());
  }

  private static Structure structure(StructureKind kind) {
    switch (kind) {
      case INTEGRATED_CARE_BOARD:
        return Icb.builder().id("icb").area(Area.builder().addUnits("la").addPartialUnits("la2")
            .population(1_000_000).build()).region("region").board("board").period(SINCE_2022)
            .addSources(source()).build();
      case INTEGRATED_CARE_PARTNERSHIP:
        return Icp.builder().id("icp").name("ICP").icb("icb").addResponsibleLocalAuthorities("la2", "la")
            .addOtherMembers("ft").body("board").period(Y2022_2026).build();
      case HEALTH_AND_WELLBEING_BOARD:
        return HealthAndWellbeingBoard.builder().id("hwb").name("HWB").localAuthority("la")
            .addRelevantIcbs("icb").body("board").period(SINCE_2022).build();
      case PLACE:
        return Place.builder().id("place").name("Place").icb("icb").area(Area.of("E06000001", "la"))
            .partnershipBody("board").period(SINCE_2022).build();
      case NEIGHBOURHOOD:
        return Neighbourhood.builder().id("hood").name("Neighbourhood").place("place")
            .addPrimaryCareNetworks("pcn").population(40_000).period(SINCE_2022).build();
      case PRIMARY_CARE_NETWORK:
        return PrimaryCareNetwork.builder().id("pcn").addMemberPractices("gp2", "gp1")
            .clinicalDirector("p1").nominatedPayee("gp1").period(SINCE_2022).build();
      case PROVIDER_COLLABORATIVE:
        return ProviderCollaborative.builder().id("pc").name("Collaborative")
            .type(CollaborativeType.MENTAL_HEALTH).orientation(CollaborativeOrientation.VERTICAL)
            .addMembers("trust", "ft").leadProvider("ft").period(SINCE_2022).build();
      case INTEGRATED_CARE_SYSTEM:
        return IntegratedCareSystem.builder().id("ics").name("ICS").icb("icb").period(SINCE_2022).build();
      default:
        throw new AssertionError(kind);
    }
  }

  private static Mechanism mechanism(MechanismKind kind) {
    switch (kind) {
      case MEMORANDUM_OF_UNDERSTANDING:
        return MemorandumOfUnderstanding.builder().id("m").name("MoU").addParties("icb", "la")
            .purpose("Shared intent").period(SINCE_2022).build();
      case FORMAL_DELEGATION:
        return FormalDelegation.builder().id("m").name("Delegation").addParties("icb")
            .legalBasis("NHS Act 2006 s.65Z5").addDelegations("d0").period(SINCE_2022).build();
      case CONTRACTUAL_ARRANGEMENT:
        return ContractualArrangement.builder().id("m").name("Contract").addParties("icb", "ft", "trust")
            .contractType(ContractType.LEAD_PROVIDER).addCommissioners("icb").addProviders("trust", "ft")
            .leadProvider("ft").addFunctions("fn").period(SINCE_2022).build();
      case COMMITTEES_IN_COMMON:
        return CommitteesInCommon.builder().id("m").name("CiC").addParties("icb", "ft")
            .addCommittees("board2", "board").period(SINCE_2022).build();
      case JOINT_COMMITTEE:
        return JointCommittee.builder().id("m").name("JC").addParties("icb", "la").body("board")
            .period(SINCE_2022).build();
      case JOINT_VENTURE:
        return JointVenture.builder().id("m").name("JV").addParties("ft", "trust")
            .form(JointVentureForm.CORPORATE).host("ft").period(SINCE_2022).build();
      case MERGER_OR_ACQUISITION:
        return MergerOrAcquisition.builder().id("m").name("Acquisition").addParties("ft", "old")
            .changeEvent("ce").period(DateRange.from(LocalDate.of(2026, 4, 1))).build();
      case JOINT_VALUES_AND_INTENT:
      case OPEN_INFORMATION_SHARING:
      case SUBSIDIARITY:
        return SharedPrinciple.builder().id("m").name("Principle").kind(kind).addParties("icb", "la")
            .statement("We agree.").period(SINCE_2022).build();
      case CAUCUSING:
        return Caucus.builder().id("m").name("NED network").addParties("icb", "ft")
            .group(CaucusGroup.NON_EXECUTIVES).addParticipants("p1").period(SINCE_2022).build();
      case JOINT_POSTS:
        return JointAppointment.builder().id("m").name("Shared chair").addParties("icb", "ft")
            .addPosts("chair2", "chair").period(SINCE_2022).build();
      default:
        throw new AssertionError(kind);
    }
  }

  /** A model with every record type and every optional attribute set somewhere. */
  static IcsModel everything() {
    IcsModel.Builder b = base();
    b.add(Organisation.builder().id("icb-dated")
        .name("NHS Old Name ICB", DateRange.parse("2022-07-01", "2023-03-31"))
        .name("NHS New Name ICB", DateRange.from(LocalDate.of(2023, 4, 1)))
        .kind(OrganisationKind.INTEGRATED_CARE_BOARD, SINCE_2022)
        .odsCode("QXU", SINCE_2022)
        .gssCode("E54000052", DateRange.parse("2022-07-01", "2023-03-31"))
        .gssCode("E54000063", DateRange.from(LocalDate.of(2023, 4, 1)))
        .period(SINCE_2022).build());
    for (StructureKind k : StructureKind.values()) {
      b.add(structure(k));
    }
    b.add(Body.builder().id("committee").name("Committee").kind(BodyKind.COMMITTEE)
        .addOrganisations("icb").parent("board").level(Level.PLACE).place("place")
        .termsOfReference(TermsOfReference.builder().addFunctions("fn").addProgrammes("Urgent care", "Elective")
            .quorum(Quorum.builder().minimumVotingMembers(3).addRequiredPosts("chair").build())
            .decisionRule(DecisionRule.TWO_THIRDS_MAJORITY).document(Source.of("Terms of reference"))
            .build())
        .period(Y2022_2026).addSources(source()).build());
    b.add(Post.builder().id("observer").body("committee").title("Observer").role(PostRole.OBSERVER)
        .voting(false).exOfficio(true).seats(3).period(Y2022_2026).build());
    b.add(Person.builder().id("p2").name("Person Two").employment("icb", SINCE_2022)
        .employment("ft", DateRange.parse("2015-01-01", "2022-06-30"))
        .addDeclarations(Declaration.builder().description("Director of a supplier")
            .conflict(ConflictType.POTENTIAL).organisation("ft").period(SINCE_2022).build())
        .addDeclarations(Declaration.builder().description("Trustee of a local charity")
            .interestType(InterestType.NON_FINANCIAL_PERSONAL).period(SINCE_2022).build())
        .addSources(source()).build());
    b.add(Appointment.builder().id("a1").post("chair").person("p2").appointedBy("nhse")
        .addNominatedBy("la", "ft").approvedBy("region").termEnds(LocalDate.of(2025, 6, 30))
        .addDesignations(Designation.SENIOR_NON_EXECUTIVE, Designation.DEPUTY_CHAIR)
        .capacity(Capacity.INTERIM).period(SINCE_2022).build());
    b.add(StatutoryFunction.builder().id("fn2").name("Performance assessment").holder("nhse")
        .basis("NHS Act 2006 s.14Z59").delegable(false).period(SINCE_2022).addSources(source()).build());
    b.add(Delegation.builder().id("d1").delegator("board").delegate("committee").addFunctions("fn")
        .instrument(DelegationInstrument.S65Z5_DELEGATION).clause("SoRD 4.2")
        .addConditions("within budget", "report quarterly").financialLimit(new BigDecimal("2500000.50"))
        .addLimits(org.integratedcare.core.function.FinancialLimit.of(
            org.integratedcare.core.function.LimitCategory.CAPITAL, new BigDecimal("250000")))
        .addLimits(org.integratedcare.core.function.FinancialLimit.of(
            org.integratedcare.core.function.LimitCategory.LOSSES_AND_SPECIAL_PAYMENTS, new BigDecimal("50000")))
        .onwardDelegationAllowed(true).reportsTo("board").period(Y2022_2026).build());
    b.add(Delegation.builder().id("d-unsaid").delegator("board").delegate("committee").addFunctions("fn")
        .instrument(DelegationInstrument.SCHEME_OF_DELEGATION).period(Y2022_2026).build());
    for (MechanismKind k : MechanismKind.values()) {
      Mechanism m = mechanism(k);
      b.add(withId(m, "m-" + k.typeName()));
    }
    b.add(AccountabilityLink.builder().id("l1").giver("icb").holder("nhse")
        .direction(AccountabilityDirection.VERTICAL).basis(AccountabilityBasis.STATUTE)
        .citation("NHS Act 2006 s.14Z59").addFunctions("fn").period(SINCE_2022).build());
    b.add(AccountabilityLink.builder().id("l2").giver("ft").holder("trust")
        .direction(AccountabilityDirection.LATERAL).basis(AccountabilityBasis.AGREEMENT)
        .period(SINCE_2022).build());
    b.add(Meeting.builder().id("mtg").body("board").date(LocalDate.of(2025, 5, 14)).chairedBy("p1")
        .addAttendance(Attendance.of("p1", AttendanceKind.PRESENT))
        .addAttendance(Attendance.builder().person("p2").kind(AttendanceKind.SUBSTITUTE).substituteFor("p1").build())
        .addItems(AgendaItem.builder().number("1").title("Apologies").build())
        .addItems(AgendaItem.builder().number("7.2").title("Contract award")
            .addDeclarations(ItemDeclaration.builder().person("p2").conflict(ConflictType.ACTUAL)
                .description("Director of a bidder").management(ConflictManagement.WITHDREW).build())
            .decision(Decision.builder().motion("Award the contract").function("fn").addBinds("icb")
                .amount(new BigDecimal("3200000.00")).addVotes(Vote.of("p1", VoteChoice.FOR))
                .recordedFor(7).recordedAgainst(1).recordedAbstentions(0)
                .outcome(DecisionOutcome.CARRIED).build())
            .build())
        .addSources(source()).build());
    b.add(ChangeEvent.builder().id("ce2").kind(ChangeKind.BOUNDARY_CHANGE)
        .effectiveDate(LocalDate.of(2026, 4, 1)).addPredecessors("old").addSuccessors("icb")
        .addAreas(org.integratedcare.core.change.AreaMove.of("E06000001", "old", "icb"))
        .description("Boundary change").addSources(source()).build());
    b.add(ChangeEvent.builder().id("ce3").kind(ChangeKind.TRANSFER_OF_FUNCTIONS)
        .effectiveDate(LocalDate.of(2026, 10, 1)).addPredecessors("icb").addSuccessors("ft")
        .addTransfers(org.integratedcare.core.change.FunctionTransfer.of("icb", "ft", java.util.List.of("fn")))
        .transferredBy(org.integratedcare.core.change.TransferMeans.SCHEME).arrangementsCarryOver(true)
        .addSources(source()).build());
    b.add(ChangeEvent.builder().id("ce4").kind(ChangeKind.ABOLITION)
        .effectiveDate(LocalDate.of(2027, 4, 1)).addPredecessors("nhse").addSuccessors("region", "icb")
        .addTransfers(org.integratedcare.core.change.FunctionTransfer.ofAll("nhse", "region"))
        .addTransfers(org.integratedcare.core.change.FunctionTransfer.of("nhse", "icb", java.util.List.of("fn2")))
        .transferredBy(org.integratedcare.core.change.TransferMeans.STATUTE).arrangementsCarryOver(false)
        .addSources(Source.builder().document("Health Bill 2026").status(SourceStatus.BILL).build()).build());
    return b.build();
  }

  private static Mechanism withId(Mechanism m, String id) {
    switch (m.kind()) {
      case MEMORANDUM_OF_UNDERSTANDING:
        return MemorandumOfUnderstanding.builder().from((MemorandumOfUnderstanding) m).id(id).build();
      case FORMAL_DELEGATION:
        return FormalDelegation.builder().from((FormalDelegation) m).id(id).build();
      case CONTRACTUAL_ARRANGEMENT:
        return ContractualArrangement.builder().from((ContractualArrangement) m).id(id).build();
      case COMMITTEES_IN_COMMON:
        return CommitteesInCommon.builder().from((CommitteesInCommon) m).id(id).build();
      case JOINT_COMMITTEE:
        return JointCommittee.builder().from((JointCommittee) m).id(id).build();
      case JOINT_VENTURE:
        return JointVenture.builder().from((JointVenture) m).id(id).build();
      case MERGER_OR_ACQUISITION:
        return MergerOrAcquisition.builder().from((MergerOrAcquisition) m).id(id).build();
      case JOINT_VALUES_AND_INTENT:
      case OPEN_INFORMATION_SHARING:
      case SUBSIDIARITY:
        return SharedPrinciple.builder().from((SharedPrinciple) m).id(id).build();
      case CAUCUSING:
        return Caucus.builder().from((Caucus) m).id(id).build();
      case JOINT_POSTS:
        return JointAppointment.builder().from((JointAppointment) m).id(id).build();
      default:
        throw new AssertionError(m.kind());
    }
  }
}
