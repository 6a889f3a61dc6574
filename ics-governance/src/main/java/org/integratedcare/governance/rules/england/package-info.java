/**
 * The built-in rule packs for England: statute and regulations ({@link
 * org.integratedcare.governance.rules.england.EnglandStatutoryPack}), NHS England guidance
 * ({@link org.integratedcare.governance.rules.england.NhsEnglandGuidancePack}), good practice
 * from published commentary ({@link org.integratedcare.governance.rules.england.GoodPracticePack}),
 * accountability clarity ({@link
 * org.integratedcare.governance.rules.england.AccountabilityClarityPack}) and decision validity
 * ({@link org.integratedcare.governance.rules.england.DecisionValidityPack}).
 *
 * <p>Each pack is a service found by {@link
 * org.integratedcare.governance.rules.RulePacks#discover()}; the classes are public so users can
 * choose packs and give them parameters ({@link
 * org.integratedcare.governance.rules.england.StatutoryParameters}, {@link
 * org.integratedcare.governance.rules.england.NhsEnglandGuidancePack#withAcuteOrMentalHealthTrusts(java.util.Collection)}).
 * Every rule cites its basis; facts the published sources do not settle are parameters.
 */
@NullMarked
package org.integratedcare.governance.rules.england;

import org.jspecify.annotations.NullMarked;
