package org.integratedcare.governance.reform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.integratedcare.governance.Scenarios.delegation;
import static org.integratedcare.governance.Scenarios.function;
import static org.integratedcare.governance.Scenarios.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Source;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.change.FunctionTransfer;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

/** Applying a reform's changes to a model: who takes an abolished organisation's functions. */
class ReformScenarioTest {
  private static final LocalDate EFFECTIVE = LocalDate.of(2027, 4, 1);
  private static final Source BILL = Source.builder().document("Health Bill 2026 (as introduced)")
      .status(SourceStatus.BILL).build();
  private static final ReformScenario ABOLISH_NHSE = new ReformScenario("bill", "A bill", List.of(
      new ReformChange.Abolition("nhse-abolished", "NHS England abolished", OrganisationKind.NHS_ENGLAND,
          Optional.of(OrganisationKind.SECRETARY_OF_STATE), true, BILL)));

  @Test
  void aFunctionDelegatedToEveryIcb_passesToEachOfThem_theRestToTheSecretaryOfState() {
    IcsModel model = IcsModel.builder()
        .add(org("nhse", OrganisationKind.NHS_ENGLAND, "NHS England"))
        .add(org("icb-a", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS A ICB"))
        .add(org("icb-b", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS B ICB"))
        .add(function("primary-care", "Primary medical services", "nhse"))
        .add(function("assessment", "Annual assessment of ICBs", "nhse"))
        .add(delegation("d-a", "nhse", "icb-a", DelegationInstrument.S65Z5_DELEGATION, "primary-care").build())
        .add(delegation("d-b", "nhse", "icb-b", DelegationInstrument.S65Z5_DELEGATION, "primary-care").build())
        .build();

    ReformScenario.Applied applied = ABOLISH_NHSE.apply(model, EFFECTIVE);

    ChangeEvent event = applied.model().changeEvents().get(0);
    assertThat(event.id()).isEqualTo("bill-nhse-abolished-nhse");
    assertThat(event.effectiveDate()).isEqualTo(EFFECTIVE);
    assertThat(event.sources()).containsExactly(BILL);
    assertThat(event.transfers()).containsExactly(
        FunctionTransfer.of("nhse", "icb-a", List.of("primary-care")),
        FunctionTransfer.of("nhse", "icb-b", List.of("primary-care")),
        FunctionTransfer.of("nhse", "bill-secretary-of-state", List.of("assessment")));
    assertThat(applied.model().organisation("bill-secretary-of-state")).hasValueSatisfying(o -> {
      assertThat(o.kind()).isEqualTo(OrganisationKind.SECRETARY_OF_STATE);
      assertThat(o.period().start()).isEqualTo(EFFECTIVE);
      assertThat(o.sources()).containsExactly(BILL);
    });
    assertThat(applied.applied()).singleElement().extracting(ReformScenario.AppliedChange::sentence)
        .isEqualTo("NHS England abolished from 1 April 2027: NHS England abolished: 1 function to NHS A ICB; "
            + "1 function to NHS B ICB; 1 function to the Secretary of State (Health Bill 2026 (as introduced); bill).");
  }

  @Test
  void noOrganisationOfTheKind_changesNothing_andSaysSo() {
    IcsModel model = IcsModel.builder().add(org("icb-a", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS A ICB")).build();

    ReformScenario.Applied applied = ABOLISH_NHSE.apply(model, EFFECTIVE);

    assertThat(applied.model().changeEvents()).isEmpty();
    assertThat(applied.applied()).singleElement().extracting(ReformScenario.AppliedChange::sentence).asString()
        .contains("the model records no nhs england organisation in force on 31 March 2027, so nothing changes");
  }

  @Test
  void scenario_withoutChangesOrWithTwoOfOneId_isRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ReformScenario("x", "X", List.of()));
    ReformChange c = ABOLISH_NHSE.changes().get(0);
    assertThatIllegalArgumentException().isThrownBy(() -> new ReformScenario("x", "X", List.of(c, c)))
        .withMessage("scenario 'x' has two changes with the id 'nhse-abolished'");
  }
}
