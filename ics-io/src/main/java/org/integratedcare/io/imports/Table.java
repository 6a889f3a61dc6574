package org.integratedcare.io.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.integratedcare.core.Bounds;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.integratedcare.core.time.DateRange;

/**
 * The rows of a table file under its layout's columns, and the problems found in them, each placed
 * by row and column as a spreadsheet shows them ({@code row 4, column C (delegate)}). Not part of
 * the API.
 */
final class Table {
  private final String subject;
  private final List<Problem> problems = new ArrayList<>();
  /** The column names of the layout, in its order, lower case. */
  private final List<String> layout;
  /** Layout column name to its index in the file, for the columns the file has. */
  private final Map<String, Integer> index = new HashMap<>();
  private final List<Csv.Row> rows = new ArrayList<>();
  private boolean headerBroken;
  /** For each problem, its row, column and order found, to list problems row by row. */
  private final List<int[]> places = new ArrayList<>();
  /** The most problems reported for one file: beyond them, reading stops. */
  static final int MAX_PROBLEMS = 1_000;

  private Table(String subject, List<String> layout) {
    this.subject = subject;
    this.layout = layout;
  }

  /**
   * A table whose first row names its columns: every layout column in {@code required} must be
   * there, and every column there must be one of the layout's (misspellings are offered the nearest).
   */
  static Table withHeader(List<Csv.Row> all, String subject, List<String> layout, List<String> required) {
    Table t = new Table(subject, layout);
    if (all.isEmpty() || all.get(0).isBlank()) {
      t.add(Problem.at("row 1", "the file has no header row; the first row must name the columns: "
          + String.join(", ", layout)));
      return t;
    }
    Csv.Row header = all.get(0);
    for (int c = 0; c < header.fields().size(); c++) {
      String name = header.fields().get(c).strip().toLowerCase(Locale.ROOT);
      String where = "row 1, column " + letter(c);
      if (name.isEmpty()) {
        t.add(Problem.at(where, "the column has no name; name it or delete it"));
      } else if (!layout.contains(name)) {
        t.add(Problem.at(where, "'" + Bounds.excerpt(name, 60) + "' is not a column of this layout (its"
            + " columns are: " + String.join(", ", layout) + ")" + Names.didYouMean(name, layout)));
      } else if (t.index.containsKey(name)) {
        t.add(Problem.at(where, "the column '" + name + "' is named twice (also column "
            + letter(t.index.get(name)) + ")"));
      } else {
        t.index.put(name, c);
      }
    }
    for (String r : required) {
      if (!t.index.containsKey(r)) {
        t.add(Problem.at("row 1", "the column '" + r + "' is missing; it is required"));
      }
    }
    t.headerBroken = !t.problems.isEmpty();
    t.addRows(all.subList(1, all.size()), header.fields().size());
    return t;
  }

  /**
   * A table whose columns are fixed by position, as NHS England's ODS files are published: the
   * first row is a header only if its first field is {@code headerFirstField}.
   */
  static Table byPosition(List<Csv.Row> all, String subject, List<String> layout, String headerFirstField) {
    Table t = new Table(subject, layout);
    for (int c = 0; c < layout.size(); c++) {
      t.index.put(layout.get(c), c);
    }
    int first = !all.isEmpty() && !all.get(0).fields().isEmpty()
        && all.get(0).fields().get(0).strip().equalsIgnoreCase(headerFirstField) ? 1 : 0;
    t.addRows(all.subList(first, all.size()), layout.size());
    return t;
  }

  private void addRows(List<Csv.Row> data, int width) {
    for (Csv.Row r : data) {
      if (r.isBlank()) {
        continue; // a row of empty cells holds nothing to import
      }
      if (r.fields().size() != width) {
        add(r.number(), -1, Problem.at(rowName(r), "the row has " + r.fields().size() + " cells but the layout has "
            + width + " columns; the row was not read"));
        continue;
      }
      boolean clean = true;
      for (int c = 0; c < r.fields().size(); c++) {
        String f = r.fields().get(c);
        Optional<String> bad = f.isEmpty() ? Optional.empty() : Bounds.textProblem(f);
        if (bad.isPresent()) {
          add(r.number(), c, Problem.at(cellName(r, c), "'" + Bounds.excerpt(f, 60) + "' is not allowed: " + bad.get()));
          clean = false;
        }
      }
      if (clean) {
        rows.add(r);
      }
    }
  }

