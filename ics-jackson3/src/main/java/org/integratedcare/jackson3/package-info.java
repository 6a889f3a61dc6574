/**
 * {@link org.integratedcare.jackson3.IcsJacksonModule}: the library's JSON shapes on an
 * application's own Jackson 3 mapper.
 *
 * <p>Parameters and return values are not null unless marked {@code @Nullable}.
 */
@NullMarked
package org.integratedcare.jackson3;

import org.jspecify.annotations.NullMarked;
