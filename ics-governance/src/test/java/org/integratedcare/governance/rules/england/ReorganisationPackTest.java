package org.integratedcare.governance.rules.england;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.governance.Scenarios;
import org.integratedcare.governance.migration.Migration;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;
import org.integratedcare.governance.rules.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a reorganisation leaves behind when records are not re-papered. */
class ReorganisationPackTest {
  private static final String PERIOD = "england.reorganisation.period-outside-party";

  private static RuleReport run(IcsModel model, LocalDate date) {
    return RuleRunner.builder().addPack(new ReorganisationPack()).build().run(model, date);
  }

  @Test
  void soundSystem_hasNothingLeftBehind() {
    assertThat(run(Northshire.sound().model(), Northshire.DATE).findings()).isEmpty();
  }

  // An abolition that names a successor for the function delegated: the finding names the successor
  // the abolition routes that function to (Health Bill 2026, a Bill: NHS England's functions pass to
  // the Secretary of State and ICBs).
  @Test
  void delegationOfAnAbolishedBody_namesTheSuccessorTheAbolitionRoutesItsFunctionsTo() {
    LocalDate abolition = LocalDate.of(2027, 4, 1);
    IcsModel model = IcsModel.builder()
        .add(org.integratedcare.core.organisation.Organisation.of("nhse",
            org.integratedcare.core.organisation.OrganisationKind.NHS_ENGLAND, "NHS England",
            org.integratedcare.core.time.DateRange.of(LocalDate.of(2022, 7, 1), abolition.minusDays(1))))
        .add(Scenarios.org("sos", org.integratedcare.core.organisation.OrganisationKind.SECRETARY_OF_STATE,
            "Secretary of State"))
        .add(Scenarios.org("icb", org.integratedcare.core.organisation.OrganisationKind.INTEGRATED_CARE_BOARD,
            "NHS Northshire ICB"))
        .add(Scenarios.function("pms", "Primary medical services", "nhse"))
        .add(Scenarios.delegation("d-pms", "nhse", "icb",
            org.integratedcare.core.function.DelegationInstrument.S65Z5_DELEGATION, "pms").build())
        .add(org.integratedcare.core.change.ChangeEvent.builder().id("nhse-abolished")
            .kind(org.integratedcare.core.change.ChangeKind.ABOLITION).effectiveDate(abolition)
            .addPredecessors("nhse").addSuccessors("sos", "icb")
            .addTransfers(org.integratedcare.core.change.FunctionTransfer.of("nhse", "icb", java.util.List.of("pms")))
            .addTransfers(org.integratedcare.core.change.FunctionTransfer.ofAll("nhse", "sos")).build())
        .build();

    RuleReport report = run(model, abolition.plusMonths(2));

    assertThat(report.findingsOf("england.reorganisation.delegation-party-ended")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("NHS England (nhse) ceased to exist after 31 March 2027;"
            + " its functions passed to NHS Northshire ICB (icb) and Secretary of State (sos) (abolition"
            + " nhse-abolished, effective 2027-04-01)"));
  }

  /** The scenario reorganisation-leftovers.yaml. */
  @org.junit.jupiter.api.Nested
  class MergerLeftovers {
    private final IcsModel model = Scenarios.load("reorganisation-leftovers.yaml");

    private RuleReport run(LocalDate date) {
      return ReorganisationPackTest.run(model, date);
    }

  @Test
  void beforeTheMerger_nothingIsLeftBehindOnTheDate_butTheRecordsThatRunOnAreReportedWhateverTheDate() {
    RuleReport report = run(LocalDate.of(2026, 3, 31));

    assertThat(report.findings()).allSatisfy(f -> assertThat(f.ruleId()).isEqualTo(PERIOD));
    assertThat(report.findings()).extracting(f -> f.subject().id(), f -> f.evidence().get(1))
        .containsExactlyInAnyOrder(tuple("old-ab-joint", "old-a"), tuple("old-ab-joint", "old-b"),
            tuple("old-a-to-council", "old-a"), tuple("mou-old-a-council", "old-a"),
            tuple("quality-chair", "old-a-quality"));
    assertThat(run(LocalDate.of(2026, 6, 1)).findingsOf(PERIOD)).isEqualTo(report.findings());
  }

