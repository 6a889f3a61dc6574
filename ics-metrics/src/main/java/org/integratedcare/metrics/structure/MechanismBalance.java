package org.integratedcare.metrics.structure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.mechanism.Mechanism;
import org.integratedcare.core.mechanism.MechanismKind;

/**
 * The balance of formal and informal governance mechanisms in force. Peter Allanson (<i>Whose
 * system is it anyway?</i>, Good Governance Institute, 2020) lists formal mechanisms (memoranda of
 * understanding, formal delegation, contractual models,
 * committees in common, joint committees, joint ventures, mergers and acquisitions) and informal
 * ones (joint values and intent, open information sharing, subsidiarity, caucusing, joint posts),
 * says "there is little on the informal list that you would not want in place", and calls joint
 * values and intent perhaps the most important.
 *
 * <p><b>Definition.</b> Mechanisms in force on the date are counted by {@link MechanismKind};
 * formal and informal follow {@link MechanismKind#isFormal()}. The informal share is informal /
 * total. The informal kinds absent are those GGI would want in place and the model does not show.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param total mechanisms in force
 * @param formal formal mechanisms in force
 * @param informal informal mechanisms in force
 * @param informalShare informal / total; empty if there are none
 * @param byKind the count of each kind (every kind listed)
 * @param absentInformalKinds informal kinds with no mechanism in force
 * @param absentFormalKinds formal kinds with no mechanism in force
 */
public record MechanismBalance(
    int total,
    int formal,
    int informal,
    OptionalDouble informalShare,
    Map<MechanismKind, Integer> byKind,
    List<MechanismKind> absentInformalKinds,
    List<MechanismKind> absentFormalKinds) {

  /**
   * Checks and copies the value.
   *
   * @throws NullPointerException if any argument is null
   */
  public MechanismBalance {
    Objects.requireNonNull(informalShare, "informalShare");
    byKind = java.util.Collections.unmodifiableMap(new EnumMap<>(byKind));
    absentInformalKinds = List.copyOf(absentInformalKinds);
    absentFormalKinds = List.copyOf(absentFormalKinds);
  }

  /**
   * Measures the balance on the view's date.
   *
   * @param view the model on a date, not null
   * @return the measure
   */
  public static MechanismBalance of(ModelView view) {
    Objects.requireNonNull(view, "view");
    Map<MechanismKind, Integer> byKind = new EnumMap<>(MechanismKind.class);
    for (MechanismKind k : MechanismKind.values()) {
      byKind.put(k, 0);
    }
    int formal = 0;
    List<Mechanism> all = view.mechanisms();
    for (Mechanism m : all) {
      byKind.merge(m.kind(), 1, Integer::sum);
      if (m.isFormal()) {
        formal++;
      }
    }
    List<MechanismKind> absentInformal = new ArrayList<>();
    List<MechanismKind> absentFormal = new ArrayList<>();
    byKind.forEach((k, n) -> {
      if (n == 0) {
        (k.isFormal() ? absentFormal : absentInformal).add(k);
      }
    });
    int informal = all.size() - formal;
    return new MechanismBalance(all.size(), formal, informal,
        all.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) informal / all.size()), byKind,
        absentInformal, absentFormal);
  }
}
