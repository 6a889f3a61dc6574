package org.integratedcare.io.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Identified;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Person;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.structure.Structure;

/**
 * Merges records into a model: records that replace the model's own of the same id, in place, and
 * new ones after them; tallies what was added, changed and left as it was. Not part of the API.
 */
final class Merge {
  private final IcsModel into;
  private final Map<String, Identified> replaced = new LinkedHashMap<>();
  private final List<Organisation> organisations = new ArrayList<>();
  private final List<Structure> structures = new ArrayList<>();
  private final List<Person> people = new ArrayList<>();
  private final List<Delegation> delegations = new ArrayList<>();
  private final Map<String, Identified> addedById = new HashMap<>();
  final List<String> added = new ArrayList<>();
  final List<String> changed = new ArrayList<>();
  final List<String> notPlaced = new ArrayList<>();
  int unchanged;

  Merge(IcsModel into) {
    this.into = into;
  }

  /** Every id in use: the model's and those of the records added so far. */
  Set<String> takenIds() {
    Set<String> taken = new HashSet<>();
    addedById.values().forEach(r -> taken.add(r.id()));
    for (List<? extends Identified> l : List.of(into.organisations(), into.structures(), into.bodies(), into.posts(),
        into.people(), into.appointments(), into.functions(), into.delegations(), into.mechanisms(),
        into.accountabilityLinks(), into.meetings(), into.changeEvents())) {
      l.forEach(r -> taken.add(r.id()));
    }
    return taken;
  }

  /** The record of that id and type as merged so far (a replacement, an added one, or the model's), or null. */
  <T extends Identified> T current(String id, Class<T> type) {
    String key = key(type, id);
    Identified r = replaced.get(key);
    if (r == null) {
      r = addedById.get(key);
    }
    if (r == null) {
      r = original(id, type);
    }
    return type.isInstance(r) ? type.cast(r) : null;
  }

  private Identified original(String id, Class<?> type) {
    if (Structure.class.isAssignableFrom(type)) {
      return into.structure(id).orElse(null);
    }
    if (Organisation.class.isAssignableFrom(type)) {
      return into.organisation(id).orElse(null);
    }
    return into.find(id).orElse(null);
  }

  /**
   * The key of a record: its id within its kind, since an ICB's or a primary care network's
   * structure shares the id of its organisation.
   */
  private static String key(Class<?> type, String id) {
    return (Structure.class.isAssignableFrom(type) ? "structure:" : "record:") + id;
  }

  private static String key(Identified record) {
    return key(record.getClass(), record.id());
  }

  /** Puts a record in: replaces the model's record of its id, or adds it; says which in the tallies. */
  void put(Identified record, String label, String where) {
    Class<? extends Identified> type = record instanceof Structure ? Structure.class
        : record instanceof Organisation ? Organisation.class : Identified.class;
    Identified existing = current(record.id(), type);
    if (existing == null) {
      add(record);
      added.add(label + " (" + where + ")");
    } else if (existing.equals(record)) {
      unchanged++;
    } else {
      replace(record);
      changed.add(label + " (" + where + ")");
    }
  }

  /** Replaces a record without tallying it (the caller says what changed). */
  void replace(Identified record) {
    if (addedById.containsKey(key(record))) {
      swapNew(record);
    } else {
      replaced.put(key(record), record);
    }
  }

  private void add(Identified record) {
    addedById.put(key(record), record);
    if (record instanceof Organisation o) {
      organisations.add(o);
    } else if (record instanceof Structure s) {
      structures.add(s);
    } else if (record instanceof Person p) {
      people.add(p);
    } else if (record instanceof Delegation d) {
      delegations.add(d);
    } else {
      throw new IllegalStateException("an import cannot add a " + record.getClass().getSimpleName());
    }
  }

  private void swapNew(Identified record) {
    addedById.put(key(record), record);
    if (record instanceof Organisation) {
      swap(organisations, record);
    } else if (record instanceof Structure) {
      swap(structures, record);
    } else if (record instanceof Person) {
      swap(people, record);
    } else {
      swap(delegations, record);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends Identified> void swap(List<T> list, Identified record) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id().equals(record.id())) {
        list.set(i, (T) record);
      }
    }
  }

  /** The merged model, integrity-checked. */
  ImportResult result() {
    IcsModel.Builder b = IcsModel.builder().name(into.name().orElse(null)).impliedByStatute(into.impliedByStatute());
    into.completeness().forEach(b::declareComplete);
    into.organisations().forEach(o -> b.add(swapped(o, Organisation.class)));
    organisations.forEach(b::add);
    into.structures().forEach(s -> b.add(swapped(s, Structure.class)));
    structures.forEach(b::add);
    into.bodies().forEach(x -> b.add(swapped(x, Body.class)));
    into.posts().forEach(b::add);
    into.people().forEach(p -> b.add(swapped(p, Person.class)));
    people.forEach(b::add);
    into.appointments().forEach(b::add);
    into.functions().forEach(b::add);
    into.delegations().forEach(d -> b.add(swapped(d, Delegation.class)));
    delegations.forEach(b::add);
    into.mechanisms().forEach(b::add);
    into.accountabilityLinks().forEach(b::add);
    into.meetings().forEach(b::add);
    into.changeEvents().forEach(b::add);
    return new ImportResult(b.build(), added, changed, notPlaced, unchanged);
  }

  private <T extends Identified> T swapped(T record, Class<T> type) {
    Identified r = replaced.get(key(record));
    return r == null ? record : type.cast(r);
  }
}
