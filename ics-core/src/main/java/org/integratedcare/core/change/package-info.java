/**
 * {@link org.integratedcare.core.change.ChangeEvent Change events}: establishments, abolitions,
 * mergers, acquisitions and renamings, with their dates and legal basis.
 *
 * <p>Parameters and return values are not null unless marked {@code @Nullable}; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
@IcsStyle
@NullMarked
package org.integratedcare.core.change;

import org.jspecify.annotations.NullMarked;
import org.integratedcare.core.internal.IcsStyle;
