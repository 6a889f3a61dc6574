/**
 * Who may decide: {@link org.integratedcare.governance.authority.DecisionAuthority} answers an
 * {@link org.integratedcare.governance.authority.AuthorityQuery} (a body, post or organisation; a
 * function; one or more organisations; a date; optionally an amount) with one {@link
 * org.integratedcare.governance.authority.Verdict} per organisation: {@linkplain
 * org.integratedcare.governance.authority.Outcome binding, advisory only or no authority}, with the
 * path of {@linkplain org.integratedcare.governance.authority.Grant grants} from the holder by law
 * or the {@linkplain org.integratedcare.governance.authority.Reason reasons}, and a sentence a
 * company secretary could read out.
 *
 * <p>{@link org.integratedcare.governance.authority.LegalEffects} is the one place that says what
 * each mechanism and delegation instrument binds; the points of law left open are {@link
 * org.integratedcare.governance.authority.LegalAssumptions}, with documented defaults.
 *
 * <p>Parameters and return values are not null unless marked {@code @Nullable}; absent values are
 * {@link java.util.Optional#empty()}. All types are immutable and thread-safe.
 */
@NullMarked
package org.integratedcare.governance.authority;

import org.jspecify.annotations.NullMarked;
