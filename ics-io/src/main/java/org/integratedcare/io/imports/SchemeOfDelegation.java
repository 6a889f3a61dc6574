package org.integratedcare.io.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Source;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.function.FinancialLimit;
import org.integratedcare.core.function.LimitCategory;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.core.time.Dated;

/**
 * The scheme of reservation and delegation as a table: its layout, its import into a model and its
 * export from one. Not part of the API; {@link Imports} is.
 */
final class SchemeOfDelegation {
  static final List<String> COLUMNS = List.of("id", "delegator", "delegate", "functions", "reserved to board",
      "instrument", "clause", "condition", "financial limit", "limit category", "limit amount",
      "onward delegation", "reports to", "from", "to", "source", "source url", "source clause", "source status");
  static final List<String> REQUIRED = List.of("delegator", "delegate", "functions");
  /** The columns that belong to the delegation as a whole, given once or repeated the same on every row of it. */
  private static final List<String> WHOLE = List.of("delegator", "delegate", "functions", "instrument", "clause",
      "financial limit", "onward delegation", "reports to", "from", "to");

  private SchemeOfDelegation() {}

  static List<String> instrumentNames() {
    return Arrays.stream(DelegationInstrument.values()).map(DelegationInstrument::typeName).toList();
  }

  static List<String> categoryNames() {
    return Arrays.stream(LimitCategory.values()).map(LimitCategory::typeName).toList();
  }

  static List<String> statusNames() {
    return Arrays.stream(SourceStatus.values()).map(SchemeOfDelegation::typeName).toList();
  }

