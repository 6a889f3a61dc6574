package org.integratedcare.governance.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.governance.Scenarios;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What a board paper approving a revised scheme, or a merger, should say changed. */
class ModelDiffTest {
  private static final LocalDate REVISION_DAY = LocalDate.of(2026, 4, 1);

  /** sord-revision-current.yaml against sord-revision-revised.yaml on 1 April 2026. */
  @Nested
  class RevisedSchemeOfDelegation {
    private final ModelDiff diff = ModelDiff.between(Scenarios.load("sord-revision-current.yaml"),
        Scenarios.load("sord-revision-revised.yaml"), REVISION_DAY);

    @Test
    void raisedLimit_isAChangedDelegationInDomainWords() {
      assertThat(diff.records()).filteredOn(c -> c.id().equals("d-7")).singleElement().satisfies(c -> {
        assertThat(c.kind()).isEqualTo(RecordChangeKind.CHANGED);
        assertThat(c.label()).isEqualTo("delegation 'd-7' from Midshire ICB Board to Finance Committee");
        assertThat(c.fields()).containsExactly(
            new FieldChange("clause", "SoRD 4.2", "SoRD 4.3"),
            new FieldChange("financialLimit", "£5,000,000", "£10,000,000"));
        assertThat(c.sentence()).isEqualTo("Delegation 'd-7' from Midshire ICB Board to Finance Committee: "
            + "clause SoRD 4.2 -> SoRD 4.3; financial limit £5,000,000 -> £10,000,000.");
      });
    }

    @Test
    void delegationToTheChiefExecutive_removed_andTheNewCommitteeWithItsDelegation_added() {
      assertThat(diff.records()).extracting(RecordChange::kind, RecordChange::id).containsExactlyInAnyOrder(
          org.assertj.core.groups.Tuple.tuple(RecordChangeKind.REMOVED, "d-8"),
          org.assertj.core.groups.Tuple.tuple(RecordChangeKind.ADDED, "community-committee"),
          org.assertj.core.groups.Tuple.tuple(RecordChangeKind.CHANGED, "d-7"),
          org.assertj.core.groups.Tuple.tuple(RecordChangeKind.ADDED, "d-9"));
      assertThat(diff.records()).filteredOn(c -> c.id().equals("d-8")).singleElement()
          .extracting(RecordChange::sentence)
          .isEqualTo("Delegation 'd-8' from Midshire ICB Board to Chief executive of Midshire ICB Board removed.");
      assertThat(diff.records()).filteredOn(c -> c.id().equals("community-committee")).singleElement()
          .extracting(RecordChange::sentence)
          .isEqualTo("Body 'Community Services Committee' added, from 1 April 2026.");
    }

    @Test
    void whoMayDecide_changesFromTheChiefExecutiveToTheCommittee_andTheFinanceCommitteesLimitRises() {
      assertThat(diff.authority()).filteredOn(a -> a.function().equals("community")).singleElement()
          .satisfies(a -> {
            assertThat(a.before().binding()).contains("Chief executive of Midshire ICB Board")
                .doesNotContain("Community Services Committee");
            assertThat(a.after().binding()).contains("Community Services Committee")
                .doesNotContain("Chief executive of Midshire ICB Board");
          });
      assertThat(diff.authority()).filteredOn(a -> a.function().equals("commissioning")).singleElement()
          .satisfies(a -> {
            assertThat(a.before().binding()).contains("Finance Committee (up to £5,000,000)");
            assertThat(a.after().binding()).contains("Finance Committee (up to £10,000,000)");
            assertThat(a.sentence()).startsWith("Who may decide on Commissioning of health services: binding ");
          });
    }

    @Test
    void isNotEmpty_andNamesBothVersionsAndTheDate() {
      assertThat(diff.isEmpty()).isFalse();
      assertThat(diff.beforeName()).hasValue("Midshire ICB scheme of delegation");
      assertThat(diff.afterName()).hasValue("Midshire ICB scheme of delegation (revised 2026)");
      assertThat(diff.beforeDate()).isEqualTo(REVISION_DAY);
      assertThat(diff.afterDate()).isEqualTo(REVISION_DAY);
    }
  }

