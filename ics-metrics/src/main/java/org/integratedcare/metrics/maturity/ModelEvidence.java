package org.integratedcare.metrics.maturity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.integratedcare.core.ModelView;

/**
 * Derives {@linkplain Evidence evidence} from a model by applying a framework's {@linkplain
 * ModelSignalRule model-signal rules}: for each rule whose {@link ModelSignal} is present on the
 * view's date, one evidence item for the rule's theme and stages, with the rule's weight.
 *
 * <p>Each signal is observed once however many rules use it. Absence of a signal gives no evidence
 * (absence of a record in the model is not evidence that the practice is absent).
 */
public final class ModelEvidence {
  private ModelEvidence() {}

  /**
   * The evidence the model gives under a framework's rules.
   *
   * @param view the model on a date, not null
   * @param framework the framework, not null
   * @return the evidence items, in rule order; empty if no signal is present
   */
  public static List<Evidence> derive(ModelView view, MaturityFramework framework) {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(framework, "framework");
    Map<ModelSignal, Integer> counts = new EnumMap<>(ModelSignal.class);
    List<Evidence> out = new ArrayList<>();
    for (ModelSignalRule r : framework.modelSignalRules()) {
      int n = counts.computeIfAbsent(r.signal(), s -> s.observe(view));
      if (n > 0) {
        out.add(new Evidence(r.theme(), r.stageFrom(), r.stageTo(), r.weight(),
            "model on " + view.date() + " (signal " + r.signal().typeName() + ")",
            n + " " + r.signal().description(), Evidence.Origin.MODEL));
      }
    }
    return List.copyOf(out);
  }
}
