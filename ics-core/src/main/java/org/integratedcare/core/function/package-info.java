/**
 * Statutory {@link org.integratedcare.core.function.StatutoryFunction functions}, who holds them,
 * and their {@link org.integratedcare.core.function.Delegation delegations} under a named
 * {@link org.integratedcare.core.function.DelegationInstrument instrument}.
 *
 * <p>Parameters and return values are not null unless marked {@code @Nullable}; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
@IcsStyle
@NullMarked
package org.integratedcare.core.function;

import org.jspecify.annotations.NullMarked;
import org.integratedcare.core.internal.IcsStyle;