  @Test
  void afterTheMerger_eachArrangementOfThePredecessorsIsReported_withTheSuccessor() {
    RuleReport report = run(LocalDate.of(2026, 6, 1));

    assertThat(report.findings()).filteredOn(f -> !f.ruleId().equals(PERIOD)).extracting(Finding::severity, Finding::ruleId, f -> f.subject().id())
        .containsExactlyInAnyOrder(
            tuple(Severity.WARNING, "england.reorganisation.delegation-party-ended", "old-a-to-council"),
            tuple(Severity.WARNING, "england.reorganisation.mechanism-party-ended", "mou-old-a-council"),
            tuple(Severity.WARNING, "england.reorganisation.body-of-ended-organisation", "old-ab-joint"),
            tuple(Severity.WARNING, "england.reorganisation.body-of-ended-organisation", "old-ab-joint"),
            tuple(Severity.WARNING, "england.reorganisation.post-held-on-ended-body", "a-quality-chair"));
    assertThat(report.findingsOf("england.reorganisation.delegation-party-ended")).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("Delegation old-a-to-council is recorded in force on"
            + " 2026-06-01, but NHS Old A ICB (old-a) ceased to exist after 31 March 2026; its functions passed"
            + " to NHS New ICB (new) (merger merger-2026, effective 2026-04-01): it has no effect as recorded."
            + " End it, or make it again in the name of the body that now holds the functions (re-making a"
            + " delegation is that body's decision)."));
  }
  }

  // NHS England's abolition is recorded from the Health Bill 2026, a Bill and not law: the finding
  // on the ICB's open line to NHS England names the successor and says the change rests on a bill.
  @Test
  void aPartyEndedOnlyByABill_theFindingSaysTheChangeIsRecordedFromABill() {
    IcsModel model = Scenarios.load("nhs-england-abolished-with-successor.yaml");

    assertThat(run(model, LocalDate.of(2026, 6, 1)).findingsOf(PERIOD)).singleElement().satisfies(f -> {
      assertThat(f.subject().id()).isEqualTo("icb-to-nhse");
      assertThat(f.message()).contains("NHS England (nhse) ceased to exist after 31 March 2027; its functions"
          + " passed to", "(abolition nhse-abolished, effective 2027-04-01), a change recorded from sources of"
          + " status bill:");
    });
  }

  /** The scenario record-period-outside-party.yaml. */
  @Nested
  class RecordPeriodOutsideParty {
    private final IcsModel model = Scenarios.load("record-period-outside-party.yaml");

    @ParameterizedTest
    @ValueSource(strings = {"2021-06-01", "2023-01-01", "2026-03-31", "2026-06-01"})
    void whateverTheDateAsked_theSameRecordsAreReported(String date) {
      RuleReport report = run(model, LocalDate.parse(date));

      assertThat(report.findingsOf(PERIOD)).extracting(Finding::severity, f -> f.subject().id(),
              f -> f.evidence().get(1))
          .containsExactlyInAnyOrder(
              tuple(Severity.WARNING, "north-to-trust", "north"),
              tuple(Severity.WARNING, "north-south-jc", "north"),
              tuple(Severity.WARNING, "north-south-jc", "south"),
              tuple(Severity.GAP, "mou-south-council", "south"));
    }

    @Test
    void aRecordStartingBeforeItsPartyExisted_givesBothPeriods_andThePartysPredecessor() {
      assertThat(findingOn("north-to-trust").message()).isEqualTo("Delegation north-to-trust is recorded from"
          + " 1 April 2021 to 31 March 2026, but NHS Northvale ICB (north) came into being only on 1 July 2022;"
          + " it took over from NHS Vale CCG (vale-ccg) (abolition ccg-to-icb-2022, effective 2022-07-01): the"
          + " record cannot have been made by or for it before then. Start the record no earlier than"
          + " 1 July 2022, and record the arrangement of the body that held the functions before as a record"
          + " of its own.");
      assertThat(findingOn("north-to-trust").subject().path()).isEqualTo("delegations[0]");
    }

    @Test
    void aRecordRunningOnAfterItsPartyEnded_namesTheSuccessorThatTookItsFunctions() {
      assertThat(run(model, LocalDate.of(2026, 6, 1)).findingsOf(PERIOD)).filteredOn(f -> f.evidence().contains("south"))
          .filteredOn(f -> f.subject().id().equals("north-south-jc")).singleElement()
          .satisfies(f -> assertThat(f.message()).isEqualTo("Northvale and Southvale joint committee"
              + " (north-south-jc) is recorded from 1 April 2023 with no end, but NHS Southvale ICB (south) ceased"
              + " to exist after 31 March 2026; its functions passed to NHS Vale ICB (vale) (merger merger-2026,"
              + " effective 2026-04-01): the record cannot be exercised by or for it after then. End the record no"
              + " later than 31 March 2026, and if the arrangement carries on, record it again in the successor's"
              + " name from the day after (ics migrate does both where the change carries arrangements over)."));
    }

    @Test
    void aYearThatMayFallBeforeOrAfterThePartysFirstDay_isAGap_notAWarning() {
      Finding gap = findingOn("mou-south-council");

      assertThat(gap.severity()).isEqualTo(Severity.GAP);
      assertThat(gap.message()).contains("is recorded from 2022 to 31 March 2026, and NHS Southvale ICB (south)"
          + " came into being on 1 July 2022: the dates recorded cannot tell");
    }

    @Test
    void aMonthGivenForBothTheRecordAndItsParty_isReadAsBeginningTogether() {
      assertThat(run(model, LocalDate.of(2026, 6, 1)).findingsOf(PERIOD)).extracting(f -> f.subject().id())
          .doesNotContain("vale-quality", "vale-quality-chair", "a-quality-chair", "l-trust-south", "l-trust-vale");
    }

    private Finding findingOn(String id) {
      return run(model, LocalDate.of(2026, 6, 1)).findingsOf(PERIOD).stream()
          .filter(f -> f.subject().id().equals(id)).findFirst().orElseThrow();
    }
  }

  /** The scenario merger-then-migration.yaml, migrated as {@code ics migrate} would. */
  @Nested
  class AfterMigration {
    private final IcsModel model = Scenarios.load("merger-then-migration.yaml");

    @Test
    void migratingWithCarryOver_leavesNoRePointedRecordOutsideItsPartiesPeriods() {
      IcsModel migrated = Migration.of(model).assumingCarryOverWhereUnsaid(true).to(LocalDate.of(2026, 6, 1)).model();

      // The delegation ends on Old A's last day and its successor record starts on New ICB's first.
      // The joint committee is left as it was: migration reports it orphaned (a committee of one
      // organisation is not joint), and this rule still reports it until someone ends it.
      assertThat(run(migrated, LocalDate.of(2026, 6, 1)).findingsOf(PERIOD)).extracting(f -> f.subject().id())
          .containsOnly("old-ab-joint");
      assertThat(run(model, LocalDate.of(2026, 6, 1)).findingsOf(PERIOD)).extracting(f -> f.subject().id())
          .contains("old-a-to-trust", "old-ab-joint");
    }
  }
}
