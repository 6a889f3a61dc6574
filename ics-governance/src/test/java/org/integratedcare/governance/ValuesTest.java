package org.integratedcare.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.integratedcare.governance.accountability.AccountabilityCycle;
import org.integratedcare.governance.authority.AuthorityAnswer;
import org.integratedcare.governance.authority.AuthorityQuery;
import org.integratedcare.governance.authority.Outcome;
import org.integratedcare.governance.authority.Reason;
import org.integratedcare.governance.authority.ReasonKind;
import org.integratedcare.governance.authority.Verdict;
import static org.integratedcare.governance.Scenarios.TODAY;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Invariants of the answer values: bad arguments fail at construction with a clear message. */
class ValuesTest {

  @Test
  void authorityQuery_withoutOrganisations_rejected() {
    assertThatThrownBy(() -> AuthorityQuery.of("board", "fn", TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an authority query must name at least one organisation");
  }

  @Test
  void authorityQuery_withNegativeAmount_rejected() {
    assertThatThrownBy(() -> AuthorityQuery.of("board", "fn", TODAY, "icb").withAmount(new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount: a sum of money must not be negative");
  }

  @Test
  void authorityQuery_withBlankId_rejected() {
    assertThatThrownBy(() -> AuthorityQuery.of(" ", "fn", TODAY, "icb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decider id must not be blank");
  }

  @Test
  void authorityQuery_dropsRepeatedOrganisationsKeepingOrder() {
    assertThat(AuthorityQuery.of("board", "fn", TODAY, "b", "a", "b").organisations()).containsExactly("b", "a");
  }

  @Test
  void verdict_bindingWithoutGrants_rejected() {
    assertThatThrownBy(() -> new Verdict("icb", Outcome.BINDING, Optional.of("fn"), List.of(), List.of(), List.of(),
        Optional.empty(), Optional.empty(), "It binds."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a binding verdict needs a path of grants and no reasons");
  }

  @Test
  void verdict_notBindingWithoutReason_rejected() {
    assertThatThrownBy(() -> new Verdict("icb", Outcome.NO_AUTHORITY, Optional.of("fn"), List.of(), List.of(),
        List.of(), Optional.empty(), Optional.empty(), "It does not bind."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a verdict that does not bind needs at least one reason");
  }

  @Test
  void reason_withBlankSentence_rejected() {
    assertThatThrownBy(() -> new Reason(ReasonKind.EXPIRED, "d1", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void answer_mustMatchTheOrganisationsAsked() {
    AuthorityQuery q = AuthorityQuery.of("board", "fn", TODAY, "icb");
    Verdict other = new Verdict("trust", Outcome.NO_AUTHORITY, Optional.empty(), List.of(),
        List.of(new Reason(ReasonKind.NOT_HOLDER, "trust", "The trust does not hold it.")), List.of(),
        Optional.empty(), Optional.empty(), "No.");

    assertThatThrownBy(() -> new AuthorityAnswer(q, List.of(other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[trust]").hasMessageContaining("[icb]");
  }

  @Test
  void cycle_withOneMember_rejected() {
    assertThatThrownBy(() -> new AccountabilityCycle(List.of("a"), List.of(), "A circle."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a cycle has at least two members");
  }
}
