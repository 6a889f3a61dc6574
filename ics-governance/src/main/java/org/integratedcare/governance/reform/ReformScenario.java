package org.integratedcare.governance.reform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.change.ChangeKind;
import org.integratedcare.core.change.FunctionTransfer;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.governance.internal.Names;
import org.integratedcare.governance.internal.Require;
import org.integratedcare.governance.internal.Standing;

/**
 * A reform as data: its changes, each with its source and status, to apply to any model on an
 * effective date that the caller chooses (a bill's commencement is not known until it is law).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the scenario's id, such as {@code "health-bill-2026"}; not blank
 * @param name the scenario's name, such as "Health Bill 2026 as introduced"; not blank
 * @param changes the changes, in order; at least one; ids unique; not null
 */
public record ReformScenario(String id, String name, List<ReformChange> changes) {

  /**
   * Checks the components and copies the list.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the id or name is blank, there are no changes, or two share an id
   */
  public ReformScenario {
    Require.sentence(id);
    Require.sentence(name);
    changes = List.copyOf(changes);
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("scenario '" + id + "' has no changes");
    }
    Set<String> ids = new HashSet<>();
    for (ReformChange c : changes) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("scenario '" + id + "' has two changes with the id '" + c.id() + "'");
      }
    }
  }

  /**
   * The scenario applied to a model: what each change did to it, and the model with the change
   * events added.
   *
   * @param model the model with the changes' change events (and any organisation they needed)
   * @param effective the effective date the changes were applied on
   * @param applied what each change did, in words, one entry per change, in order
   * @param droppedRules for each rule whose requirement a change removes, the change
   */
  public record Applied(IcsModel model, java.time.LocalDate effective, List<AppliedChange> applied,
      Map<String, ReformChange> droppedRules) {

    /**
     * Copies the lists and map.
     *
     * @throws NullPointerException if a component is null
     */
    public Applied {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(effective, "effective");
      applied = List.copyOf(applied);
      droppedRules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(droppedRules));
    }
  }

  /**
   * What one change did to one model.
   *
   * @param change the change, not null
   * @param records the ids of the records the change added to the model (change events, an
   *     organisation), in order; not null
   * @param sentence what it did, in words, ending with its source and status; not blank
   */
  public record AppliedChange(ReformChange change, List<String> records, String sentence) {

    /**
     * Checks the components and copies the list.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the sentence is blank
     */
    public AppliedChange {
      Objects.requireNonNull(change, "change");
      records = List.copyOf(records);
      Require.sentence(sentence);
    }
  }

  /**
   * Applies the scenario to a model with the changes taking effect on {@code effective}. Each
   * abolition becomes one change event per organisation of the kind in force the day before,
   * citing the change's source (a function delegated to several organisations passes to each of them); an organisation of the receiving kind is added, from the effective
   * date, if the model has none. A change that finds nothing to act on is reported as such.
   *
   * @param model the model, not null
   * @param effective the first day the changes have effect, not null
   * @return the model with the changes and what each did
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the ids the scenario would add are already used by the model
   *     for something else
   */
  public Applied apply(IcsModel model, java.time.LocalDate effective) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(effective, "effective");
    java.time.LocalDate dayBefore = effective.minusDays(1);
    Names names = new Names(model);
    IcsModel.Builder b = model.toBuilder();
    List<AppliedChange> applied = new ArrayList<>();
    Map<String, ReformChange> dropped = new LinkedHashMap<>();
    for (ReformChange change : changes) {
      String basis = " (" + change.source().document() + change.source().clause().map(c -> ", " + c).orElse("")
          + change.source().status().map(s -> "; " + Standing.words(s)).orElse("") + ")";
      if (change instanceof ReformChange.RequirementDropped r) {
        r.rules().forEach(rule -> dropped.put(rule, r));
        applied.add(new AppliedChange(change, List.of(), capital(r.description()) + " from "
            + Names.date(effective) + ": the findings of " + String.join(", ", r.rules()) + " no longer stand" + basis
            + "."));
        continue;
      }
      ReformChange.Abolition a = (ReformChange.Abolition) change;
      List<Organisation> abolished = model.organisations().stream()
          .filter(o -> o.inForceOn(dayBefore) && o.kindOn(dayBefore).filter(a.abolished()::equals).isPresent())
          .toList();
      if (abolished.isEmpty()) {
        applied.add(new AppliedChange(change, List.of(), capital(a.description()) + ": the model records no "
            + a.abolished().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + " organisation in force on " + Names.date(dayBefore) + ", so nothing changes" + basis + "."));
        continue;
      }
      List<String> added = new ArrayList<>();
      Optional<String> receiver = Optional.empty();
      if (a.functionsTo().isPresent()) {
        OrganisationKind kind = a.functionsTo().get();
        receiver = model.organisations().stream()
            .filter(o -> o.inForceOn(effective) && o.kindOn(effective).filter(kind::equals).isPresent())
            .map(Organisation::id).findFirst();
        if (receiver.isEmpty()) {
          String rid = id + "-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
          requireFree(model, rid);
          b.add(Organisation.builder().from(Organisation.of(rid, kind, Names.kind(kind).replaceFirst("^(the|an?) ", ""),
              DateRange.from(effective))).addSources(a.source()).build());
          added.add(rid);
          receiver = Optional.of(rid);
        }
      }
      List<String> said = new ArrayList<>();
      for (Organisation o : abolished) {
        String eid = id + "-" + a.id() + "-" + o.id();
        requireFree(model, eid);
        Map<String, List<String>> byRecipient = new LinkedHashMap<>();
        for (StatutoryFunction f : model.functionsHeldBy(o.id())) {
          List<String> to = new ArrayList<>();
          if (a.delegatedFunctionsPassToDelegate()) {
            // every organisation it is delegated to takes it on (NHS England's primary care: each ICB)
            model.delegationsOf(f.id()).stream()
                .filter(d -> d.delegator().equals(o.id()) && d.inForceOn(dayBefore)
                    && model.organisation(d.delegate()).isPresent())
                .map(Delegation::delegate).distinct().forEach(to::add);
          }
          if (to.isEmpty()) {
            receiver.ifPresent(to::add);
          }
          to.forEach(r -> byRecipient.computeIfAbsent(r, k -> new ArrayList<>()).add(f.id()));
        }
        ChangeEvent.Builder e = ChangeEvent.builder().id(eid).kind(ChangeKind.ABOLITION).effectiveDate(effective)
            .addPredecessors(o.id()).description(a.description()).addSources(a.source());
        if (byRecipient.isEmpty()) {
          receiver.ifPresent(e::addSuccessors);
        } else {
          byRecipient.forEach((to, fs) -> {
            e.addSuccessors(to);
            e.addTransfers(FunctionTransfer.of(o.id(), to, fs));
          });
        }
        b.add(e.build());
        added.add(eid);
        String where = byRecipient.isEmpty()
            ? receiver.map(r -> ", its functions (none recorded) to " + names.of(r, effective)).orElse("")
            : ": " + String.join("; ", byRecipient.entrySet().stream().map(en -> en.getValue().size()
                + (en.getValue().size() == 1 ? " function" : " functions") + " to "
                + (model.find(en.getKey()).isPresent() ? names.of(en.getKey(), effective) : "the "
                    + Names.kind(a.functionsTo().orElseThrow()).replaceFirst("^(the|an?) ", ""))).toList());
        said.add(names.of(o.id(), dayBefore) + " abolished" + where);
      }
      applied.add(new AppliedChange(change, added, capital(a.description()) + " from " + Names.date(effective) + ": "
          + String.join("; ", said) + basis + "."));
    }
    return new Applied(b.build(), effective, applied, dropped);
  }

  private static void requireFree(IcsModel model, String id) {
    if (model.find(id).isPresent()) {
      throw new IllegalArgumentException("the model already has a record '" + id
          + "', an id the scenario needs for a record it adds");
    }
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