  /** A model compared with itself. */
  @Nested
  class IdenticalModels {
    @Test
    void sameModelSameDate_noChanges() {
      IcsModel model = Scenarios.load("sord-revision-current.yaml");

      ModelDiff diff = ModelDiff.between(model, Scenarios.load("sord-revision-current.yaml"), REVISION_DAY);

      assertThat(diff.isEmpty()).isTrue();
      assertThat(diff.records()).isEmpty();
      assertThat(diff.authority()).isEmpty();
      assertThat(diff.chains()).isEmpty();
      assertThat(diff.findings()).isEmpty();
    }

    @Test
    void nullArguments_rejected() {
      IcsModel model = IcsModel.empty();
      assertThatNullPointerException().isThrownBy(() -> ModelDiff.between(null, model, REVISION_DAY));
      assertThatNullPointerException().isThrownBy(() -> ModelDiff.between(model, null, REVISION_DAY));
      assertThatNullPointerException().isThrownBy(() -> ModelDiff.between(model, model, null));
    }
  }

  /** merger-of-two-icbs.yaml on 31 March and on 1 April 2026. */
  @Nested
  class OneFileAcrossAMerger {
    private final IcsModel model = Scenarios.load("merger-of-two-icbs.yaml");
    private final ModelDiff diff = ModelDiff.between(model, Scenarios.MERGER_DAY.minusDays(1), model,
        Scenarios.MERGER_DAY);

    @Test
    void mergerTookEffect_oldIcbsEnded_newIcbCameIntoForce() {
      assertThat(diff.records()).extracting(RecordChange::kind, RecordChange::id).containsExactlyInAnyOrder(
          org.assertj.core.groups.Tuple.tuple(RecordChangeKind.ENDED, "old-a"),
          org.assertj.core.groups.Tuple.tuple(RecordChangeKind.ENDED, "old-b"),
          org.assertj.core.groups.Tuple.tuple(RecordChangeKind.CAME_INTO_FORCE, "new"),
          org.assertj.core.groups.Tuple.tuple(RecordChangeKind.ENDED, "old-a-board"),
          org.assertj.core.groups.Tuple.tuple(RecordChangeKind.CAME_INTO_FORCE, "new-board"),
          org.assertj.core.groups.Tuple.tuple(RecordChangeKind.CAME_INTO_FORCE, "merger-mechanism"),
          org.assertj.core.groups.Tuple.tuple(RecordChangeKind.TOOK_EFFECT, "merger-2026"));
      assertThat(diff.records()).filteredOn(c -> c.id().equals("merger-2026")).singleElement()
          .extracting(RecordChange::sentence).isEqualTo("Merger 'merger-2026' took effect on 1 April 2026.");
    }

    @Test
    void jointForwardPlan_passesFromOldAsBoardToTheNewBoard() {
      assertThat(diff.authority()).singleElement().satisfies(a -> {
        assertThat(a.function()).isEqualTo("old-a-jfp");
        assertThat(a.before().organisations()).containsExactly("old-a");
        assertThat(a.after().organisations()).containsExactly("new");
        assertThat(a.before().binding()).contains("Old A ICB Board");
        assertThat(a.after().binding()).contains("New ICB Board").doesNotContain("Old A ICB Board");
      });
    }

    @Test
    void jointForwardPlan_isAnsweredForByTheNewIcb_saidOnceWhereItStarts() {
      assertThat(diff.chains()).filteredOn(c -> c.subject().equals("old-a-jfp")).singleElement()
          .satisfies(c -> assertThat(c.removed()).singleElement().asString()
              .startsWith("Joint forward plan is answered for by NHS Old A ICB, which holds it by law"));
      // the function's new line continues Old A's, so it is listed once, at Old A
      assertThat(diff.chains()).filteredOn(c -> c.subject().equals("old-a")).singleElement()
          .satisfies(c -> assertThat(c.added()).singleElement().asString()
              .startsWith("NHS New ICB answers for it as successor to NHS Old A ICB under the merger 'merger-2026'"));
    }

    @Test
    void findingsAboutTheStaleBoard_appear() {
      assertThat(diff.findings()).filteredOn(f -> f.kind() == FindingChange.Kind.APPEARED)
          .anySatisfy(f -> assertThat(f.finding().evidence()).contains("old-b-board"));
    }
  }
}
