/**
 * Reforms as data: a {@link org.integratedcare.governance.reform.ReformScenario} (such as the Health
 * Bill 2026 as introduced) is a list of changes, each with its source and that source's status
 * (a bill is not law), applied to any model on an effective date; {@link
 * org.integratedcare.governance.reform.WhatIf} reports what the reform would change, as a {@link
 * org.integratedcare.governance.diff.ModelDiff} of the model with and without it.
 *
 * <p>Parameters and return values are not null unless marked {@code @Nullable}; absent values are
 * {@link java.util.Optional#empty()}. All types are immutable and thread-safe.
 */
@NullMarked
package org.integratedcare.governance.reform;

import org.jspecify.annotations.NullMarked;
