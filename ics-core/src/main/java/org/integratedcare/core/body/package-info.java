/**
 * Where decisions are taken and by whom: {@link org.integratedcare.core.body.Body bodies} with their
 * terms of reference and quorum, {@link org.integratedcare.core.body.Post posts} (seats), {@link
 * org.integratedcare.core.body.Person people} and the {@link org.integratedcare.core.body.Appointment
 * appointments} that put people in posts, with their declarations of interest.
 *
 * <p>Unless a method says otherwise, parameters must not be null and returned values are never
 * null; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
@IcsStyle
package org.integratedcare.core.body;

import org.integratedcare.core.internal.IcsStyle;
