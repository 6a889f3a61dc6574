/**
 * Measures of how well an integrated care system works, gathered in one {@link
 * org.integratedcare.metrics.MetricsReport} that serialises to JSON for the command line and other
 * tools.
 *
 * <p>The measures themselves live in four packages: {@link org.integratedcare.metrics.structure}
 * (structural measures of the model on a date), {@link org.integratedcare.metrics.maturity}
 * (maturity and progress from evidence), {@link org.integratedcare.metrics.shift} (shift indicators
 * over time) and {@link org.integratedcare.metrics.capacity} (whole-system capacity and
 * bottlenecks).
 *
 * <p>All types are immutable and thread-safe unless they are builders. Parameters must not be null
 * unless stated.
 */
@NullMarked
package org.integratedcare.metrics;

import org.jspecify.annotations.NullMarked;