  /** Adds a problem; past {@link #MAX_PROBLEMS}, stops reading with them all. */
  private void add(Problem p) {
    add(1, -1, p);
  }

  /** Adds a problem at a row and column (-1 for the whole row), by which the problems are sorted. */
  private void add(int row, int column, Problem p) {
    problems.add(p);
    places.add(new int[] {row, column, places.size()});
    if (problems.size() >= MAX_PROBLEMS) {
      List<Problem> sorted = sorted();
      sorted.add(Problem.at("(file)", "reading stopped after " + MAX_PROBLEMS + " problems; correct these first"));
      throw new ModelValidationException(subject, sorted);
    }
  }

  List<Csv.Row> rows() {
    return rows;
  }

  String subject() {
    return subject;
  }

  boolean has(String column) {
    return index.containsKey(column);
  }

  /** The cell's text, trimmed, or null when it is empty or the column is not in the file. */
  String text(Csv.Row r, String column) {
    Integer c = index.get(column);
    if (c == null || c >= r.fields().size()) {
      return null;
    }
    String v = r.fields().get(c).strip();
    return v.isEmpty() ? null : v;
  }

  /** The cell's text, or null and a problem when it is empty. */
  String required(Csv.Row r, String column, String what) {
    String v = text(r, column);
    if (v == null) {
      problem(r, column, "the " + column + " is missing: give " + what);
    }
    return v;
  }

  void problem(Csv.Row r, String column, String message) {
    Integer c = index.get(column);
    add(r.number(), c == null ? -1 : c, Problem.at(c == null ? rowName(r) : cellName(r, c), message));
  }

  void rowProblem(Csv.Row r, String message) {
    add(r.number(), -1, Problem.at(rowName(r), message));
  }

  /** A date written 2022-07-01, or null and a problem. */
  LocalDate date(Csv.Row r, String column, boolean required) {
    String v = required ? required(r, column, "a date such as 2022-07-01") : text(r, column);
    if (v == null) {
      return null;
    }
    LocalDate d;
    try {
      d = v.length() == 10 ? LocalDate.parse(v) : null;
    } catch (DateTimeParseException e) {
      d = null;
    }
    if (d == null) {
      problem(r, column, "'" + Bounds.excerpt(v, 40) + "' is not a date: write it as YYYY-MM-DD, such as 2022-07-01");
      return null;
    }
    return checked(r, column, v, d);
  }

