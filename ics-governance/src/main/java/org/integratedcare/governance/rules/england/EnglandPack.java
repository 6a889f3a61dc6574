package org.integratedcare.governance.rules.england;

import java.util.List;
import org.integratedcare.governance.rules.Rule;
import org.integratedcare.governance.rules.RulePack;

/** What every built-in England pack shares: its id, version, title and rules. */
abstract class EnglandPack implements RulePack {
  private final String id;
  private final String version;
  private final String title;
  private final List<Rule> rules;

  EnglandPack(String id, String version, String title, List<Rule> rules) {
    this.id = id;
    this.version = version;
    this.title = title;
    this.rules = List.copyOf(rules);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String version() {
    return version;
  }

  @Override
  public final String title() {
    return title;
  }

  @Override
  public final List<Rule> rules() {
    return rules;
  }
}
