package org.integratedcare.governance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.change.ChangeKind;

/**
 * Who holds an organisation's functions on a date after mergers and acquisitions: from a change
 * event's effective date its successors hold its predecessors' functions (core {@link ChangeEvent};
 * NHS Act 2006 ss.56 and 56A; the succession model of the NHS England Organisation Data Service).
 * Establishments, abolitions and
 * boundary changes pass no functions on. The cost is the length of the succession chain, through
 * the model's index of change events by predecessor. Immutable and thread-safe.
 */
public final class Successions {
  private final IcsModel model;

  public Successions(IcsModel model) {
    this.model = model;
  }

  /** One step of a succession: the event and the successor it leads to. */
  public record Step(ChangeEvent event, String from, String to) {}

  /**
   * The steps by which {@code organisation} holds on {@code date} a function held by law by {@code
   * holder}: empty list if it is the holder itself and has not been succeeded; empty optional if
   * it does not hold it.
   */
  public Optional<List<Step>> path(String holder, String organisation, LocalDate date) {
    return Optional.ofNullable(holdersOn(holder, date).get(organisation));
  }

  /** The organisations that hold on {@code date} the functions held by law by {@code holder}, each with its steps. */
  public Map<String, List<Step>> holdersOn(String holder, LocalDate date) {
    Map<String, List<Step>> result = new LinkedHashMap<>();
    Map<String, List<Step>> frontier = new LinkedHashMap<>();
    frontier.put(holder, List.of());
    Set<String> seen = new HashSet<>();
    while (!frontier.isEmpty()) {
      Map<String, List<Step>> next = new LinkedHashMap<>();
      for (Map.Entry<String, List<Step>> e : frontier.entrySet()) {
        String org = e.getKey();
        if (!seen.add(org)) {
          continue;
        }
        List<ChangeEvent> passing = passingOn(org, date);
        if (passing.isEmpty()) {
          result.putIfAbsent(org, e.getValue());
        }
        for (ChangeEvent c : passing) {
          for (String s : c.successors()) {
            List<Step> steps = new ArrayList<>(e.getValue());
            steps.add(new Step(c, org, s));
            next.putIfAbsent(s, List.copyOf(steps));
          }
        }
      }
      frontier = next;
    }
    return result;
  }

  /** The mergers and acquisitions in effect on {@code date} that pass {@code org}'s functions to others. */
  public List<ChangeEvent> passingOn(String org, LocalDate date) {
    List<ChangeEvent> passing = new ArrayList<>();
    for (ChangeEvent c : model.changesFrom(org)) {
      if ((c.kind() == ChangeKind.MERGER || c.kind() == ChangeKind.ACQUISITION)
          && !c.effectiveDate().isAfter(date) && !c.successors().contains(org)) {
        passing.add(c);
      }
    }
    return passing;
  }
}
