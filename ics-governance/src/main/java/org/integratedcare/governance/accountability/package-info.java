/**
 * Who answers for it: {@link org.integratedcare.governance.accountability.Accountability} traces
 * every {@linkplain org.integratedcare.governance.accountability.AccountabilityChain chain} from an
 * organisation, body, post or function up to its ultimate account-holders (Parliament, an
 * electorate, foundation trust members, patients and communities), and finds {@linkplain
 * org.integratedcare.governance.accountability.AccountabilityGap gaps} and {@linkplain
 * org.integratedcare.governance.accountability.AccountabilityCycle cycles}. Delegation moves the
 * doing, never the answering.
 *
 * <p>Parameters and return values are not null unless marked {@code @Nullable}; absent values are
 * {@link java.util.Optional#empty()}. All types are immutable and thread-safe.
 */
@NullMarked
package org.integratedcare.governance.accountability;

import org.jspecify.annotations.NullMarked;
