package org.integratedcare.core.mechanism;

import org.integratedcare.core.internal.TypeNames;

/**
 * The kinds of {@link Mechanism}, formal and informal, with their model-file type names.
 *
 * <p>Formal mechanisms have a legal or contractual form; informal ones are the relationships and
 * habits that make formal ones work (Peter Allanson, <i>Whose system is it anyway?</i>, Good
 * Governance Institute, 6 November 2020; NHS Providers with Browne Jacobson on the legal forms of
 * collaborative arrangements).
 */
public enum MechanismKind {
  /** {@link MemorandumOfUnderstanding}. */
  MEMORANDUM_OF_UNDERSTANDING(true),
  /** {@link FormalDelegation}. */
  FORMAL_DELEGATION(true),
  /** {@link ContractualArrangement}. */
  CONTRACTUAL_ARRANGEMENT(true),
  /** {@link CommitteesInCommon}. */
  COMMITTEES_IN_COMMON(true),
  /** {@link JointCommittee}. */
  JOINT_COMMITTEE(true),
  /** {@link JointVenture}. */
  JOINT_VENTURE(true),
  /** {@link MergerOrAcquisition}. */
  MERGER_OR_ACQUISITION(true),
  /** {@link SharedPrinciple} of joint values and intent. */
  JOINT_VALUES_AND_INTENT(false),
  /** {@link SharedPrinciple} of open information sharing. */
  OPEN_INFORMATION_SHARING(false),
  /** {@link SharedPrinciple} of subsidiarity. */
  SUBSIDIARITY(false),
  /** {@link Caucus}. */
  CAUCUSING(false),
  /** {@link JointAppointment}. */
  JOINT_POSTS(false);

  private final boolean formal;

  MechanismKind(boolean formal) {
    this.formal = formal;
  }

  /** Whether mechanisms of this kind are formal. */
  public boolean isFormal() {
    return formal;
  }

  /** The kind's name in model files, such as {@code "memorandum-of-understanding"}. */
  public String typeName() {
    return TypeNames.of(this);
  }

  /**
   * The kind with the given model-file name.
   *
   * @param typeName a name such as {@code "joint-committee"}
   * @return the kind
   * @throws IllegalArgumentException if no kind has that name; the message lists the names
   */
  public static MechanismKind ofTypeName(String typeName) {
    return TypeNames.lookup(MechanismKind.class, typeName);
  }
}
