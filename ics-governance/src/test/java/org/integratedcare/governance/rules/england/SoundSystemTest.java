package org.integratedcare.governance.rules.england;

import static org.assertj.core.api.Assertions.assertThat;

import org.integratedcare.core.IcsModel;
import org.integratedcare.governance.rules.Rule;
import org.integratedcare.governance.rules.RulePacks;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;
import org.junit.jupiter.api.Test;

/** The Northshire fixture is sound: every built-in rule is satisfied by it. */
class SoundSystemTest {

  @Test
  void soundSystem_satisfiesEveryBuiltInRule() {
    IcsModel model = Northshire.sound().model();
    for (Rule rule : Rules.BUILT_IN.stream().flatMap(p -> p.rules().stream()).toList()) {
      assertThat(Rules.check(rule.id(), model)).as(rule.id()).isEmpty();
    }
  }

  @Test
  void discoveredBuiltInPacks_reportNothingOnTheSoundSystem() {
    RuleReport report = RuleRunner.builder().addPacks(RulePacks.discover()).build()
        .run(Northshire.sound().model(), Northshire.DATE);

    assertThat(report.ruleSets()).extracting(v -> v.packId()).contains(EnglandStatutoryPack.ID,
        NhsEnglandGuidancePack.ID, GoodPracticePack.ID, AccountabilityClarityPack.ID,
        DecisionValidityPack.ID, DelegationIntegrityPack.ID);
    assertThat(report.findings()).isEmpty();
    assertThat(report.ruleErrors()).isEmpty();
  }

  @Test
  void discoveryThroughAClassLoader_findsTheBuiltInPacksInIdOrder() {
    assertThat(RulePacks.discover(SoundSystemTest.class.getClassLoader()))
        .extracting(p -> p.id())
        .containsSubsequence(AccountabilityClarityPack.ID, DecisionValidityPack.ID, DelegationIntegrityPack.ID,
            GoodPracticePack.ID,
            NhsEnglandGuidancePack.ID, EnglandStatutoryPack.ID)
        .isSorted();
  }
}
