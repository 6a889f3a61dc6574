/**
 * The statutory and partnership structures of an integrated care system: integrated care boards,
 * integrated care partnerships, health and wellbeing boards, places, neighbourhoods, primary care
 * networks and provider collaboratives, each a {@link org.integratedcare.core.structure.Structure}.
 *
 * <p>Parameters and return values are not null unless marked {@code @Nullable}; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
@IcsStyle
@NullMarked
package org.integratedcare.core.structure;

import org.jspecify.annotations.NullMarked;
import org.integratedcare.core.internal.IcsStyle;
