/**
 * Statutory {@link org.integratedcare.core.function.StatutoryFunction functions}, who holds them,
 * and their {@link org.integratedcare.core.function.Delegation delegations} under a named
 * {@link org.integratedcare.core.function.DelegationInstrument instrument}.
 *
 * <p>Unless a method says otherwise, parameters must not be null and returned values are never
 * null; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
@IcsStyle
package org.integratedcare.core.function;

import org.integratedcare.core.internal.IcsStyle;
