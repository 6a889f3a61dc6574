/**
 * Formal and informal governance {@link org.integratedcare.core.mechanism.Mechanism mechanisms}:
 * joint committees, committees in common, formal delegations, lead-provider and alliance contracts,
 * joint ventures, joint appointments, memoranda of understanding, shared principles, caucuses, and
 * mergers or acquisitions.
 *
 * <p>Unless a method says otherwise, parameters must not be null and returned values are never
 * null; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
@IcsStyle
package org.integratedcare.core.mechanism;

import org.integratedcare.core.internal.IcsStyle;
