/**
 * Time in the model: {@link org.integratedcare.core.time.DateRange date ranges} with inclusive ends, and
 * {@link org.integratedcare.core.time.Dated dated values} such as an organisation's names over time.
 *
 * <p>Parameters and return values are not null unless marked {@code @Nullable}; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
@IcsStyle
@NullMarked
package org.integratedcare.core.time;

import org.jspecify.annotations.NullMarked;
import org.integratedcare.core.internal.IcsStyle;
