package org.integratedcare.core.mechanism;

import java.util.Optional;
import java.util.Set;
import org.integratedcare.core.ModelElement;
import org.integratedcare.core.internal.Checks;

/**
 * A governance mechanism through which organisations work together, formal or informal.
 *
 * <p>The family is closed: switch over {@link #kind()}. Formal mechanisms: {@link
 * MemorandumOfUnderstanding}, {@link FormalDelegation}, {@link ContractualArrangement}, {@link
 * CommitteesInCommon}, {@link JointCommittee}, {@link JointVenture}, {@link MergerOrAcquisition}.
 * Informal: {@link SharedPrinciple} (joint values and intent, open information sharing,
 * subsidiarity), {@link Caucus}, {@link JointAppointment}. What each binds is decided in the
 * governance module, not here.
 */
public sealed interface Mechanism extends ModelElement
    permits MemorandumOfUnderstanding, FormalDelegation, ContractualArrangement, CommitteesInCommon,
        JointCommittee, JointVenture, MergerOrAcquisition, SharedPrinciple, Caucus, JointAppointment {

  /** Which mechanism this is. */
  MechanismKind kind();

  /** The mechanism's name. */
  String name();

  /** The ids of the organisations taking part. */
  Set<String> parties();

  /** What the mechanism is for, in words, if recorded. */
  Optional<String> purpose();

  /** The legal basis in words (formal mechanisms), if recorded. */
  Optional<String> legalBasis();

  /** Whether the mechanism is formal. */
  default boolean isFormal() {
    return kind().isFormal();
  }

  /** Checks the attributes every mechanism shares. */
  static void checkCommon(Mechanism m) {
    Checks.id("mechanism id", m.id());
    Checks.text("mechanism name", m.name());
    Checks.ids("party", m.parties());
    m.purpose().ifPresent(p -> Checks.text("purpose", p));
    m.legalBasis().ifPresent(p -> Checks.text("legal basis", p));
  }
}
