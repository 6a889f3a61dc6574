package org.integratedcare.metrics.maturity;

import java.util.List;
import java.util.Locale;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.mechanism.Mechanism;
import org.integratedcare.core.mechanism.MechanismKind;
import org.integratedcare.core.structure.Level;
import org.integratedcare.core.structure.ProviderCollaborative;
import org.integratedcare.metrics.structure.Subsidiarity;

/**
 * A fact of the model that can count as evidence of maturity. Which theme and stage each signal
 * indicates is not fixed here: a {@link MaturityFramework}'s {@linkplain ModelSignalRule rules}
 * say so, so that the judgement is data.
 *
 * <p>Each signal {@linkplain #observe(ModelView) counts} what is in force on the view's date; a
 * count of zero means the signal is absent.
 */
public enum ModelSignal {
  /** Shared principles of joint values and intent in force, with at least two parties. */
  JOINT_VALUES_AND_INTENT("shared principles of joint values and intent in force"),
  /** Shared principles of open information sharing in force, with at least two parties. */
  OPEN_INFORMATION_SHARING("shared principles of open information sharing in force"),
  /** Shared principles of subsidiarity in force, with at least two parties. */
  SUBSIDIARITY_PRINCIPLE("shared principles of subsidiarity in force"),
  /** Caucuses (of non-executives, lay or cabinet members) in force. */
  CAUCUSING("caucuses in force"),
  /** Joint posts and appointments in force. */
  JOINT_POSTS("joint posts and appointments in force"),
  /** Joint committees in force. */
  JOINT_COMMITTEE("joint committees in force"),
  /** Committees in common in force. */
  COMMITTEES_IN_COMMON("committees in common in force"),
  /** Delegations under NHS Act 2006 s.75 partnership arrangements (pooled budgets, lead commissioning) in force. */
  POOLED_ARRANGEMENT("s.75 partnership arrangements in force"),
  /** Provider collaboratives with at least two members in force. */
  PROVIDER_COLLABORATIVE("provider collaboratives with two or more members in force"),
  /**
   * Delegations in force (of any instrument) to a body, post or organisation that works at place or
   * neighbourhood level, the level found as {@link Subsidiarity#levelOf(ModelView, String)} finds it.
   */
  LOCAL_DELEGATION("delegations in force to place or neighbourhood bodies");

  private final String description;

  ModelSignal(String description) {
    this.description = description;
  }

  /** What the signal counts, in words. */
  public String description() {
    return description;
  }

  /** The signal's name in framework files, such as {@code "joint-values-and-intent"}. */
  public String typeName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The signal with the given framework-file name.
   *
   * @param typeName such as {@code "joint-committee"}, not null
   * @return the signal
   * @throws IllegalArgumentException if none has that name; the message lists the names
   */
  public static ModelSignal ofTypeName(String typeName) {
    for (ModelSignal s : values()) {
      if (s.typeName().equals(typeName)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown model signal '" + typeName + "'; expected one of "
        + java.util.Arrays.stream(values()).map(ModelSignal::typeName).toList());
  }

  /**
   * Counts what the signal looks for in the view: one pass over the relevant records.
   *
   * @param view the model on a date, not null
   * @return the number found; zero if absent
   */
  public int observe(ModelView view) {
    return switch (this) {
      case JOINT_VALUES_AND_INTENT -> principles(view, MechanismKind.JOINT_VALUES_AND_INTENT);
      case OPEN_INFORMATION_SHARING -> principles(view, MechanismKind.OPEN_INFORMATION_SHARING);
      case SUBSIDIARITY_PRINCIPLE -> principles(view, MechanismKind.SUBSIDIARITY);
      case CAUCUSING -> view.mechanisms(MechanismKind.CAUCUSING).size();
      case JOINT_POSTS -> view.mechanisms(MechanismKind.JOINT_POSTS).size();
      case JOINT_COMMITTEE -> view.mechanisms(MechanismKind.JOINT_COMMITTEE).size();
      case COMMITTEES_IN_COMMON -> view.mechanisms(MechanismKind.COMMITTEES_IN_COMMON).size();
      case POOLED_ARRANGEMENT -> (int) view.delegations().stream()
          .filter(d -> d.instrument() == DelegationInstrument.S75_PARTNERSHIP).count();
      case PROVIDER_COLLABORATIVE -> (int) view.structures(ProviderCollaborative.class).stream()
          .filter(c -> c.members().size() >= 2).count();
      case LOCAL_DELEGATION -> (int) view.delegations().stream().filter(d -> isLocal(view, d)).count();
    };
  }

  private static int principles(ModelView view, MechanismKind kind) {
    List<Mechanism> found = view.mechanisms(kind);
    return (int) found.stream().filter(m -> m.parties().size() >= 2).count();
  }

  private static boolean isLocal(ModelView view, Delegation d) {
    return Subsidiarity.levelOf(view, d.delegate()).map(Level::isLocal).orElse(false);
  }
}
