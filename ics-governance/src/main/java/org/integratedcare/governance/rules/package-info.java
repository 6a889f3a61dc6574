/**
 * Governance rules: a small API for rules over an {@link org.integratedcare.core.IcsModel} as of a
 * date, a runner that applies packs of rules with severity overrides and justified suppressions,
 * and the report it returns.
 *
 * <p>A {@link org.integratedcare.governance.rules.Rule} is a pure function from a {@link
 * org.integratedcare.governance.rules.RuleContext} (the model, the date and a view of what is in
 * force) to {@link org.integratedcare.governance.rules.Finding findings}. Rules are grouped in
 * {@link org.integratedcare.governance.rules.RulePack packs}, each with an id and a version. The
 * {@link org.integratedcare.governance.rules.RuleRunner} runs packs and returns a {@link
 * org.integratedcare.governance.rules.RuleReport}: findings in a deterministic order, counts by
 * severity, rule errors and the versions of the rule sets used. Users' own packs are found with
 * {@link java.util.ServiceLoader} through {@link
 * org.integratedcare.governance.rules.RulePacks#discover()}.
 *
 * <p>Unless a method says otherwise, parameters must not be null and returned values are never
 * null. All types in this package are immutable and thread-safe.
 */
@NullMarked
package org.integratedcare.governance.rules;

import org.jspecify.annotations.NullMarked;
