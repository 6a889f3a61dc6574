/**
 * Maturity and progress assessment from evidence.
 *
 * <p>A {@link org.integratedcare.metrics.maturity.MaturityFramework} is data: themes, ordered
 * stages and the rules that turn facts of the model into evidence. The built-in framework rates
 * The King's Fund's themes of progress (organising around a shared purpose, building system
 * leadership, encouraging system-focused behaviours, scaling and spreading success, using resources
 * more effectively, managing complexity; reported by National Health Executive, 2024, from <i>Realising
 * the potential of integrated care systems</i>) on the stages emerging, developing, maturing
 * and thriving. Those stage names are recalled from NHS England's 2018–19 ICS development material
 * and are UNCONFIRMED (no copy was found): the framework is replaceable data for that
 * reason. A user can read their own from JSON (the {@code ics-json} module's {@code
 * MaturityFrameworks}) or build one with {@link
 * org.integratedcare.metrics.maturity.MaturityFramework#builder(String, String)}.
 *
 * <p>{@linkplain org.integratedcare.metrics.maturity.Evidence Evidence} items, from the model
 * ({@link org.integratedcare.metrics.maturity.ModelEvidence}) and from users, are combined by
 * {@link org.integratedcare.metrics.maturity.MaturityAssessment} into a fuzzy membership over the
 * stages with an explanation of what drove it.
 *
 * <p>All types are immutable and thread-safe. Parameters must not be null unless stated.
 */
@NullMarked
package org.integratedcare.metrics.maturity;

import org.jspecify.annotations.NullMarked;
