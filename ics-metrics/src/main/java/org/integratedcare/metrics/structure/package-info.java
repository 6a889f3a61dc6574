/**
 * Structural measures of an integrated care system's model on a date: subsidiarity, inclusion,
 * accountability clarity, duplication, the balance of formal and informal mechanisms, and the
 * partnership network with its brokers.
 *
 * <p>Start with {@link org.integratedcare.metrics.structure.StructuralMeasures}. Each measure's
 * class says exactly how it is computed; {@code docs/metrics.md} gives the same definitions for
 * readers who do not read Java. Every measure reads only records in force on the date, makes a
 * bounded number of passes over the model using its indexes, and never compares all pairs of
 * organisations.
 *
 * <p>All types are immutable and thread-safe. Parameters must not be null unless stated; absent
 * values are empty optionals.
 */
@NullMarked
package org.integratedcare.metrics.structure;

import org.jspecify.annotations.NullMarked;
