package org.integratedcare.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.integratedcare.core.Bounds;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.io.internal.EditDistance;
import org.integratedcare.io.tree.Node;

/**
 * The properties of one object of a model file, read with path tracking: each accessor returns the
 * value, or null (or an empty list) after recording a problem at the property's path. Unknown
 * properties are recorded when the object is opened. Not part of the API.
 */
final class Fields {
  private final Problems problems;
  private final Node node;
  private final String path;

  private Fields(Problems problems, Node node, String path) {
    this.problems = problems;
    this.node = node;
    this.path = path;
  }

  /**
   * Opens {@code node} as an object of definition {@code definition}; records a problem if it is not
   * an object or has properties the definition does not allow.
   */
  static Fields open(Problems problems, Node node, String path, String definition) {
    return open(problems, node, path, definition, Vocabulary.keys(definition));
  }

  /** Opens an object whose allowed names are {@code allowed}; null allows any (to read a kind first). */
  static Fields open(Problems problems, Node node, String path, String what, Set<String> allowed) {
    if (node == null || !node.isObject()) {
      problems.add(path, "expected an object (a map of properties) for " + describe(what)
          + ", found " + kindOf(node));
      return new Fields(problems, null, path);
    }
    for (Map.Entry<String, Node> e : node.properties()) {
      if (allowed != null && !allowed.contains(e.getKey())) {
        problems.add(at(path, e.getKey()), "unknown property '" + Bounds.excerpt(e.getKey(), 60) + "' in "
            + describe(what) + suggestion(e.getKey(), allowed) + "; allowed: "
            + String.join(", ", new TreeSet<>(allowed)));
      }
    }
    return new Fields(problems, node, path);
  }

  boolean isObject() {
    return node != null;
  }

  String path() {
    return path;
  }

  String path(String key) {
    return at(path, key);
  }

  boolean has(String key) {
    return node != null && node.has(key) && !node.get(key).isNull();
  }

  Node get(String key) {
    return node == null ? null : node.get(key);
  }

  /** Records that a required property is missing; returns false. */
  private boolean missing(String key) {
    if (node != null) {
      problems.add(path(key), "missing required property '" + key + "'");
    }
    return false;
  }

  String text(String key, boolean required) {
    if (!has(key)) {
      if (required) {
        missing(key);
      }
      return null;
    }
    Node v = node.get(key);
    if (!v.isString()) {
      problems.add(path(key), "expected text for '" + key + "', found " + kindOf(v)
          + (v.isNumber() || v.isBoolean() ? " (put it in quotes)" : ""));
      return null;
    }
    return safe(v.asString(), path(key));
  }

  /** The text, or null after recording a problem if it holds a character {@link Bounds} rejects. */
  private String safe(String text, String at) {
    Optional<String> problem = Bounds.textProblem(text);
    if (problem.isPresent()) {
      problems.add(at, "'" + Bounds.excerpt(text, 60) + "' is not allowed: " + problem.get());
      return null;
    }
    return text;
  }

  String text(String key) {
    return text(key, false);
  }

  String requiredText(String key) {
    return text(key, true);
  }

  LocalDate date(String key, boolean required) {
    String s = text(key, required);
    if (s == null) {
      return null;
    }
    LocalDate date;
    try {
      date = s.length() == 10 ? LocalDate.parse(s) : null;
    } catch (DateTimeParseException e) {
      date = null;
    }
    if (date == null) {
      problems.add(path(key), "'" + Bounds.excerpt(s, 60)
          + "' is not a date: write it as YYYY-MM-DD, such as 2022-07-01");
      return null;
    }
    Optional<String> problem = Bounds.dateProblem(date);
    if (problem.isPresent()) {
      problems.add(path(key), "the date " + s + " is out of range: " + problem.get());
      return null;
    }
    return date;
  }

  /**
   * The record's period from {@code from} (required) and {@code to} (optional), each a date, a
   * month ({@code 2023-05}) or a year ({@code 2017}).
   */
  DateRange period() {
    String from = !has("from") && problems.defaultFrom != null ? problems.defaultFrom
        : periodEnd("from", true);
    String to = periodEnd("to", false);
    if (from == null) {
      return null;
    }
    DateRange range;
    try {
      range = DateRange.parse(from, to);
    } catch (IllegalArgumentException e) {
      problems.add(path("to"), "the period ends (" + to + ") before it starts (" + from + ")");
      return null;
    }
    return range;
  }

  /** A period's end as text, checked to be a date, month or year within bounds; null if not. */
  private String periodEnd(String key, boolean required) {
    if (!has(key)) {
      if (required) {
        missing(key);
      }
      return null;
    }
    Node v = node.get(key);
    String s = v.isNumber() && v.asString().matches("[0-9]{4}") ? v.asString() : text(key, required);
    if (s == null) {
      return null;
    }
    LocalDate first;
    LocalDate last;
    try {
      first = DateRange.firstDayOf(s);
      last = DateRange.lastDayOf(s);
    } catch (DateTimeParseException e) {
      problems.add(path(key), "'" + Bounds.excerpt(s, 60) + "' is not a date: write it as "
          + "YYYY-MM-DD, such as 2022-07-01, or as a month (2023-05) or a year (2017) where the "
          + "source gives no more");
      return null;
    }
    Optional<String> problem = Bounds.dateProblem(first).or(() -> Bounds.dateProblem(last));
    if (problem.isPresent()) {
      problems.add(path(key), "the date " + s + " is out of range: " + problem.get());
      return null;
    }
    return s;
  }

