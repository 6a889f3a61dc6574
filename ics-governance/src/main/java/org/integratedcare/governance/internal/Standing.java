package org.integratedcare.governance.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Identified;
import org.integratedcare.core.Source;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.core.mechanism.FormalDelegation;
import org.integratedcare.core.mechanism.Mechanism;
import org.integratedcare.core.mechanism.MergerOrAcquisition;

/**
 * Whether a record of a model is law in force, as its sources state: a record is law in force when
 * any of its sources is in force or guidance, or none states a status; otherwise it stands on the
 * firmest status its sources state (a bill, an announcement, a report, an unconfirmed lead).
 * Immutable and thread-safe.
 */
public final class Standing {
  private Standing() {}

  /** The source a record stands on when it is not law in force; empty when it is. */
  public static Optional<Source> notInForce(Identified record) {
    List<Source> stated = record.sources().stream().filter(s -> s.status().isPresent()).toList();
    if (stated.isEmpty() || stated.stream().anyMatch(s -> inForce(s.status().get()))) {
      return Optional.empty();
    }
    return stated.stream().min(Comparator.comparing(s -> s.status().get()));
  }

  private static boolean inForce(SourceStatus status) {
    return status == SourceStatus.IN_FORCE || status == SourceStatus.GUIDANCE;
  }

  /** The status in words, as reasons write it: "bill", "reported". */
  public static String words(SourceStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * The model without the changes and grants that are not law in force: change events, delegations
   * and accountability links whose sources show them only as a bill, announcement, report or lead,
   * and the mechanisms that rest on a change event or delegation left out. Organisations, bodies,
   * posts, people, appointments, functions, the other mechanisms and meetings are kept: their
   * sources say where the record came from (a register, a report of a collaborative's legal form),
   * not whether the law makes them so.
   *
   * @param model the model
   * @param setAside receives every record left out, in the order of the model
   * @return the model, or the same model if nothing is left out
   */
  public static IcsModel lawInForce(IcsModel model, List<Identified> setAside) {
    Set<String> out = new HashSet<>();
    List<Identified> removed = new ArrayList<>();
    for (List<? extends Identified> section : List.of(model.changeEvents(), model.delegations(),
        model.accountabilityLinks())) {
      for (Identified e : section) {
        if (notInForce(e).isPresent()) {
          out.add(e.id());
          removed.add(e);
        }
      }
    }
    for (Mechanism m : model.mechanisms()) {
      boolean restsOnRemoved = (m instanceof MergerOrAcquisition a && out.contains(a.changeEvent()))
          || (m instanceof FormalDelegation f && f.delegations().stream().anyMatch(out::contains));
      if (restsOnRemoved) {
        out.add(m.id());
        removed.add(m);
      }
    }
    if (removed.isEmpty()) {
      return model;
    }
    setAside.addAll(removed);
    IcsModel.Builder b = IcsModel.builder().name(model.name().orElse(null)).impliedByStatute(model.impliedByStatute());
    model.organisations().forEach(b::add);
    model.structures().forEach(b::add);
    model.bodies().forEach(b::add);
    model.posts().forEach(b::add);
    model.people().forEach(b::add);
    model.appointments().forEach(b::add);
    model.functions().forEach(b::add);
    model.delegations().stream().filter(d -> !out.contains(d.id())).forEach(b::add);
    model.mechanisms().stream().filter(m -> !out.contains(m.id())).forEach(b::add);
    model.accountabilityLinks().stream().filter(l -> !out.contains(l.id())).forEach(b::add);
    model.meetings().forEach(b::add);
    model.changeEvents().stream().filter(c -> !out.contains(c.id())).forEach(b::add);
    model.completeness().forEach(b::declareComplete);
    return b.build();
  }
}
