package org.integratedcare.io.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.ConflictType;
import org.integratedcare.core.body.Declaration;
import org.integratedcare.core.body.InterestType;
import org.integratedcare.core.body.Person;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.core.time.Dated;

/**
 * The register of interests as a table: its layout, its import into the people of a model and its
 * export from them. Not part of the API; {@link Imports} is.
 */
final class RegisterOfInterests {
  static final List<String> COLUMNS = List.of("person", "role", "body", "interest", "type", "conflict",
      "organisation", "from", "to", "action taken", "declared");
  /**
   * The columns a register must have. The conflict column is not among them: a register lists
   * interests, and whether one is an actual, potential or perceived conflict is judged against a
   * decision, so published registers do not have it.
   */
  static final List<String> REQUIRED = List.of("person", "interest", "from");

  private RegisterOfInterests() {}

  static List<String> typeNames() {
    return Arrays.stream(InterestType.values()).map(InterestType::typeName).toList();
  }

  static List<String> conflictNames() {
    return Arrays.stream(ConflictType.values()).map(ConflictType::typeName).toList();
  }

  /** A row read: whose declaration, the declaration, and the role and body the row gives. */
  private record Entry(Csv.Row row, String personText, String personId, Declaration declaration, String role,
      String bodyId) {}

  static ImportResult importInto(IcsModel model, Table t) {
    Names people = new Names("person");
    model.people().forEach(p -> people.add(p.id(), p.name()));
    Names organisations = new Names("organisation");
    model.organisations().forEach(o -> organisations.add(o.id(), o.names().stream().map(Dated::value).toList()));
    Names bodies = new Names("body");
    model.bodies().forEach(b -> bodies.add(b.id(), b.name()));

    List<Entry> entries = new ArrayList<>();
    for (Csv.Row r : t.rows()) {
      String person = t.required(r, "person", "the person's name or id");
      String personId = null;
      if (person != null) {
        Names.Found f = people.find(person);
        if (f.id() != null) {
          personId = f.id();
        } else if (f.problem().contains("more than one") || people.hasNear(person)) {
          t.problem(r, "person", f.problem() + " (to add a new person of that name, first add them to the model)");
          person = null;
        }
      }
      String description = t.required(r, "interest", "what the interest is");
      String type = t.oneOf(r, "type", typeNames());
      // an empty cell, or no conflict column, is an interest not assessed as a conflict
      String conflict = t.oneOf(r, "conflict", conflictNames());
      String org = null;
      if (t.text(r, "organisation") != null) {
        Names.Found f = organisations.find(t.text(r, "organisation"));
        if (f.id() == null) {
          t.problem(r, "organisation", f.problem());
        }
        org = f.id();
      }
      String bodyId = null;
      if (t.text(r, "body") != null) {
        Names.Found f = bodies.find(t.text(r, "body"));
        if (f.id() == null) {
          t.problem(r, "body", f.problem());
        }
        bodyId = f.id();
      }
      DateRange period = t.period(r, true);
      String action = t.text(r, "action taken");
      LocalDate declared = t.date(r, "declared", false);
      if (person == null || description == null || period == null
          || (t.text(r, "conflict") != null && conflict == null) || (t.text(r, "type") != null && type == null) || (t.text(r, "organisation") != null && org == null)
          || (t.text(r, "body") != null && bodyId == null) || (t.text(r, "declared") != null && declared == null)) {
        continue;
      }
      Declaration d;
      try {
        d = Declaration.builder().description(description)
            .conflict(Optional.ofNullable(conflict).map(c -> ConflictType.valueOf(c.toUpperCase(Locale.ROOT))))
            .organisation(Optional.ofNullable(org)).period(period)
            .interestType(Optional.ofNullable(type).map(InterestType::ofTypeName))
            .actionTaken(Optional.ofNullable(action)).declaredOn(Optional.ofNullable(declared)).build();
      } catch (IllegalArgumentException e) {
        t.rowProblem(r, e.getMessage());
        continue;
      }
      entries.add(new Entry(r, person, personId, d, t.text(r, "role"), bodyId));
    }
    t.throwIfProblems();

    Merge merge = new Merge(model);
    Names.Ids ids = new Names.Ids(merge.takenIds());
    Map<String, String> newPeople = new HashMap<>(); // lower-case name -> new id
    Map<String, List<Entry>> byPerson = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    for (Entry e : entries) {
      String id = e.personId();
      if (id == null) {
        id = newPeople.computeIfAbsent(e.personText().toLowerCase(Locale.ROOT), k -> ids.make("", e.personText()));
        names.putIfAbsent(id, e.personText());
      }
      byPerson.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
    }
    for (Map.Entry<String, List<Entry>> p : byPerson.entrySet()) {
      String id = p.getKey();
      Person existing = merge.current(id, Person.class);
      List<Declaration> declarations = new ArrayList<>(existing == null ? List.of() : existing.declarations());
      // a declaration is the same one when its text and first day are: index them, not scan them
      Map<List<Object>, Integer> index = new HashMap<>();
      for (int i = 0; i < declarations.size(); i++) {
        index.put(List.of(declarations.get(i).description(), declarations.get(i).period().start()), i);
      }
      for (Entry e : p.getValue()) {
        Declaration d = e.declaration();
        String where = t.rowName(e.row());
        List<Object> key = List.of(d.description(), d.period().start());
        int same = index.getOrDefault(key, -1);
        if (same < 0) {
          index.put(key, declarations.size());
        }
        String label = "declaration of " + id + ": " + d.description();
        if (same >= 0) {
          d = keepWhatTheFileDoesNotGive(t, declarations.get(same), d);
        }
        if (same < 0) {
          declarations.add(d);
          merge.added.add(label + " (" + where + ")");
        } else if (declarations.get(same).equals(d)) {
          merge.unchanged++;
        } else {
          declarations.set(same, d);
          merge.changed.add(label + " (" + where + ")");
        }
        if (e.role() != null || e.bodyId() != null) {
          roleCheck(model, id, e, where).ifPresent(merge.notPlaced::add);
        }
      }
      if (existing == null) {
        Person added = Person.builder().id(id).name(names.get(id)).declarations(declarations).build();
        merge.put(added, "person " + id + ": " + names.get(id), t.rowName(p.getValue().get(0).row()));
      } else if (!existing.declarations().equals(declarations)) {
        merge.replace(Person.builder().from(existing).declarations(declarations).build());
      }
    }
    return merge.result();
  }

