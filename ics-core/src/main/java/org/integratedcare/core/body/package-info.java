/**
 * Where decisions are taken and by whom: {@link org.integratedcare.core.body.Body bodies} with their
 * terms of reference and quorum, {@link org.integratedcare.core.body.Post posts} (seats), {@link
 * org.integratedcare.core.body.Person people} and the {@link org.integratedcare.core.body.Appointment
 * appointments} that put people in posts, with their declarations of interest.
 *
 * <p>Parameters and return values are not null unless marked {@code @Nullable}; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
@IcsStyle
@NullMarked
package org.integratedcare.core.body;

import org.jspecify.annotations.NullMarked;
import org.integratedcare.core.internal.IcsStyle;
