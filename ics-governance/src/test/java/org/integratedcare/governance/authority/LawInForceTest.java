package org.integratedcare.governance.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.governance.Scenarios;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** An answer says when it rests on a fact that is not law in force, and can be asked under the law in force only. */
class LawInForceTest {
  private static final LocalDate AFTER = LocalDate.of(2027, 4, 2);
  private static final LocalDate BEFORE = LocalDate.of(2027, 3, 31);

  /** health-bill-nhs-england-functions.yaml. */
  @Nested
  class HealthBillTransfersNhsEnglandsFunctions {
    private final IcsModel model = Scenarios.load("health-bill-nhs-england-functions.yaml");
    private final DecisionAuthority recorded = DecisionAuthority.of(model);
    private final DecisionAuthority inForce = recorded.lawInForceOnly();

    @Test
    void asRecorded_theSecretaryOfStateBinds_restingOnTheBill() {
      Verdict v = recorded.verdict("sos", "specialised", "sos", AFTER);

      assertThat(v.outcome()).isEqualTo(Outcome.BINDING);
      assertThat(v.restsOn()).singleElement().satisfies(n -> {
        assertThat(n.record()).isEqualTo("hb-nhse-to-sos");
        assertThat(n.status()).isEqualTo(SourceStatus.BILL);
        assertThat(n.source()).isEqualTo("Health Bill 2026 (as introduced)");
      });
      assertThat(v.restsOnFactsNotInForce()).isTrue();
      assertThat(v.status()).isEqualTo(SourceStatus.BILL);
      assertThat(v.setAside()).isEmpty();
      assertThat(v.sentence()).endsWith(" This rests on acquisition 'hb-nhse-to-sos', which stands only on "
          + "Health Bill 2026 (as introduced) (bill), not law on 2 April 2027.");
    }

    @Test
    void lawInForceOnly_theChangeIsSetAside_andNhsEnglandsBoardBinds() {
      Verdict sos = inForce.verdict("sos", "specialised", "sos", AFTER);
      Verdict board = inForce.verdict("nhse-board", "specialised", "nhse", AFTER);

      assertThat(inForce.isLawInForceOnly()).isTrue();
      assertThat(sos.outcome()).isNotEqualTo(Outcome.BINDING);
      assertThat(sos.setAside()).extracting(StatusNote::record).containsExactly("hb-nhse-to-sos");
      assertThat(sos.sentence()).contains("Under the law in force only, set aside: acquisition 'hb-nhse-to-sos' "
          + "effective 1 April 2027, which stands only on Health Bill 2026 (as introduced) (bill).");
      assertThat(board.outcome()).isEqualTo(Outcome.BINDING);
      assertThat(board.restsOn()).isEmpty();
      assertThat(board.status()).isEqualTo(SourceStatus.IN_FORCE);
      assertThat(board.setAside()).extracting(StatusNote::record).containsExactly("hb-nhse-to-sos");
    }

    @Test
    void beforeTheChange_nhsEnglandsBoardBindsEitherWay_andNothingRestsOnTheBill() {
      for (DecisionAuthority authority : new DecisionAuthority[] {recorded, inForce}) {
        Verdict board = authority.verdict("nhse-board", "specialised", "nhse", BEFORE);

        assertThat(board.outcome()).isEqualTo(Outcome.BINDING);
        assertThat(board.restsOn()).isEmpty();
      }
    }

    @Test
    void lawInForceOnly_keepsAModelWithNoFactsOfABill_asItIs() {
      IcsModel plain = Scenarios.load("merger-of-two-icbs.yaml");
      DecisionAuthority authority = DecisionAuthority.of(plain);

      assertThat(authority.lawInForceOnly().model()).isSameAs(plain);
    }
  }
}