  /** A date written as ODS files write them, 20220701, or as 2022-07-01; or null and a problem. */
  LocalDate odsDate(Csv.Row r, String column, boolean required) {
    String v = required ? required(r, column, "a date such as 20220701") : text(r, column);
    if (v == null) {
      return null;
    }
    String iso = v.length() == 8 && v.chars().allMatch(Character::isDigit)
        ? v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6)
        : v.matches("[0-9]{2}/[0-9]{2}/[0-9]{4}") ? v.substring(6) + "-" + v.substring(3, 5) + "-" + v.substring(0, 2)
        : v;
    LocalDate d;
    try {
      d = iso.length() == 10 ? LocalDate.parse(iso) : null;
    } catch (DateTimeParseException e) {
      d = null;
    }
    if (d == null) {
      problem(r, column, "'" + Bounds.excerpt(v, 40) + "' is not a date: ODS files write dates as YYYYMMDD, such as 20220701"
          + " (2022-07-01 and 01/07/2022 are also read)");
      return null;
    }
    return checked(r, column, v, d);
  }

  private LocalDate checked(Csv.Row r, String column, String v, LocalDate d) {
    Optional<String> p = Bounds.dateProblem(d);
    if (p.isPresent()) {
      problem(r, column, "the date " + v + " is out of range: " + p.get());
      return null;
    }
    return d;
  }

  /**
   * A period from the {@code from} and {@code to} cells, each a date, a month ({@code 2023-05}) or a
   * year ({@code 2017}) as model files allow; or null and a problem.
   */
  DateRange period(Csv.Row r, boolean required) {
    String from = required ? required(r, "from", "the first day, such as 2022-07-01") : text(r, "from");
    String to = text(r, "to");
    if (from == null) {
      if (to != null) {
        problem(r, "from", "the from date is missing, but a to date is given");
      }
      return null;
    }
    boolean ok = partialDate(r, "from", from) & (to == null || partialDate(r, "to", to));
    if (!ok) {
      return null;
    }
    try {
      return DateRange.parse(from, to);
    } catch (IllegalArgumentException e) {
      problem(r, "to", "the period ends (" + to + ") before it starts (" + from + ")");
      return null;
    }
  }

  private boolean partialDate(Csv.Row r, String column, String v) {
    try {
      LocalDate first = DateRange.firstDayOf(v);
      if (Bounds.dateProblem(first).isPresent() || Bounds.dateProblem(DateRange.lastDayOf(v)).isPresent()) {
        problem(r, column, "the date " + Bounds.excerpt(v, 40) + " is out of range: "
            + Bounds.dateProblem(first).orElse(Bounds.dateProblem(DateRange.lastDayOf(v)).orElse("")));
        return false;
      }
      return true;
    } catch (DateTimeParseException e) {
      problem(r, column, "'" + Bounds.excerpt(v, 40) + "' is not a date: write it as YYYY-MM-DD (or a month"
          + " 2023-05, or a year 2017)");
      return false;
    }
  }

  /** A sum of money in pounds ({@code 2500000}, {@code 2,500,000}, {@code £2500000.00}), or null and a problem. */
  BigDecimal money(Csv.Row r, String column) {
    String v = text(r, column);
    if (v == null) {
      return null;
    }
    String plain = v.replace(",", "").replace("£", "").strip();
    BigDecimal m;
    try {
      m = plain.length() <= 40 && plain.matches("[0-9]+(\\.[0-9]+)?") ? new BigDecimal(plain) : null;
    } catch (NumberFormatException e) {
      m = null;
    }
    if (m == null) {
      problem(r, column, "'" + Bounds.excerpt(v, 40) + "' is not a sum of money: write pounds, such as 2500000"
          + " or 2,500,000.00");
      return null;
    }
    Optional<String> p = Bounds.moneyProblem(m);
    if (p.isPresent()) {
      problem(r, column, p.get());
      return null;
    }
    return m;
  }

  /** yes/no (or true/false), or null when empty, with a problem when it is neither. */
  Boolean yesNo(Csv.Row r, String column) {
    String v = text(r, column);
    if (v == null) {
      return null;
    }
    switch (v.toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true":
        return Boolean.TRUE;
      case "no", "n", "false":
        return Boolean.FALSE;
      default:
        problem(r, column, "'" + Bounds.excerpt(v, 40) + "' is not yes or no");
        return null;
    }
  }

  /** One of the given names (case and spaces ignored), or null and a problem listing them. */
  String oneOf(Csv.Row r, String column, List<String> allowed) {
    String v = text(r, column);
    if (v == null) {
      return null;
    }
    String norm = v.toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
    if (allowed.contains(norm)) {
      return norm;
    }
    problem(r, column, "'" + Bounds.excerpt(v, 40) + "' is not one of: " + String.join(", ", allowed)
        + Names.didYouMean(norm, allowed));
    return null;
  }

  /** Fails with the header's problems, if it has any: the rows cannot be read without their columns. */
  void throwIfHeaderBroken() {
    if (headerBroken) {
      throw new ModelValidationException(subject, sorted());
    }
  }

  /** Fails with every problem found so far, if there is one. */
  void throwIfProblems() {
    if (!problems.isEmpty()) {
      throw new ModelValidationException(subject, sorted());
    }
  }

  /** The problems row by row, and within a row column by column, whole-row problems first. */
  private List<Problem> sorted() {
    List<int[]> order = new ArrayList<>(places);
    order.sort(java.util.Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1])
        .thenComparingInt(a -> a[2]));
    List<Problem> out = new ArrayList<>(order.size() + 1);
    order.forEach(a -> out.add(problems.get(a[2])));
    return out;
  }

  List<Problem> problems() {
    return problems;
  }

  String rowName(Csv.Row r) {
    return "row " + r.number() + (r.line() != r.number() ? " (line " + r.line() + ")" : "");
  }

  String cellName(Csv.Row r, int c) {
    return rowName(r) + ", column " + letter(c) + " (" + columnAt(c) + ")";
  }

  private String columnAt(int c) {
    for (Map.Entry<String, Integer> e : index.entrySet()) {
      if (e.getValue() == c) {
        return e.getKey();
      }
    }
    return "unnamed";
  }

  /** The spreadsheet letter of a column: A for the first, AA for the 27th. */
  static String letter(int c) {
    StringBuilder sb = new StringBuilder();
    int n = c + 1;
    while (n > 0) {
      int rem = (n - 1) % 26;
      sb.insert(0, (char) ('A' + rem));
      n = (n - 1) / 26;
    }
    return sb.toString();
  }
}
