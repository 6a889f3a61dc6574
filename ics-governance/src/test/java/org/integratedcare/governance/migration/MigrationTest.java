package org.integratedcare.governance.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.governance.Scenarios;
import org.integratedcare.governance.authority.DecisionAuthority;
import org.integratedcare.governance.authority.Grant;
import org.integratedcare.governance.authority.GrantKind;
import org.integratedcare.governance.migration.MigrationEntry.Kind;
import org.integratedcare.governance.rules.RuleRunner;
import org.integratedcare.governance.rules.england.ReorganisationPack;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.io.ModelFormat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Scenario tests of {@link Migration}: what a reorganisation does to the arrangements recorded. */
class MigrationTest {
  private static final LocalDate BEFORE = LocalDate.of(2026, 3, 31);
  private static final LocalDate AFTER = LocalDate.of(2026, 6, 1);

  /** The scenario merger-then-migration.yaml. */
  @Nested
  class DelegationOrphanedByMergerThenMigrated {
    private final IcsModel model = Scenarios.load("merger-then-migration.yaml");

    @Test
    void beforeMigrating_theDelegationBindsOldABeforeTheMerger_andNothingAfter() {
      DecisionAuthority authority = DecisionAuthority.of(model);

      var before = authority.verdict("trust", "old-a-fn", "old-a", BEFORE);
      assertThat(before.isBinding()).as(before.sentence()).isTrue();
      assertThat(authority.verdict("trust", "old-a-fn", "new", AFTER).isBinding()).isFalse();
      assertThat(RuleRunner.builder().addPack(new ReorganisationPack()).build().run(model, AFTER).findings())
          .extracting(f -> f.ruleId(), f -> f.subject().id()).contains(
              tuple("england.reorganisation.delegation-party-ended", "old-a-to-trust"),
              tuple("england.reorganisation.body-of-ended-organisation", "old-ab-joint"));
    }

    @Test
    void asTheInstrumentStands_nothingIsRePointed_andTheSuccessorsDecisionsAreListed() {
      MigrationResult result = Migration.of(model).to(AFTER);

      assertThat(result.assumedCarryOver()).isFalse();
      assertThat(result.entries()).extracting(MigrationEntry::kind, MigrationEntry::record, MigrationEntry::party)
          .containsExactly(
              tuple(Kind.ORPHANED, "old-ab-joint", "old-a"),
              tuple(Kind.DECISION_REQUIRED, "old-ab-joint", "old-a"),
              tuple(Kind.DECISION_REQUIRED, "old-a-to-trust", "old-a"));
      assertThat(result.entries(Kind.DECISION_REQUIRED).get(1).sentence()).isEqualTo("NHS New ICB must decide"
          + " whether to make delegation old-a-to-trust (NHS Old A ICB to Shire Community Health NHS Foundation Trust, under s.65Z5 of"
          + " the NHS Act 2006) again in its own name under s.65Z5 of the NHS Act 2006: the merger 'merger-2026'"
          + " does not say whether arrangements made under the functions carry over, so it is not re-pointed"
          + " (migrate assuming carry-over where the instrument is silent to re-point it).");
      assertThat(result.entries(Kind.ORPHANED).get(0).sentence()).contains("a joint committee of one organisation"
          + " is not joint");
      assertThat(result.model().delegations()).isEqualTo(model.delegations());
    }

    @Test
    void assumingCarryOver_theDelegationIsRePointed_andTheTrustBindsNewIcb() {
      MigrationResult result = Migration.of(model).assumingCarryOverWhereUnsaid(true).to(AFTER);

      assertThat(result.entries(Kind.RE_POINTED)).singleElement().satisfies(e -> {
        assertThat(e.record()).isEqualTo("old-a-to-trust");
        assertThat(e.newRecord()).contains("old-a-to-trust-from-2026-04-01");
        assertThat(e.successors()).containsExactly("new");
        assertThat(e.event()).contains("merger-2026");
      });
      assertThat(result.entries(Kind.ORPHANED)).extracting(MigrationEntry::record).containsExactly("old-ab-joint");
      IcsModel migrated = result.model();
      assertThat(migrated.delegations()).extracting(Delegation::id, Delegation::delegator, d -> d.period().toString())
          .containsExactly(tuple("old-a-to-trust", "old-a", "2023-04-01..2026-03-31"),
              tuple("old-a-to-trust-from-2026-04-01", "new", "2026-04-01.."));

      DecisionAuthority authority = DecisionAuthority.of(migrated);
      var after = authority.verdict("trust", "old-a-fn", "new", AFTER);
      assertThat(after.isBinding()).as(after.sentence()).isTrue();
      assertThat(after.grants()).extracting(Grant::kind)
          .containsExactly(GrantKind.HELD_BY_LAW, GrantKind.SUCCESSION, GrantKind.DELEGATION);
      assertThat(authority.verdict("trust", "old-a-fn", "old-a", BEFORE).isBinding()).isTrue();
      assertThat(RuleRunner.builder().addPack(new ReorganisationPack()).build().run(migrated, AFTER)
          .findingsOf("england.reorganisation.delegation-party-ended")).isEmpty();
    }

