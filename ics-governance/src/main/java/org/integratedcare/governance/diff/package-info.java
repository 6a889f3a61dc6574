/**
 * What changed between two versions of a system's arrangements, or one version on two dates:
 * {@link org.integratedcare.governance.diff.ModelDiff} lists the records added, removed and
 * changed in domain words, who may decide what before and after, the accountability chains that
 * changed, and the rule findings that appeared or cleared, as a revised constitution or scheme of
 * reservation and delegation goes to the board that approves it.
 *
 * <p>Parameters and return values are not null unless marked {@code @Nullable}; absent values are
 * {@link java.util.Optional#empty()}. All types are immutable and thread-safe.
 */
@NullMarked
package org.integratedcare.governance.diff;

import org.jspecify.annotations.NullMarked;