  /**
   * A column the file does not have says nothing about the declaration: the value the model
   * records is kept, so importing a register without (say) a conflict column never clears the
   * assessments already recorded. An empty cell in a column the file has does clear it.
   */
  private static Declaration keepWhatTheFileDoesNotGive(Table t, Declaration recorded, Declaration read) {
    Declaration.Builder b = Declaration.builder().from(read);
    if (!t.has("conflict")) {
      b.conflict(recorded.conflict());
    }
    if (!t.has("type")) {
      b.interestType(recorded.interestType());
    }
    if (!t.has("organisation")) {
      b.organisation(recorded.organisation());
    }
    if (!t.has("action taken")) {
      b.actionTaken(recorded.actionTaken());
    }
    if (!t.has("declared")) {
      b.declaredOn(recorded.declaredOn());
    }
    if (!t.has("to")) {
      b.period(recorded.period()); // the same start: that is how the declaration was matched
    }
    return b.build();
  }

  /**
   * The role and body a row gives are where the person sits; the model keeps them as appointments.
   * Empty when an appointment of the person to a post of that title on that body is recorded;
   * otherwise the line to list as not placed.
   */
  private static Optional<String> roleCheck(IcsModel model, String personId, Entry e, String where) {
    for (Appointment a : model.appointmentsOf(personId)) {
      Optional<Post> post = model.post(a.post());
      if (post.isEmpty()) {
        continue;
      }
      boolean bodyMatches = e.bodyId() == null || post.get().body().equals(e.bodyId());
      boolean roleMatches = e.role() == null || post.get().title().equalsIgnoreCase(e.role());
      if (bodyMatches && roleMatches) {
        return Optional.empty();
      }
    }
    return Optional.of("role of " + personId + ": '" + (e.role() == null ? "" : e.role()) + "'"
        + (e.bodyId() == null ? "" : " on " + e.bodyId()) + " (" + where + "): the model records no appointment of"
        + " the person to such a post; the declaration was imported, the role was not (add the post and the"
        + " appointment to the model)");
  }

  /**
   * The people's declarations in this layout, person by person in model order. The conflict column
   * is written only when some declaration records a conflict type, so a model whose register
   * records none exports in the shape registers are published in.
   */
  static String export(IcsModel model) {
    boolean conflicts = model.people().stream().flatMap(p -> p.declarations().stream())
        .anyMatch(d -> d.conflict().isPresent());
    StringBuilder out = new StringBuilder();
    Csv.writeRow(out, conflicts ? COLUMNS : COLUMNS.stream().filter(c -> !c.equals("conflict")).toList());
    for (Person p : model.people()) {
      for (Declaration d : p.declarations()) {
        Optional<Post> post = postOf(model, p, d);
        Optional<Body> body = post.flatMap(x -> model.body(x.body()));
        List<String> row = new ArrayList<>(List.of(p.id(), post.map(Post::title).orElse(""),
            body.map(Body::id).orElse(""), d.description(), d.interestType().map(InterestType::typeName).orElse("")));
        if (conflicts) {
          row.add(d.conflict().map(ConflictType::typeName).orElse(""));
        }
        row.addAll(List.of(d.organisation().orElse(""), d.period().startText(), d.period().endText().orElse(""),
            d.actionTaken().orElse(""), d.declaredOn().map(LocalDate::toString).orElse("")));
        Csv.writeRow(out, row);
      }
    }
    return out.toString();
  }

  /** The post the person held while the interest held (the first such appointment in the model), if any. */
  private static Optional<Post> postOf(IcsModel model, Person p, Declaration d) {
    for (Appointment a : model.appointmentsOf(p.id())) {
      if (a.period().overlaps(d.period())) {
        return model.post(a.post());
      }
    }
    return Optional.empty();
  }
}
