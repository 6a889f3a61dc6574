/**
 * {@link org.integratedcare.core.accountability.AccountabilityLink Accountability links}: who
 * answers to whom, on what basis and in which direction (vertical, lateral, bottom-up).
 *
 * <p>Unless a method says otherwise, parameters must not be null and returned values are never
 * null; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
@IcsStyle
package org.integratedcare.core.accountability;

import org.integratedcare.core.internal.IcsStyle;
