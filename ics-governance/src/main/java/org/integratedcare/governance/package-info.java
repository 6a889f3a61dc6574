/**
 * Decision authority, accountability chains and governance rules over an {@link
 * org.integratedcare.core.IcsModel}.
 *
 * <p><b>Who may decide?</b> {@link org.integratedcare.governance.DecisionAuthority} answers an
 * {@link org.integratedcare.governance.AuthorityQuery} (a body, post or organisation; a function;
 * one or more organisations; a date; optionally an amount) with one {@link
 * org.integratedcare.governance.Verdict} per organisation: {@linkplain
 * org.integratedcare.governance.Outcome binding, advisory only or no authority}, with the path of
 * {@linkplain org.integratedcare.governance.Grant grants} from the holder by law or the {@linkplain
 * org.integratedcare.governance.Reason reasons}, and a sentence a company secretary could read out.
 *
 * <p><b>Who answers for it?</b> {@link org.integratedcare.governance.Accountability} traces every
 * {@linkplain org.integratedcare.governance.AccountabilityChain chain} from an organisation, body,
 * post or function up to its ultimate account-holders, and finds {@linkplain
 * org.integratedcare.governance.AccountabilityGap gaps} and {@linkplain
 * org.integratedcare.governance.AccountabilityCycle cycles}.
 *
 * <p><b>What binds?</b> {@link org.integratedcare.governance.LegalEffects} is the one place that
 * says what each mechanism and delegation instrument binds; the points of law the domain reference
 * leaves open are {@link org.integratedcare.governance.LegalAssumptions}, with documented defaults.
 *
 * <p>Unless a method says otherwise, parameters must not be null and returned values are never
 * null; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
package org.integratedcare.governance;
