package org.integratedcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean": the nearest known names to a mistyped one. */
class SuggestionsTest {
  private static final List<String> IDS = List.of(
      "north-exampleshire-place-committee", "south-exampleshire-place-committee", "riverton-place-committee",
      "icb-board", "icb-finance-committee", "fn-icb-commissioning");

  @Test
  void typo_findsTheIdNearestFirst() {
    assertThat(Suggestions.nearest("north-exampleshire-place-commitee", IDS))
        .containsExactly("north-exampleshire-place-committee");
  }

  @Test
  void partOfAnId_findsTheIdsThatContainIt() {
    assertThat(Suggestions.nearest("finance", IDS)).containsExactly("icb-finance-committee");
  }

  @Test
  void caseIsIgnored() {
    assertThat(Suggestions.nearest("ICB-BOARD", IDS)).containsExactly("icb-board");
  }

  @Test
  void nothingNear_suggestsNothing() {
    assertThat(Suggestions.nearest("parliament", IDS)).isEmpty();
  }

  @Test
  void atMostThree_andOnlyTheNearest() {
    List<String> ids = List.of("committee-a", "committee-b", "committee-c", "committee-d", "committee-long-name");

    assertThat(Suggestions.nearest("committee-x", ids)).containsExactly("committee-a", "committee-b", "committee-c");
  }

  @Test
  void distance_isLevenshtein() {
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("same", "same")).isZero();
  }

  @Test
  void orList_readsAsEnglish() {
    assertThat(Suggestions.orList(List.of("a"))).isEqualTo("'a'");
    assertThat(Suggestions.orList(List.of("a", "b", "c"))).isEqualTo("'a', 'b' or 'c'");
  }
}
