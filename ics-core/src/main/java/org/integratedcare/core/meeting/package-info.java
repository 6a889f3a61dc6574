/**
 * {@link org.integratedcare.core.meeting.Meeting Meetings} of bodies: agenda items, attendance,
 * declarations of interest per item and how each was managed, votes and {@link
 * org.integratedcare.core.meeting.Decision decisions}.
 *
 * <p>Unless a method says otherwise, parameters must not be null and returned values are never
 * null; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
@IcsStyle
package org.integratedcare.core.meeting;

import org.integratedcare.core.internal.IcsStyle;
