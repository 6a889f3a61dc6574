package org.integratedcare.governance.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.mechanism.MechanismKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The legal effects table: one effect per mechanism and instrument, and the documentation in step with it. */
class LegalEffectsTest {

  @ParameterizedTest
  @EnumSource(MechanismKind.class)
  void everyMechanismKind_hasAnEffectWithABasis(MechanismKind kind) {
    MechanismEffect effect = LegalEffects.of(kind);

    assertThat(effect.kind()).isEqualTo(kind);
    assertCitesAPublicSource(effect.basis(), effect.status());
  }

  @ParameterizedTest
  @EnumSource(DelegationInstrument.class)
  void everyInstrument_hasABasisCitingAPublicSource(DelegationInstrument instrument) {
    InstrumentEffect effect = LegalEffects.of(instrument);

    assertCitesAPublicSource(effect.basis(), effect.status());
  }

  /** Who publishes the commentary and guidance a basis may rest on, by name. */
  private static final List<String> PUBLISHERS = List.of("NHS England", "NHS Providers", "Mills & Reeve",
      "Browne Jacobson", "Capsticks", "Good Governance Institute", "partnership guidance");

  /**
   * A basis a reader can look up: a statute in force is cited with its legislation.gov.uk address, anything else
   * names its publisher; none cites an internal research file by section number.
   */
  private static void assertCitesAPublicSource(String basis, SourceStatus status) {
    assertThat(basis).doesNotContain("§").doesNotContainPattern("(?i)domain\\s+reference");
    if (status == SourceStatus.IN_FORCE) {
      assertThat(basis).contains("https://www.legislation.gov.uk/");
    } else {
      assertThat(PUBLISHERS).as("publishers named in %s", basis).anySatisfy(p -> assertThat(basis).contains(p));
    }
  }

  // Informal mechanisms and memoranda bind no one (local-government partnership guidance; Allanson, GGI 2020).
  @ParameterizedTest
  @EnumSource(value = MechanismKind.class, names = {"MEMORANDUM_OF_UNDERSTANDING", "JOINT_VALUES_AND_INTENT",
      "OPEN_INFORMATION_SHARING", "SUBSIDIARITY", "CAUCUSING", "JOINT_POSTS"})
  void memorandaAndInformalMechanisms_areAdvisoryAtMost(MechanismKind kind) {
    assertThat(LegalEffects.of(kind).effect()).isEqualTo(BindingEffect.ADVISORY_AT_MOST);
  }

  @Test
  void committeesInCommonAndJointCommittees_differ() {
    assertThat(LegalEffects.of(MechanismKind.COMMITTEES_IN_COMMON).effect())
        .isEqualTo(BindingEffect.BINDS_OWN_ORGANISATION_ONLY);
    assertThat(LegalEffects.of(MechanismKind.JOINT_COMMITTEE).effect())
        .isEqualTo(BindingEffect.BINDS_EACH_PARTY_FOR_ITS_JOINT_FUNCTIONS);
    assertThat(LegalEffects.of(MechanismKind.COMMITTEES_IN_COMMON).status()).isEqualTo(SourceStatus.REPORTED);
  }

  // s.13YB directions and s.65Z5 arrangements are different routes (NHS Act 2006 s.3B(2) as inserted by HCA 2022 s.2).
  @Test
  void direction_isADifferentRouteFromDelegation() {
    assertThat(LegalEffects.of(DelegationInstrument.S13YB_DIRECTION).route()).isEqualTo(InstrumentRoute.STATUTORY_DIRECTION);
    assertThat(LegalEffects.of(DelegationInstrument.S65Z5_DELEGATION).route())
        .isEqualTo(InstrumentRoute.STATUTORY_DELEGATION);
    assertThat(LegalEffects.of(DelegationInstrument.CONTRACT).confersStatutoryAuthority()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(DelegationInstrument.class)
  void everyInstrument_hasAnEffectAndARule(DelegationInstrument instrument) {
    assertThat(LegalEffects.of(instrument).instrument()).isEqualTo(instrument);
    assertThat(LegalEffects.rule(instrument, LegalAssumptions.defaults()).confersAuthority())
        .isEqualTo(LegalEffects.of(instrument).confersStatutoryAuthority());
  }

  @Test
  void documentationTable_namesEveryMechanismAndInstrument() throws IOException {
    Path doc = Path.of("..", "docs", "legal-effects.md");
    String text = Files.readString(doc);

    for (MechanismKind kind : MechanismKind.values()) {
      assertThat(text).as("docs/legal-effects.md names %s", kind).contains("`" + kind.typeName() + "`");
    }
    for (DelegationInstrument instrument : DelegationInstrument.values()) {
      assertThat(text).as("docs/legal-effects.md names %s", instrument).contains("`" + instrument.typeName() + "`");
    }
  }
}
