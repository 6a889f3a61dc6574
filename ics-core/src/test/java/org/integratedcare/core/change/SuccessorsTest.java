package org.integratedcare.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * How {@link Successors} follows a party through change events: merger, abolition with and
 * without successors, transfer of functions, and a party whose own period simply ends.
 */
class SuccessorsTest {
  private static final LocalDate APRIL_2026 = LocalDate.of(2026, 4, 1);
  private static final LocalDate OCTOBER_2026 = LocalDate.of(2026, 10, 1);
  private static final LocalDate APRIL_2027 = LocalDate.of(2027, 4, 1);
  private static final DateRange SINCE_2022 = DateRange.from(LocalDate.of(2022, 7, 1));

  private static Organisation icb(String id, DateRange period) {
    return Organisation.of(id, OrganisationKind.INTEGRATED_CARE_BOARD, "NHS " + id + " ICB", period);
  }

  private static StatutoryFunction fn(String id, String holder) {
    return StatutoryFunction.builder().id(id).name(id).holder(holder).period(SINCE_2022).build();
  }

  /** a and b merge into ab in April 2026; ab transfers fn-1 to c in October 2026; nhse is abolished in April 2027. */
  private static final IcsModel MODEL = IcsModel.builder()
      .add(icb("a", DateRange.of(LocalDate.of(2022, 7, 1), LocalDate.of(2026, 3, 31))))
      .add(icb("b", DateRange.of(LocalDate.of(2022, 7, 1), LocalDate.of(2026, 3, 31))))
      .add(icb("ab", DateRange.from(APRIL_2026)))
      .add(icb("c", SINCE_2022))
      .add(icb("lapsed", DateRange.of(LocalDate.of(2022, 7, 1), LocalDate.of(2025, 3, 31))))
      .add(Organisation.of("nhse", OrganisationKind.NHS_ENGLAND, "NHS England", SINCE_2022))
      .add(Organisation.of("sos", OrganisationKind.SECRETARY_OF_STATE, "Secretary of State", SINCE_2022))
      .add(fn("fn-1", "a")).add(fn("fn-2", "a")).add(fn("fn-nhse", "nhse")).add(fn("fn-left", "nhse"))
      .add(ChangeEvent.builder().id("merger").kind(ChangeKind.MERGER).effectiveDate(APRIL_2026)
          .addPredecessors("a", "b").addSuccessors("ab").build())
      .add(ChangeEvent.builder().id("transfer").kind(ChangeKind.TRANSFER_OF_FUNCTIONS).effectiveDate(OCTOBER_2026)
          .addPredecessors("ab").addSuccessors("c").addTransfers(FunctionTransfer.of("ab", "c", List.of("fn-1")))
          .transferredBy(TransferMeans.SCHEME).build())
      .add(ChangeEvent.builder().id("abolition").kind(ChangeKind.ABOLITION).effectiveDate(APRIL_2027)
          .addPredecessors("nhse").addSuccessors("sos")
          .addTransfers(FunctionTransfer.of("nhse", "sos", List.of("fn-nhse"))).build())
      .build();

  private final Successors successors = Successors.of(MODEL);

  @Test
  void beforeAnyEvent_thePartyHoldsItsOwnFunctions() {
    Resolution r = successors.resolve("a", "fn-1", APRIL_2026.minusDays(1));

    assertThat(r.isUnchanged()).isTrue();
    assertThat(r.holders()).containsOnlyKeys("a");
  }

  @Test
  void afterAMerger_theSuccessorHolds_withTheEventFollowed() {
    Resolution r = successors.resolve("a", "fn-2", APRIL_2027);

    assertThat(r.holders()).containsOnlyKeys("ab");
    assertThat(r.holders().get("ab")).extracting(s -> s.event().id(), Resolution.Step::from, Resolution.Step::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("merger", "a", "ab"));
    assertThat(r.isGap()).isFalse();
  }

  @Test
  void aTransferOfFunctions_movesOnlyTheFunctionsItLists_andTheTransferorContinues() {
    assertThat(successors.resolve("a", "fn-1", OCTOBER_2026).holders()).containsOnlyKeys("c");
    assertThat(successors.resolve("a", "fn-1", OCTOBER_2026).holders().get("c"))
        .extracting(s -> s.event().id()).containsExactly("merger", "transfer");
    assertThat(successors.resolve("a", "fn-2", OCTOBER_2026).holders()).containsOnlyKeys("ab");
    assertThat(successors.resolve("ab", null, OCTOBER_2026).isUnchanged()).isTrue();
    assertThat(successors.resolve("ab", "fn-1", OCTOBER_2026.minusDays(1)).isUnchanged()).isTrue();
  }

  @Test
  void anAbolitionWithASuccessor_passesTheFunctionsItRoutes_andEndsTheRestInAGap() {
    assertThat(successors.resolve("nhse", "fn-nhse", APRIL_2027).holders()).containsOnlyKeys("sos");

    Resolution left = successors.resolve("nhse", "fn-left", APRIL_2027);
    assertThat(left.isGap()).isTrue();
    assertThat(left.ended()).singleElement().satisfies(e -> {
      assertThat(e.party()).isEqualTo("nhse");
      assertThat(e.lastDay()).isEqualTo(APRIL_2027.minusDays(1));
      assertThat(e.event()).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo("abolition"));
    });
    assertThat(successors.resolve("nhse", null, APRIL_2027).holders()).as("the party as a whole")
        .containsOnlyKeys("sos");
  }

  @Test
  void aPartyWhosePeriodEnded_withNoEvent_isAGapNamingItsLastDay() {
    Resolution r = successors.resolve("lapsed", null, APRIL_2026);

    assertThat(r.isGap()).isTrue();
    assertThat(r.ended()).singleElement().satisfies(e -> {
      assertThat(e.lastDay()).isEqualTo(LocalDate.of(2025, 3, 31));
      assertThat(e.event()).isEmpty();
    });
  }

  @Test
  void passingOn_listsTheEventsThatMoveAPartysFunctions() {
    assertThat(successors.passingOn("a", null, APRIL_2027)).extracting(ChangeEvent::id).containsExactly("merger");
    assertThat(successors.passingOn("ab", "fn-1", APRIL_2027)).extracting(ChangeEvent::id).containsExactly("transfer");
    assertThat(successors.passingOn("ab", null, APRIL_2027)).isEmpty();
  }

  @Test
  void shapeRules_areCheckedWhenTheEventIsBuilt() {
    assertThatThrownBy(() -> ChangeEvent.builder().id("t").kind(ChangeKind.TRANSFER_OF_FUNCTIONS)
        .effectiveDate(APRIL_2027).addPredecessors("a").addSuccessors("b").build())
        .hasMessageContaining("which functions pass in transfers");
    assertThatThrownBy(() -> ChangeEvent.builder().id("m").kind(ChangeKind.MERGER).effectiveDate(APRIL_2027)
        .addPredecessors("a").addSuccessors("b").addAreas(AreaMove.of("E06000001", "a", "b")).build())
        .hasMessageContaining("only a boundary change can");
    assertThatThrownBy(() -> ChangeEvent.builder().id("x").kind(ChangeKind.ABOLITION).effectiveDate(APRIL_2027)
        .addPredecessors("a").arrangementsCarryOver(true).build())
        .hasMessageContaining("passes no functions on");
    assertThatThrownBy(() -> FunctionTransfer.of("a", "a", List.of("fn")))
        .hasMessageContaining("to itself");
  }
}
