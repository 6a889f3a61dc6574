/**
 * Formal and informal governance {@link org.integratedcare.core.mechanism.Mechanism mechanisms}:
 * joint committees, committees in common, formal delegations, lead-provider and alliance contracts,
 * joint ventures, joint appointments, memoranda of understanding, shared principles, caucuses, and
 * mergers or acquisitions.
 *
 * <p>Parameters and return values are not null unless marked {@code @Nullable}; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
@IcsStyle
@NullMarked
package org.integratedcare.core.mechanism;

import org.jspecify.annotations.NullMarked;
import org.integratedcare.core.internal.IcsStyle;
