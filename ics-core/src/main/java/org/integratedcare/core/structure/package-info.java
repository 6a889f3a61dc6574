/**
 * The statutory and partnership structures of an integrated care system: integrated care boards,
 * integrated care partnerships, health and wellbeing boards, places, neighbourhoods, primary care
 * networks and provider collaboratives, each a {@link org.integratedcare.core.structure.Structure}.
 *
 * <p>Unless a method says otherwise, parameters must not be null and returned values are never
 * null; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
@IcsStyle
package org.integratedcare.core.structure;

import org.integratedcare.core.internal.IcsStyle;