    @Test
    void theMigratedModel_writesAndReadsBackTheSame() {
      IcsModel migrated = Migration.of(model).assumingCarryOverWhereUnsaid(true).to(AFTER).model();

      for (ModelFormat format : ModelFormat.values()) {
        assertThat(ModelFiles.read(ModelFiles.write(migrated, format), format)).isEqualTo(migrated);
      }
    }

    @Test
    void migratingToADateBeforeTheMerger_changesNothing() {
      MigrationResult result = Migration.of(model).to(BEFORE);

      assertThat(result.entries()).isEmpty();
      assertThat(result.model()).isEqualTo(model);
    }
  }

  // A boundary change moves an area unit from one continuing ICB to another (NHS England,
  // "Integrated care system boundary changes and mergers procedure").
  @Test
  void aBoundaryChange_movesTheUnitBetweenTheIcbsRecordedAreas() {
    IcsModel model = IcsModel.builder()
        .add(Scenarios.org("icb-a", org.integratedcare.core.organisation.OrganisationKind.INTEGRATED_CARE_BOARD, "NHS A ICB"))
        .add(Scenarios.org("icb-b", org.integratedcare.core.organisation.OrganisationKind.INTEGRATED_CARE_BOARD, "NHS B ICB"))
        .add(org.integratedcare.core.structure.Icb.builder().id("icb-a")
            .area(org.integratedcare.core.organisation.Area.of("E06000001", "E06000002")).period(Scenarios.FROM_ICB_DAY).build())
        .add(org.integratedcare.core.structure.Icb.builder().id("icb-b")
            .area(org.integratedcare.core.organisation.Area.of("E06000003")).period(Scenarios.FROM_ICB_DAY).build())
        .add(org.integratedcare.core.change.ChangeEvent.builder().id("boundary-2026")
            .kind(org.integratedcare.core.change.ChangeKind.BOUNDARY_CHANGE).effectiveDate(LocalDate.of(2026, 4, 1))
            .addSuccessors("icb-a", "icb-b")
            .addAreas(org.integratedcare.core.change.AreaMove.of("E06000002", "icb-a", "icb-b")).build())
        .build();

    MigrationResult result = Migration.of(model).to(AFTER);

    assertThat(result.model().structures()).extracting(s -> ((org.integratedcare.core.structure.Icb) s).area().units())
        .containsExactly(java.util.Set.of("E06000001"), java.util.Set.of("E06000003", "E06000002"));
    assertThat(result.entries()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(Kind.RE_POINTED);
      assertThat(e.sentence()).startsWith("Area unit E06000002 moved from NHS A ICB to NHS B ICB under the boundary"
          + " change 'boundary-2026' effective 1 April 2026");
    });
    assertThat(Migration.of(model).to(BEFORE).model()).isEqualTo(model);
  }

  /** The scenario nhs-england-abolished-with-successor.yaml. */
  @Nested
  class NhsEnglandAbolishedWithASuccessor {
    private final IcsModel model = Scenarios.load("nhs-england-abolished-with-successor.yaml");

    @Test
    void theIcbsLinkToNhsEngland_whoseFunctionsWentTwoWays_isLeftForAPersonToRecord() {
      MigrationResult result = Migration.of(model).to(LocalDate.of(2027, 6, 1));

      assertThat(result.entries()).singleElement().satisfies(e -> {
        assertThat(e.kind()).isEqualTo(Kind.DECISION_REQUIRED);
        assertThat(e.record()).isEqualTo("icb-to-nhse");
        assertThat(e.successors()).containsExactly("sos", "icb");
        assertThat(e.sentence()).endsWith("a person must record which of Secretary of State for Health and Social"
            + " Care and NHS Northshire ICB it now runs to (or list the functions it covers, so that the migration"
            + " can follow them).");
      });
      assertThat(result.model().accountabilityLinks()).isEqualTo(model.accountabilityLinks());
    }
  }
}
