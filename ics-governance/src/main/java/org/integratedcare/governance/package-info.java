/**
 * Decision authority, accountability chains and governance rules over an {@link
 * org.integratedcare.core.IcsModel}.
 *
 * <p><b>Who may decide?</b> {@link org.integratedcare.governance.authority.DecisionAuthority} answers an
 * {@link org.integratedcare.governance.authority.AuthorityQuery} (a body, post or organisation; a function;
 * one or more organisations; a date; optionally an amount) with one {@link
 * org.integratedcare.governance.authority.Verdict} per organisation: {@linkplain
 * org.integratedcare.governance.authority.Outcome binding, advisory only or no authority}, with the path of
 * {@linkplain org.integratedcare.governance.authority.Grant grants} from the holder by law or the {@linkplain
 * org.integratedcare.governance.authority.Reason reasons}, and a sentence a company secretary could read out.
 *
 * <p><b>Who answers for it?</b> {@link org.integratedcare.governance.accountability.Accountability} traces every
 * {@linkplain org.integratedcare.governance.accountability.AccountabilityChain chain} from an organisation, body,
 * post or function up to its ultimate account-holders, and finds {@linkplain
 * org.integratedcare.governance.accountability.AccountabilityGap gaps} and {@linkplain
 * org.integratedcare.governance.accountability.AccountabilityCycle cycles}.
 *
 * <p><b>What binds?</b> {@link org.integratedcare.governance.authority.LegalEffects} is the one place that
 * says what each mechanism and delegation instrument binds; the points of law the domain reference
 * leaves open are {@link org.integratedcare.governance.authority.LegalAssumptions}, with documented defaults.
 *
 * <p>Unless a method says otherwise, parameters must not be null and returned values are never
 * null; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
package org.integratedcare.governance;

import org.integratedcare.governance.accountability.Accountability;
import org.integratedcare.governance.accountability.AccountabilityChain;
import org.integratedcare.governance.accountability.AccountabilityCycle;
import org.integratedcare.governance.accountability.AccountabilityGap;
import org.integratedcare.governance.authority.AuthorityQuery;
import org.integratedcare.governance.authority.DecisionAuthority;
import org.integratedcare.governance.authority.Grant;
import org.integratedcare.governance.authority.LegalAssumptions;
import org.integratedcare.governance.authority.LegalEffects;
import org.integratedcare.governance.authority.Outcome;
import org.integratedcare.governance.authority.Reason;
import org.integratedcare.governance.authority.Verdict;
