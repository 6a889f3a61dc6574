/**
 * Migration of a model through its change events: {@link
 * org.integratedcare.governance.migration.Migration} re-points the arrangements of organisations that
 * a merger, acquisition, abolition or transfer of functions has ended or stripped of functions to
 * the bodies that now hold those functions, where the instrument carries the arrangements over, and
 * reports every record re-pointed, every record left orphaned and every decision a person must take.
 *
 * <p>Parameters and return values are not null unless marked {@code @Nullable}; absent values are
 * {@link java.util.Optional#empty()}. All types are immutable and thread-safe.
 */
@NullMarked
package org.integratedcare.governance.migration;

import org.jspecify.annotations.NullMarked;
