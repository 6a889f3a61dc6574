/**
 * Shift indicators over time, from series the user supplies: the "triple shift" named by Matthew
 * Taylor (<i>Why the success of ICSs may not be measured by their survival</i>, NHS Confederation,
 * 30 March 2022: from incentivising activity to incentivising
 * outcomes, from meeting demand to addressing need, and moving resources upstream from acute to
 * community-based care, primary care and public health) and the three shifts of the 10 Year
 * Health Plan (<i>Fit for the future</i>, 3 July 2025; status announced: hospital to community,
 * analogue to digital, sickness to prevention; The King's Fund's explainer,
 * https://www.kingsfund.org.uk/insight-and-analysis/long-reads/ten-year-health-plan-explained).
 *
 * <p>The library computes no series of its own: the user supplies observations (for example the
 * outcome-based share of payments each year) and, optionally, a target and its date. Each indicator
 * gives the level, the least-squares trend per year, the distance to the target and whether the
 * series is on track; see {@link org.integratedcare.metrics.shift.ShiftIndicator}.
 *
 * <p>All types are immutable and thread-safe. Parameters must not be null unless stated.
 */
@NullMarked
package org.integratedcare.metrics.shift;

import org.jspecify.annotations.NullMarked;
