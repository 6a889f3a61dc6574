/**
 * For tests: {@link org.integratedcare.testkit.SampleSystems}, {@link
 * org.integratedcare.testkit.Rules} and {@link org.integratedcare.testkit.ReportAssert}.
 *
 * <p>Parameters and return values are not null unless marked {@code @Nullable}.
 */
@NullMarked
package org.integratedcare.testkit;

import org.jspecify.annotations.NullMarked;
