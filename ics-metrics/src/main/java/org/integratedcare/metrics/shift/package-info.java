/**
 * Shift indicators over time, from series the user supplies: the "triple shift" named in the seed
 * article {@code 000} (NHS Confederation, 2022: from incentivising activity to incentivising
 * outcomes, from meeting demand to addressing need, and moving resources upstream from acute to
 * community-based care, primary care and public health) and the three shifts of the 10 Year
 * Health Plan (July 2025; domain reference §4.2, status announced: hospital to community, analogue
 * to digital, sickness to prevention).
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
