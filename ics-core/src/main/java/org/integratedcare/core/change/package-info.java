/**
 * {@link org.integratedcare.core.change.ChangeEvent Change events}: establishments, abolitions,
 * mergers, acquisitions and renamings, with their dates and legal basis.
 *
 * <p>Unless a method says otherwise, parameters must not be null and returned values are never
 * null; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
@IcsStyle
package org.integratedcare.core.change;

import org.integratedcare.core.internal.IcsStyle;
