/**
 * {@link org.integratedcare.core.accountability.AccountabilityLink Accountability links}: who
 * answers to whom, on what basis and in which direction (vertical, lateral, bottom-up).
 *
 * <p>Parameters and return values are not null unless marked {@code @Nullable}; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
@IcsStyle
@NullMarked
package org.integratedcare.core.accountability;

import org.jspecify.annotations.NullMarked;
import org.integratedcare.core.internal.IcsStyle;
