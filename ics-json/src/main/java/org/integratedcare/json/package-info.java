/**
 * The library's JSON: {@link org.integratedcare.json.IcsJson} writes answers, reports and models in
 * their documented shapes; {@link org.integratedcare.json.SuppressionFiles}, {@link
 * org.integratedcare.json.MetricsInputs} and {@link org.integratedcare.json.MaturityFrameworks}
 * read the companion files of rules and metrics, YAML or JSON, with every problem at once.
 *
 * <p>Parameters and return values are not null unless marked {@code @Nullable}.
 */
@NullMarked
package org.integratedcare.json;

import org.jspecify.annotations.NullMarked;