  Boolean bool(String key, boolean required) {
    if (!has(key)) {
      if (required) {
        missing(key);
      }
      return null;
    }
    Node v = node.get(key);
    if (!v.isBoolean()) {
      problems.add(path(key), "expected true or false for '" + key + "', found " + kindOf(v));
      return null;
    }
    return v.booleanValue();
  }

  Long integer(String key, boolean required) {
    if (!has(key)) {
      if (required) {
        missing(key);
      }
      return null;
    }
    Node v = node.get(key);
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      problems.add(path(key), "expected a whole number for '" + key + "', found " + kindOf(v));
      return null;
    }
    return v.longValue();
  }

  Integer smallInteger(String key, boolean required) {
    Long l = integer(key, required);
    if (l == null) {
      return null;
    }
    if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
      problems.add(path(key), "the number " + l + " is too large for '" + key + "'");
      return null;
    }
    return l.intValue();
  }

  /**
   * A sum of money in pounds: a finite number within {@link Bounds#moneyProblem(BigDecimal) the
   * bounds of money}; null, after recording a problem, if it is anything else.
   */
  BigDecimal money(String key) {
    if (!has(key)) {
      return null;
    }
    Node v = node.get(key);
    if (!v.isNumber()) {
      problems.add(path(key), "expected a number of pounds for '" + key + "', found " + kindOf(v));
      return null;
    }
    if (!v.isFinite()) {
      problems.add(path(key), "expected a number of pounds for '" + key + "', found " + kindOf(v)
          + ", which is not a finite number");
      return null;
    }
    BigDecimal amount = v.decimalValue();
    Optional<String> problem = Bounds.moneyProblem(amount);
    if (problem.isPresent()) {
      problems.add(path(key), "the number " + kindOfNumber(v) + " is not allowed for '" + key
          + "': " + problem.get());
      return null;
    }
    return amount;
  }

  private static String kindOfNumber(Node v) {
    return Bounds.excerpt(v.asString(), 40);
  }

  <E extends Enum<E>> E enumValue(String key, Class<E> type, Function<E, String> naming,
      boolean required) {
    String s = text(key, required);
    if (s == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (naming.apply(e).equals(s)) {
        return e;
      }
    }
    problems.add(path(key), "unknown " + key + " '" + s + "'"
        + suggestion(s, Set.copyOf(Vocabulary.names(type, naming))) + "; expected one of "
        + String.join(", ", Vocabulary.names(type, naming)));
    return null;
  }

  /** A list of texts (usually ids); absent means empty. */
  List<String> texts(String key) {
    return list(key, (n, p) -> {
      if (!n.isString()) {
        problems.add(p, "expected text, found " + kindOf(n)
            + (n.isNumber() || n.isBoolean() ? " (put it in quotes)" : ""));
        return null;
      }
      return safe(n.asString(), p);
    });
  }

  /** A list whose items are read by {@code reader} (given the item and its path); absent means empty. */
  <T> List<T> list(String key, BiFunction<Node, String, T> reader) {
    List<T> out = new ArrayList<>();
    if (!has(key)) {
      return out;
    }
    Node v = node.get(key);
    if (!v.isArray()) {
      problems.add(path(key), "expected a list for '" + key + "', found " + kindOf(v));
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      T item = reader.apply(v.get(i), path(key) + "[" + i + "]");
      if (item != null) {
        out.add(item);
      }
    }
    return out;
  }

  /** Records a problem if both the one-value and the list form of an attribute are given. */
  boolean either(String one, String many) {
    if (has(one) && has(many)) {
      problems.add(path(one), "give either '" + one + "' or '" + many + "', not both");
      return false;
    }
    return true;
  }

  static String at(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  static String kindOf(Node n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    } else if (n.isNull()) {
      return "null";
    } else if (n.isObject()) {
      return "an object";
    } else if (n.isArray()) {
      return "a list";
    } else if (n.isString()) {
      return "the text '" + Bounds.excerpt(n.asString(), 60) + "'";
    } else if (n.isBoolean()) {
      return n.asString();
    } else if (n.isNumber()) {
      return "the number " + Bounds.excerpt(n.asString(), 40);
    }
    return "an unsupported value";
  }

  private static String describe(String definition) {
    int colon = definition.indexOf(':');
    if (colon >= 0) {
      return "a " + definition.substring(colon + 1);
    }
    return "a " + definition.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }

  /** "; did you mean 'x'?" for the closest allowed name within two edits, or nothing. */
  static String suggestion(String given, Set<String> allowed) {
    int most = Math.max(1, Math.min(3, given.length() / 3));
    // names further apart in length than the edits allowed cannot match, and are not compared: the
    // distance costs the product of the lengths, and a property name may be 100,000 characters
    return allowed.stream()
        .filter(a -> !a.startsWith("$"))
        .filter(a -> Math.abs(a.length() - given.length()) <= most)
        .map(a -> Map.entry(a, EditDistance.between(given.toLowerCase(java.util.Locale.ROOT),
            a.toLowerCase(java.util.Locale.ROOT))))
        .filter(e -> e.getValue() <= Math.max(1, Math.min(3, given.length() / 3)))
        .min(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue())
            .thenComparing(Map.Entry::getKey))
        .map(e -> " (did you mean '" + e.getKey() + "'?)")
        .orElse("");
  }

}
