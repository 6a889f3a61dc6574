package org.integratedcare.governance.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.change.ChangeKind;
import org.integratedcare.core.change.FunctionTransfer;
import org.integratedcare.core.change.TransferMeans;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.governance.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * Decision authority across a transfer of functions by scheme between two ICBs that both continue
 * (NHS Act 2006 s.14Z28, ICB transfer schemes, https://www.legislation.gov.uk/ukpga/2006/41/section/14Z28):
 * from the effective date the transferee holds the function transferred, and the transferor keeps
 * the rest.
 */
class TransferOfFunctionsTest {
  private static final LocalDate TRANSFER = LocalDate.of(2026, 10, 1);

  private final IcsModel model = IcsModel.builder()
      .add(Scenarios.org("icb-a", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS A ICB"))
      .add(Scenarios.org("icb-b", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS B ICB"))
      .add(Scenarios.body("board-a", "A ICB Board", BodyKind.UNITARY_BOARD, "icb-a"))
      .add(Scenarios.body("board-b", "B ICB Board", BodyKind.UNITARY_BOARD, "icb-b"))
      .add(Scenarios.function("fn-moved", "Community dental services", "icb-a"))
      .add(Scenarios.function("fn-kept", "Community nursing", "icb-a"))
      .add(ChangeEvent.builder().id("transfer-2026").kind(ChangeKind.TRANSFER_OF_FUNCTIONS).effectiveDate(TRANSFER)
          .addPredecessors("icb-a").addSuccessors("icb-b")
          .addTransfers(FunctionTransfer.of("icb-a", "icb-b", List.of("fn-moved")))
          .transferredBy(TransferMeans.SCHEME).build())
      .build();
  private final DecisionAuthority authority = DecisionAuthority.of(model);

  @Test
  void beforeTheTransfer_theTransferorsBoardDecidesBothFunctions() {
    LocalDate before = TRANSFER.minusDays(1);

    assertThat(authority.verdict("board-a", "fn-moved", "icb-a", before).isBinding()).isTrue();
    assertThat(authority.verdict("board-b", "fn-moved", "icb-b", before).isBinding()).isFalse();
  }

  @Test
  void fromTheTransfer_theTransfereeHoldsTheFunctionTransferred_bySuccession() {
    Verdict v = authority.verdict("board-b", "fn-moved", "icb-b", TRANSFER);

    assertThat(v.isBinding()).as(v.sentence()).isTrue();
    assertThat(v.grants()).extracting(Grant::kind)
        .containsExactly(GrantKind.HELD_BY_LAW, GrantKind.SUCCESSION, GrantKind.BOARD_OF_ORGANISATION);
    assertThat(v.grants().get(1).changeEvent()).contains("transfer-2026");
  }

  @Test
  void fromTheTransfer_theTransferorNoLongerHoldsIt_butKeepsTheRest() {
    Verdict moved = authority.verdict("board-a", "fn-moved", "icb-a", TRANSFER);

    assertThat(moved.outcome()).as(moved.sentence()).isEqualTo(Outcome.NOT_HOLDER);
    assertThat(authority.verdict("board-a", "fn-kept", "icb-a", TRANSFER).isBinding()).isTrue();
    assertThat(authority.verdict("board-b", "fn-kept", "icb-b", TRANSFER).isBinding()).isFalse();
  }
}
