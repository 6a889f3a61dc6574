package org.integratedcare.core.body;

import org.integratedcare.core.internal.TypeNames;

/**
 * The type of an interest on a register of interests, in the four categories of NHS England's
 * guidance <i>Managing conflicts of interest in the NHS</i>
 * (https://www.england.nhs.uk/long-read/managing-conflicts-of-interest-in-the-nhs/, which replaced
 * the 2017 guidance of that name and applies to ICBs, trusts and NHS England), followed by ICBs'
 * conflicts of interest policies and published registers.
 */
public enum InterestType {
  /** A financial interest: the person could gain financially from a decision. */
  FINANCIAL,
  /** A non-financial professional interest: the person could gain professionally, such as in reputation or career. */
  NON_FINANCIAL_PROFESSIONAL,
  /** A non-financial personal interest: the person could benefit personally, other than financially or professionally. */
  NON_FINANCIAL_PERSONAL,
  /** An indirect interest: a close association (family, business partner) has one of the other interests. */
  INDIRECT;

  /** The type's name in model files, such as {@code "non-financial-professional"}. */
  public String typeName() {
    return TypeNames.of(this);
  }

  /**
   * The type with the given model-file name.
   *
   * @param typeName a name such as {@code "financial"}, not null
   * @return the type
   * @throws IllegalArgumentException if no type has that name; the message lists the names
   */
  public static InterestType ofTypeName(String typeName) {
    return TypeNames.lookup(InterestType.class, typeName, InterestType::typeName);
  }
}
