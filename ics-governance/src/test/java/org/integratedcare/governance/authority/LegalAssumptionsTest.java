package org.integratedcare.governance.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.integratedcare.core.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

/** The documented defaults of {@link LegalAssumptions} (NHS Act 2006 ss.65Z5 and 75; NHS England's s.65Z7 guidance). */
class LegalAssumptionsTest {

  // Relevant bodies per NHS England's s.65Z7 guidance: NHS England, ICBs, NHS trusts and foundation
  // trusts; private companies and voluntary organisations are not relevant bodies by default (no published list
  // includes them).
  @Test
  void defaults_allowS65z5DelegationOnlyToRelevantBodies() {
    LegalAssumptions a = LegalAssumptions.defaults();

    assertThat(a.s65z5Delegates()).containsExactlyInAnyOrder(OrganisationKind.NHS_ENGLAND,
        OrganisationKind.INTEGRATED_CARE_BOARD, OrganisationKind.NHS_TRUST, OrganisationKind.NHS_FOUNDATION_TRUST);
    assertThat(a.s65z5Delegates()).doesNotContain(OrganisationKind.VCSE_ORGANISATION,
        OrganisationKind.INDEPENDENT_PROVIDER);
    assertThat(a.s65z5JointExercisePartners()).contains(OrganisationKind.UNITARY_AUTHORITY,
        OrganisationKind.COMBINED_AUTHORITY);
    assertThat(a.s47aDelegators()).containsExactly(OrganisationKind.NHS_FOUNDATION_TRUST);
    assertThat(a.nonDelegableCoversInternalSchemes()).isTrue();
  }

  @Test
  void builder_changesOnlyWhatItIsTold() {
    LegalAssumptions changed = LegalAssumptions.defaults().toBuilder()
        .s75Partners(List.of(OrganisationKind.INTEGRATED_CARE_BOARD))
        .nonDelegableCoversInternalSchemes(false)
        .build();

    assertThat(changed.s75Partners()).containsExactly(OrganisationKind.INTEGRATED_CARE_BOARD);
    assertThat(changed.s65z5Delegates()).isEqualTo(LegalAssumptions.defaults().s65z5Delegates());
    assertThat(changed).isNotEqualTo(LegalAssumptions.defaults());
    assertThat(changed.toBuilder().build()).isEqualTo(changed).hasSameHashCodeAs(changed);
  }
}
