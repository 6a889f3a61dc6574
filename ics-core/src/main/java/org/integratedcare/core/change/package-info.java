/**
 * {@link org.integratedcare.core.change.ChangeEvent Change events}: establishments, abolitions,
 * mergers, acquisitions, boundary changes and transfers of functions, with their dates, the functions
 * and area units they move, and their legal basis.
 *
 * <p>Parameters and return values are not null unless marked {@code @Nullable}; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
@IcsStyle
@NullMarked
package org.integratedcare.core.change;

import org.jspecify.annotations.NullMarked;
import org.integratedcare.core.internal.IcsStyle;
