/**
 * Organisations and where they are: {@link org.integratedcare.core.organisation.Organisation}
 * with its dated names, kinds and codes ({@link org.integratedcare.core.organisation.OdsCode ODS} and
 * {@link org.integratedcare.core.organisation.GssCode GSS} codes), its {@link
 * org.integratedcare.core.organisation.Sector sector}, and geographic {@link
 * org.integratedcare.core.organisation.Area areas}.
 *
 * <p>Unless a method says otherwise, parameters must not be null and returned values are never
 * null; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
@IcsStyle
package org.integratedcare.core.organisation;

import org.integratedcare.core.internal.IcsStyle;
