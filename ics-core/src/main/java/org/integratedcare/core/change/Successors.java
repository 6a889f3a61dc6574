package org.integratedcare.core.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Identified;
import org.integratedcare.core.ModelElement;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a party through the model's change events on a date: the one place where authority,
 * accountability chains, rules and migration find who holds an organisation's functions after
 * mergers, acquisitions, abolitions with successors and transfers of functions.
 *
 * <p><b>Rules.</b> Starting from the party asked about, for each organisation met: the earliest
 * change event in effect on the date that either {@linkplain ChangeEvent#ends(String) ends} it or
 * moves the function asked about away from it is followed to its {@linkplain
 * ChangeEvent#recipients(String, String) recipients} for that function; if there are none, the
 * line ends in a gap naming the organisation and the day before the event. A party not moved by any
 * event but whose own recorded period ended before the date also ends its line in a gap. Otherwise
 * the party holds the function on the date. Establishments and boundary changes move no functions;
 * a transfer of functions moves only the functions it lists, and only when one is asked about.
 *
 * <p><b>Cost.</b> Each step looks up the change events of one organisation through the model's
 * index by predecessor, so a resolution costs time proportional to the length of the succession
 * lines it follows; cycles of events are followed once.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Successors {
  private final IcsModel model;

  private Successors(IcsModel model) {
    this.model = model;
  }

  /**
   * The resolver over a model.
   *
   * @param model the model, not null
   * @return the resolver
   * @throws NullPointerException if {@code model} is null
   */
  public static Successors of(IcsModel model) {
    return new Successors(Objects.requireNonNull(model, "model"));
  }

  /**
   * Who holds {@code party}'s function (or, with no function, {@code party} as a whole) on a date.
   *
   * @param party the id of an organisation, body or post; an id the model does not record
   *     resolves to itself
   * @param function the id of a statutory function, or null to follow only the events that end the
   *     party
   * @param date the date, not null
   * @return the holders with the events followed, and the parties that ended with no successor
   * @throws NullPointerException if {@code party} or {@code date} is null
   */
  public Resolution resolve(String party, @Nullable String function, LocalDate date) {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(date, "date");
    Map<String, List<Resolution.Step>> holders = new LinkedHashMap<>();
    List<Resolution.Ended> ended = new ArrayList<>();
    Map<String, List<Resolution.Step>> frontier = new LinkedHashMap<>();
    frontier.put(party, List.of());
    Set<String> seen = new HashSet<>();
    while (!frontier.isEmpty()) {
      Map<String, List<Resolution.Step>> next = new LinkedHashMap<>();
      for (Map.Entry<String, List<Resolution.Step>> e : frontier.entrySet()) {
        String org = e.getKey();
        if (!seen.add(org)) {
          continue;
        }
        Optional<ChangeEvent> moving = movingAway(org, function, date);
        if (moving.isPresent()) {
          ChangeEvent c = moving.get();
          List<String> to = c.recipients(org, function);
          if (to.isEmpty()) {
            ended.add(new Resolution.Ended(org, c.effectiveDate().minusDays(1), Optional.of(c), e.getValue()));
          }
          for (String s : to) {
            List<Resolution.Step> steps = new ArrayList<>(e.getValue());
            steps.add(new Resolution.Step(c, org, s));
            next.putIfAbsent(s, List.copyOf(steps));
          }
          continue;
        }
        Optional<LocalDate> lastDay = endedBefore(org, date);
        if (lastDay.isPresent()) {
          ended.add(new Resolution.Ended(org, lastDay.get(), Optional.empty(), e.getValue()));
        } else {
          holders.putIfAbsent(org, e.getValue());
        }
      }
      frontier = next;
    }
    return new Resolution(party, Optional.ofNullable(function), date, holders, ended);
  }

  /**
   * The change events in effect on {@code date} that pass functions of {@code organisation} on to
   * others (with no function named: those that end it and name successors), earliest first.
   *
   * @param organisation an organisation's id, not null
   * @param function a function's id, or null for the organisation as a whole
   * @param date the date, not null
   * @return the events
   * @throws NullPointerException if {@code organisation} or {@code date} is null
   */
  public List<ChangeEvent> passingOn(String organisation, @Nullable String function, LocalDate date) {
    List<ChangeEvent> out = new ArrayList<>();
    for (ChangeEvent c : inEffect(organisation, date)) {
      if (!c.recipients(organisation, function).isEmpty()
          && (c.ends(organisation) || function != null)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The earliest event in effect that ends {@code org} or moves {@code function} away from it. */
  private Optional<ChangeEvent> movingAway(String org, @Nullable String function, LocalDate date) {
    for (ChangeEvent c : inEffect(org, date)) {
      if (c.ends(org) || (function != null && c.kind() == ChangeKind.TRANSFER_OF_FUNCTIONS
          && !c.recipients(org, function).isEmpty())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private List<ChangeEvent> inEffect(String org, LocalDate date) {
    List<ChangeEvent> from = model.changesFrom(org);
    if (from.isEmpty()) {
      return List.of();
    }
    List<ChangeEvent> out = new ArrayList<>();
    for (ChangeEvent c : from) {
      if (!c.effectiveDate().isAfter(date)) {
        out.add(c);
      }
    }
    out.sort(Comparator.comparing(ChangeEvent::effectiveDate));
    return out;
  }

  /** The last day of a recorded party whose own period ended before {@code date}. */
  private Optional<LocalDate> endedBefore(String id, LocalDate date) {
    Optional<Identified> record = model.find(id);
    if (record.isPresent() && record.get() instanceof ModelElement m) {
      Optional<LocalDate> end = m.period().end();
      if (end.isPresent() && end.get().isBefore(date)) {
        return end;
      }
    }
    return Optional.empty();
  }
}
