package org.integratedcare.governance.rules.england;

import static org.assertj.core.api.Assertions.assertThat;

import org.integratedcare.core.IcsModel;
import org.integratedcare.governance.rules.england.RecordCompleteness.Area;
import org.junit.jupiter.api.Test;

/** The completeness measure says what share of the record is there and what to collect next. */
class RecordCompletenessTest {

  @Test
  void declaredComplete_everythingCountsAsRecorded() {
    RecordCompleteness measure = RecordCompleteness.of(Northshire.sound().model(), Northshire.DATE);

    assertThat(measure.areas()).extracting(Area::name).containsExactly("Statutory seats",
        "Partnership memberships", "Delegations to committees", "Registers of interests");
    assertThat(measure.areas().get(0).percent()).isEqualTo(100);
    assertThat(measure.areas().get(0).missing()).isEmpty();
  }

  @Test
  void recordedInPart_namesEachSeatWhoseHolderIsNotRecorded() {
    IcsModel model = Northshire.sound().recordedInPart().without("a-post-pm-la", "a-post-icp-south").model();

    Area seats = RecordCompleteness.of(model, Northshire.DATE).areas().get(0);

    assertThat(seats.needed() - seats.recorded()).isEqualTo(2);
    assertThat(seats.missing()).containsExactly(
        "the board of ICB NHS Northshire Integrated Care Board (icb-n): who holds the partner member local authorities seat",
        "integrated care partnership Northshire Integrated Care Partnership: its member appointed by Southby Council (council-s)");
    assertThat(RecordCompleteness.of(model, Northshire.DATE).toText())
        .contains("Statutory seats: " + seats.recorded() + " of " + seats.needed() + " recorded")
        .contains("What to collect next:");
  }

  @Test
  void emptyModel_needsNothing() {
    RecordCompleteness measure = RecordCompleteness.of(IcsModel.empty(), Northshire.DATE);

    assertThat(measure.areas()).allSatisfy(a -> assertThat(a.percent()).isEqualTo(100));
    assertThat(measure.toText()).contains("Nothing the measure counts is missing.");
  }
}
