package org.integratedcare.governance.rules.england;

import java.time.LocalDate;
import java.util.List;
import org.integratedcare.core.IcsModel;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.Rule;
import org.integratedcare.governance.rules.RuleContext;
import org.integratedcare.governance.rules.RulePack;

/** Runs one built-in rule by id, as the runner would, for tests. */
final class Rules {
  static final List<RulePack> BUILT_IN = List.of(new EnglandStatutoryPack(), new NhsEnglandGuidancePack(),
      new GoodPracticePack(), new AccountabilityClarityPack(), new DecisionValidityPack(),
      new DelegationIntegrityPack());

  private Rules() {}

  static Rule rule(String id) {
    return BUILT_IN.stream().flatMap(p -> p.rules().stream()).filter(r -> r.id().equals(id))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("no built-in rule " + id));
  }

  static List<Finding> check(String ruleId, IcsModel model) {
    return check(ruleId, model, Northshire.DATE);
  }

  static List<Finding> check(String ruleId, IcsModel model, LocalDate date) {
    return rule(ruleId).check(RuleContext.of(model, date));
  }

  static List<Finding> check(RulePack pack, String ruleId, IcsModel model) {
    return pack.rules().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow()
        .check(RuleContext.of(model, Northshire.DATE));
  }
}
