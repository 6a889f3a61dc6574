/**
 * Time in the model: {@link org.integratedcare.core.time.DateRange date ranges} with inclusive ends, and
 * {@link org.integratedcare.core.time.Dated dated values} such as an organisation's names over time.
 *
 * <p>Unless a method says otherwise, parameters must not be null and returned values are never
 * null; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
@IcsStyle
package org.integratedcare.core.time;

import org.integratedcare.core.internal.IcsStyle;
