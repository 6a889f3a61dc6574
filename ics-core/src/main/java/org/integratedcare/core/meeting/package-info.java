/**
 * {@link org.integratedcare.core.meeting.Meeting Meetings} of bodies: agenda items, attendance,
 * declarations of interest per item and how each was managed, votes and {@link
 * org.integratedcare.core.meeting.Decision decisions}.
 *
 * <p>Parameters and return values are not null unless marked {@code @Nullable}; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
@IcsStyle
@NullMarked
package org.integratedcare.core.meeting;

import org.jspecify.annotations.NullMarked;
import org.integratedcare.core.internal.IcsStyle;
