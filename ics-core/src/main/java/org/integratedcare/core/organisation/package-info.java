/**
 * Organisations and where they are: {@link org.integratedcare.core.organisation.Organisation}
 * with its dated names, kinds and codes ({@link org.integratedcare.core.organisation.OdsCode ODS} and
 * {@link org.integratedcare.core.organisation.GssCode GSS} codes), its {@link
 * org.integratedcare.core.organisation.Sector sector}, and geographic {@link
 * org.integratedcare.core.organisation.Area areas}.
 *
 * <p>Parameters and return values are not null unless marked {@code @Nullable}; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
@IcsStyle
@NullMarked
package org.integratedcare.core.organisation;

import org.jspecify.annotations.NullMarked;
import org.integratedcare.core.internal.IcsStyle;