  static String typeName(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The rows of one delegation, in file order. */
  private record Group(String id, List<Csv.Row> rows) {}

  static ImportResult importInto(IcsModel model, Table t) {
    Names parties = new Names("body, organisation or post");
    model.bodies().forEach(b -> parties.add(b.id(), b.name()));
    model.organisations().forEach(o -> parties.add(o.id(), o.names().stream().map(Dated::value).toList()));
    model.posts().forEach(p -> parties.add(p.id(), p.title()));
    Names functions = new Names("function");
    model.functions().forEach(f -> functions.add(f.id(), f.name()));

    Merge merge = new Merge(model);
    Set<String> taken = merge.takenIds();
    // reservations: body or organisation id -> functions, with the first row that names each
    Map<String, Set<String>> reservations = new LinkedHashMap<>();
    Map<String, Csv.Row> reservationRows = new LinkedHashMap<>();
    Map<String, Group> groups = new LinkedHashMap<>();
    Group last = null;
    for (Csv.Row r : t.rows()) {
      Boolean reserved = t.yesNo(r, "reserved to board");
      if (Boolean.TRUE.equals(reserved)) {
        reservation(t, r, parties, functions, reservations, reservationRows);
        last = null;
        continue;
      }
      String id = t.text(r, "id");
      boolean continuation = id == null && t.text(r, "delegator") == null && t.text(r, "delegate") == null
          && t.text(r, "functions") == null;
      if (continuation) {
        if (last == null) {
          t.rowProblem(r, "the row names no delegator, delegate or functions, and follows no delegation it could"
              + " add to; give the delegation's id or its delegator, delegate and functions");
        } else {
          last.rows().add(r);
        }
        continue;
      }
      if (id == null) {
        String delegator = t.text(r, "delegator");
        String delegate = t.text(r, "delegate");
        String from = t.text(r, "from");
        if (delegator == null || delegate == null) {
          t.required(r, "delegator", "the body, organisation or post that delegates");
          t.required(r, "delegate", "the body, organisation or post that receives the functions");
          last = null;
          continue;
        }
        String a = parties.find(delegator).id();
        String b = parties.find(delegate).id();
        id = Names.idFor("del-", (a == null ? delegator : a) + " " + (b == null ? delegate : b)
            + (from == null ? "" : " " + from), Set.of());
        if (groups.containsKey(id)) {
          t.rowProblem(r, "a delegation from " + delegator + " to " + delegate + " from " + from
              + " is already given on " + t.rowName(groups.get(id).rows().get(0))
              + "; give each delegation an id, and the same id on each of its rows");
          last = null;
          continue;
        }
      } else if (!Names.isWellFormedId(id)) {
        t.problem(r, "id", "'" + org.integratedcare.core.Bounds.excerpt(id, 60) + "' is not an id: use 1 to 128"
            + " letters, digits or . _ : / -, starting with a letter or digit");
        last = null;
        continue;
      }
      Group g = groups.computeIfAbsent(id, k -> new Group(k, new ArrayList<>()));
      g.rows().add(r);
      last = g;
    }
    List<Delegation> read = new ArrayList<>();
    Map<String, Csv.Row> firstRow = new LinkedHashMap<>();
    for (Group g : groups.values()) {
      Delegation d = delegation(t, g, parties, functions);
      if (d != null) {
        read.add(d);
        firstRow.put(d.id(), g.rows().get(0));
      }
    }
    t.throwIfProblems();
    for (Delegation d : read) {
      Delegation existing = merge.current(d.id(), Delegation.class);
      if (existing == null && taken.contains(d.id())) {
        t.problem(firstRow.get(d.id()), "id", "the id '" + d.id() + "' is already used by a record that is not a"
            + " delegation");
        continue;
      }
      merge.put(d, "delegation " + d.id() + ": " + d.delegator() + " to " + d.delegate(), t.rowName(firstRow.get(d.id())));
    }
    for (Map.Entry<String, Set<String>> e : reservations.entrySet()) {
      reserve(merge, e.getKey(), e.getValue(), t.rowName(reservationRows.get(e.getKey())), t, reservationRows.get(e.getKey()));
    }
    t.throwIfProblems();
    return merge.result();
  }

  private static void reservation(Table t, Csv.Row r, Names parties, Names functions,
      Map<String, Set<String>> reservations, Map<String, Csv.Row> rows) {
    for (String c : List.of("id", "delegate", "instrument", "clause", "condition", "financial limit",
        "limit category", "limit amount", "onward delegation", "reports to", "from", "to", "source", "source url",
        "source clause", "source status")) {
      if (t.text(r, c) != null) {
        t.problem(r, c, "a row that reserves functions to a board gives only the delegator (the board or its"
            + " organisation) and the functions; leave the " + c + " empty");
      }
    }
    String holder = t.required(r, "delegator", "the board (a body) or the organisation whose board keeps the functions");
    Set<String> fns = functionIds(t, r, functions);
    if (holder == null || fns == null) {
      return;
    }
    Names.Found h = parties.find(holder);
    if (h.id() == null) {
      t.problem(r, "delegator", h.problem());
      return;
    }
    reservations.computeIfAbsent(h.id(), k -> new LinkedHashSet<>()).addAll(fns);
    rows.putIfAbsent(h.id(), r);
  }

  private static void reserve(Merge merge, String holder, Set<String> fns, String where, Table t, Csv.Row r) {
    Body body = merge.current(holder, Body.class);
    Organisation org = merge.current(holder, Organisation.class);
    if (body != null) {
      Set<String> all = new TreeSet<>(body.reservedFunctions());
      if (all.addAll(fns)) {
        merge.replace(Body.builder().from(body).reservedFunctions(all).build());
        merge.changed.add("body " + holder + ": reserves " + String.join(", ", fns) + " (" + where + ")");
      } else {
        merge.unchanged++;
      }
    } else if (org != null) {
      Set<String> all = new TreeSet<>(org.reservedToBoard());
      if (all.addAll(fns)) {
        merge.replace(Organisation.builder().from(org).reservedToBoard(all).build());
        merge.changed.add("organisation " + holder + ": board reserves " + String.join(", ", fns) + " (" + where + ")");
      } else {
        merge.unchanged++;
      }
    } else {
      t.problem(r, "delegator", "'" + holder + "' is a post: only a body or an organisation's board can have"
          + " functions reserved to it");
    }
  }

  private static Set<String> functionIds(Table t, Csv.Row r, Names functions) {
    String text = t.required(r, "functions", "the ids or names of the functions, separated by semicolons");
    if (text == null) {
      return null;
    }
    Set<String> ids = new LinkedHashSet<>();
    boolean ok = true;
    for (String part : text.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      Names.Found f = functions.find(part);
      if (f.id() == null) {
        t.problem(r, "functions", f.problem());
        ok = false;
      } else {
        ids.add(f.id());
      }
    }
    if (ok && ids.isEmpty()) {
      t.problem(r, "functions", "no function is named; give at least one id or name");
      return null;
    }
    return ok ? ids : null;
  }

  /** One delegation from its rows, or null with problems. */
  private static Delegation delegation(Table t, Group g, Names parties, Names functions) {
    Csv.Row first = g.rows().get(0);
    // the columns of the delegation as a whole: the first row that gives one, and no other value on a later row
    Map<String, Csv.Row> givenOn = new LinkedHashMap<>();
    boolean ok = true;
    for (String c : WHOLE) {
      for (Csv.Row r : g.rows()) {
        String v = t.text(r, c);
        if (v == null) {
          continue;
        }
        Csv.Row prior = givenOn.putIfAbsent(c, r);
        if (prior != null && !v.equals(t.text(prior, c))) {
          t.problem(r, c, "'" + org.integratedcare.core.Bounds.excerpt(v, 60) + "' differs from the " + c + " of the same"
              + " delegation (" + g.id() + ") on " + t.rowName(prior) + "; a delegation has one " + c);
          ok = false;
        }
      }
    }
    Csv.Row at = first;
    Csv.Row delegatorRow = givenOn.getOrDefault("delegator", first);
    Csv.Row delegateRow = givenOn.getOrDefault("delegate", first);
    String delegator = party(t, delegatorRow, "delegator", parties, "the body, organisation or post that delegates");
    String delegate = party(t, delegateRow, "delegate", parties, "the body, organisation or post that receives the functions");
    Set<String> fns = functionIds(t, givenOn.getOrDefault("functions", first), functions);
    Csv.Row instrumentRow = givenOn.getOrDefault("instrument", first);
    String instrument = t.text(instrumentRow, "instrument") == null
        ? t.required(instrumentRow, "instrument", "the power used, one of: " + String.join(", ", instrumentNames()))
        : t.oneOf(instrumentRow, "instrument", instrumentNames());
    String clause = givenOn.containsKey("clause") ? t.text(givenOn.get("clause"), "clause") : null;
    BigDecimal limit = givenOn.containsKey("financial limit") ? t.money(givenOn.get("financial limit"), "financial limit") : null;
    Boolean onward = givenOn.containsKey("onward delegation") ? t.yesNo(givenOn.get("onward delegation"), "onward delegation") : null;
    String reportsTo = givenOn.containsKey("reports to")
        ? party(t, givenOn.get("reports to"), "reports to", parties, "") : null;
    Csv.Row periodRow = givenOn.getOrDefault("from", first);
    if (givenOn.containsKey("to") && givenOn.get("to") != periodRow && t.text(periodRow, "to") == null) {
      t.problem(givenOn.get("to"), "to", "give the to date on the same row as the from date");
      ok = false;
    }
    DateRange period = t.period(periodRow, true);
    Set<String> conditions = new LinkedHashSet<>();
    List<FinancialLimit> limits = new ArrayList<>();
    Map<LimitCategory, Csv.Row> limitRows = new LinkedHashMap<>();
    Set<Source> sources = new LinkedHashSet<>();
    for (Csv.Row r : g.rows()) {
      String condition = t.text(r, "condition");
      if (condition != null) {
        conditions.add(condition);
      }
      String category = t.text(r, "limit category") == null ? null : t.oneOf(r, "limit category", categoryNames());
      BigDecimal amount = t.money(r, "limit amount");
      if ((t.text(r, "limit category") == null) != (t.text(r, "limit amount") == null)) {
        t.problem(r, t.text(r, "limit category") == null ? "limit category" : "limit amount",
            "a limit needs both its category and its amount");
        ok = false;
      } else if (category != null && amount != null) {
        LimitCategory cat = LimitCategory.valueOf(category.toUpperCase(Locale.ROOT).replace('-', '_'));
        Csv.Row prior = limitRows.putIfAbsent(cat, r);
        if (prior == null) {
          limits.add(FinancialLimit.of(cat, amount));
        } else if (limits.stream().noneMatch(l -> l.category() == cat && l.amount().compareTo(amount) == 0)) {
          t.problem(r, "limit amount", "the delegation " + g.id() + " already sets a " + category + " limit on "
              + t.rowName(prior) + "; at most one limit of each category");
          ok = false;
        }
      }
      Source s = source(t, r);
      if (s != null) {
        sources.add(s);
      }
    }
    if (!ok || delegator == null || delegate == null || fns == null || instrument == null || period == null
        || (givenOn.containsKey("financial limit") && limit == null)
        || (givenOn.containsKey("onward delegation") && onward == null)
        || (givenOn.containsKey("reports to") && reportsTo == null)) {
      return null;
    }
    if (delegator.equals(delegate)) {
      t.problem(delegateRow, "delegate", "the delegation delegates from '" + delegator + "' to itself");
      return null;
    }
    try {
      return Delegation.builder().id(g.id()).delegator(delegator).delegate(delegate).functions(fns)
          .instrument(DelegationInstrument.valueOf(instrument.toUpperCase(Locale.ROOT).replace('-', '_')))
          .clause(Optional.ofNullable(clause)).conditions(conditions).financialLimit(Optional.ofNullable(limit))
          .limits(limits).onwardDelegationAllowed(Optional.ofNullable(onward))
          .reportsTo(Optional.ofNullable(reportsTo)).period(period).sources(sources).build();
    } catch (IllegalArgumentException e) {
      t.rowProblem(at, e.getMessage());
      return null;
    }
  }

  private static String party(Table t, Csv.Row r, String column, Names parties, String what) {
    String v = what.isEmpty() ? t.text(r, column) : t.required(r, column, what);
    if (v == null) {
      return null;
    }
    Names.Found f = parties.find(v);
    if (f.id() == null) {
      t.problem(r, column, f.problem());
    }
    return f.id();
  }

  private static Source source(Table t, Csv.Row r) {
    String document = t.text(r, "source");
    String url = t.text(r, "source url");
    String clause = t.text(r, "source clause");
    String status = t.text(r, "source status") == null ? null : t.oneOf(r, "source status", statusNames());
    if (document == null) {
      for (String c : List.of("source url", "source clause", "source status")) {
        if (t.text(r, c) != null) {
          t.problem(r, "source", "the " + c + " is given but not the source document it belongs to");
          break;
        }
      }
      return null;
    }
    if (t.text(r, "source status") != null && status == null) {
      return null;
    }
    return Source.builder().document(document).url(Optional.ofNullable(url)).clause(Optional.ofNullable(clause))
        .status(Optional.ofNullable(status).map(s -> SourceStatus.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'))))
        .build();
  }

  /** The model's scheme of delegation in this layout: every delegation, then every reservation. */
  static String export(IcsModel model) {
    StringBuilder out = new StringBuilder();
    Csv.writeRow(out, COLUMNS);
    for (Delegation d : model.delegations()) {
      int n = Math.max(1, Math.max(d.conditions().size(), Math.max(d.limits().size(), d.sources().size())));
      for (int i = 0; i < n; i++) {
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(d.id());
        row.add(d.delegator());
        row.add(d.delegate());
        row.add(String.join("; ", new TreeSet<>(d.functions())));
        row.add("");
        row.add(d.instrument().typeName());
        row.add(d.clause().orElse(""));
        row.add(i < d.conditions().size() ? d.conditions().get(i) : "");
        row.add(d.financialLimit().map(BigDecimal::toPlainString).orElse(""));
        row.add(i < d.limits().size() ? d.limits().get(i).category().typeName() : "");
        row.add(i < d.limits().size() ? d.limits().get(i).amount().toPlainString() : "");
        row.add(d.onwardDelegationAllowed().map(b -> b ? "yes" : "no").orElse(""));
        row.add(d.reportsTo().orElse(""));
        row.add(d.period().startText());
        row.add(d.period().endText().orElse(""));
        Source s = i < d.sources().size() ? d.sources().get(i) : null;
        row.add(s == null ? "" : s.document());
        row.add(s == null ? "" : s.url().orElse(""));
        row.add(s == null ? "" : s.clause().orElse(""));
        row.add(s == null ? "" : s.status().map(SchemeOfDelegation::typeName).orElse(""));
        Csv.writeRow(out, row);
      }
    }
    for (Organisation o : model.organisations()) {
      if (!o.reservedToBoard().isEmpty()) {
        Csv.writeRow(out, reservationRow(o.id(), o.reservedToBoard()));
      }
    }
    for (Body b : model.bodies()) {
      if (!b.reservedFunctions().isEmpty()) {
        Csv.writeRow(out, reservationRow(b.id(), b.reservedFunctions()));
      }
    }
    return out.toString();
  }

  private static List<String> reservationRow(String holder, Set<String> fns) {
    List<String> row = new ArrayList<>();
    for (String c : COLUMNS) {
      row.add(switch (c) {
        case "delegator" -> holder;
        case "functions" -> String.join("; ", new TreeSet<>(fns));
        case "reserved to board" -> "yes";
        default -> "";
      });
    }
    return row;
  }

}
