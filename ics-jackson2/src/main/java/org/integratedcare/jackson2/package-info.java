/**
 * {@link org.integratedcare.jackson2.IcsJacksonModule}: the library's JSON shapes on an
 * application's own Jackson 2 mapper.
 *
 * <p>Parameters and return values are not null unless marked {@code @Nullable}.
 */
@NullMarked
package org.integratedcare.jackson2;

import org.jspecify.annotations.NullMarked;
