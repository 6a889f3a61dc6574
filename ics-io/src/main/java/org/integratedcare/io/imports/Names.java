package org.integratedcare.io.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.integratedcare.core.Bounds;
import org.integratedcare.io.internal.EditDistance;

/**
 * Finds records of a model by id or by name, as a person writes them in a spreadsheet, and makes
 * ids for new records from their names. Not part of the API.
 */
final class Names {
  /** Names longer than this are not compared letter by letter: the cost is the product of the lengths. */
  private static final int MAX_COMPARED_LENGTH = 200;
  private static final int MAX_SUGGESTED = 3;

  /** Lower-case id or name to the ids it names. */
  private final Map<String, Set<String>> byKey = new LinkedHashMap<>();
  /** Each id and name as written, with the id it names, for suggestions. */
  private final List<Map.Entry<String, String>> spellings = new ArrayList<>();
  private final Set<String> ids = new LinkedHashSet<>();
  private final String kind;
  /** Suggestions cost a comparison with every name: only the first unknown names of an import get them. */
  private int suggestionsLeft = 100;

  /**
   * An index of the records of one kind.
   *
   * @param kind what the records are, for messages ("body, organisation or post")
   */
  Names(String kind) {
    this.kind = kind;
  }

  /** Adds a record with its id and names. */
  Names add(String id, Iterable<String> names) {
    ids.add(id);
    key(id, id);
    for (String n : names) {
      key(n, id);
    }
    return this;
  }

  Names add(String id, String name) {
    return add(id, List.of(name));
  }

  private void key(String text, String id) {
    spellings.add(Map.entry(text, id));
    byKey.computeIfAbsent(text.strip().toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(id);
  }

  /** The result of looking a text up: the id, or a message saying why there is none. */
  record Found(String id, String problem) {}

  /** The id the text names (an id, or a name in any letter case), or a problem with the nearest names. */
  Found find(String text) {
    Set<String> hits = byKey.get(text.strip().toLowerCase(Locale.ROOT));
    if (hits == null || hits.isEmpty()) {
      return new Found(null, "no " + kind + " has the id or name '" + Bounds.excerpt(text, 80) + "'"
          + didYouMean(text, nearestSpellings(text)));
    }
    if (hits.size() > 1) {
      return new Found(null, "'" + Bounds.excerpt(text, 80) + "' names more than one " + kind + " ("
          + String.join(", ", hits) + "); give the id instead");
    }
    return new Found(hits.iterator().next(), null);
  }

  /** Whether a text is an id as model files write them: 1 to 128 letters, digits or . _ : / -, starting with a letter or digit. */
  static boolean isWellFormedId(String text) {
    return text.length() <= 128 && text.matches("[A-Za-z0-9][A-Za-z0-9._:/-]*");
  }

  boolean isId(String id) {
    return ids.contains(id);
  }

  /** Whether a text is near one of the known names (two edits or fewer). */
  boolean hasNear(String text) {
    return !nearestSpellings(text).isEmpty();
  }

  /** The nearest spellings, one for each record (its nearest id or name). */
  private List<String> nearestSpellings(String text) {
    if (suggestionsLeft <= 0) {
      return List.of();
    }
    suggestionsLeft--;
    List<String> near = nearest(text, spellings.stream().map(Map.Entry::getKey).toList());
    Set<String> records = new HashSet<>();
    List<String> one = new ArrayList<>();
    for (String n : near) {
      String id = spellings.stream().filter(e -> e.getKey().equals(n)).map(Map.Entry::getValue).findFirst().orElse(n);
      if (records.add(id)) {
        one.add(n);
      }
    }
    return one;
  }

  /** "; did you mean 'x'?" (or "'x' or 'y'") for the nearest names, or nothing. */
  static String didYouMean(String given, List<String> candidates) {
    List<String> near = nearest(given, candidates);
    if (near.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("; did you mean ");
    for (int i = 0; i < near.size(); i++) {
      sb.append(i == 0 ? "" : i == near.size() - 1 ? " or " : ", ").append('\'').append(near.get(i)).append('\'');
    }
    return sb.append('?').toString();
  }

  /** The candidates within an edit distance of a third of the longer word (at least 2), nearest first; at most three. */
  static List<String> nearest(String given, List<String> candidates) {
    String t = given.strip().toLowerCase(Locale.ROOT);
    if (t.length() > MAX_COMPARED_LENGTH) {
      return List.of();
    }
    record Scored(String name, int distance) {}
    List<Scored> near = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String c : candidates) {
      String lower = c.toLowerCase(Locale.ROOT);
      if (lower.length() > MAX_COMPARED_LENGTH || !seen.add(lower) || Math.abs(lower.length() - t.length()) > 10) {
        continue;
      }
      int allowed = Math.max(2, Math.max(t.length(), lower.length()) / 3);
      int d = EditDistance.between(t, lower);
      if (d <= allowed && d > 0) {
        near.add(new Scored(c, d));
      }
    }
    near.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
    return near.stream().limit(MAX_SUGGESTED).map(Scored::name).toList();
  }


  /**
   * An id made from a name: lower case, letters and digits kept, every other run of characters one
   * hyphen, at most 100 characters; with "-2", "-3", … when {@code taken} already holds it. The same
   * name and model always give the same id.
   */
  static String idFor(String prefix, String name, Set<String> taken) {
    StringBuilder sb = new StringBuilder(prefix);
    boolean hyphen = !prefix.isEmpty() && !prefix.endsWith("-");
    for (int i = 0; i < name.length() && sb.length() < 100; i++) {
      char c = Character.toLowerCase(name.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
          sb.append('-');
        }
        hyphen = false;
        sb.append(c);
      } else {
        hyphen = true;
      }
    }
    String base = sb.length() == 0 || sb.toString().equals(prefix) ? prefix + "record" : sb.toString();
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /**
   * Makes ids from names that no record has yet, as {@link #idFor} does, remembering the next free
   * number of each name so that many records of one name cost no more than many of different names.
   */
  static final class Ids {
    private final Set<String> taken;
    private final Map<String, Integer> next = new java.util.HashMap<>();

    Ids(Set<String> taken) {
      this.taken = taken;
    }

    String make(String prefix, String name) {
      String base = idFor(prefix, name, Set.of());
      int n = next.getOrDefault(base, 1);
      String id = n == 1 ? base : base + "-" + n;
      while (taken.contains(id)) {
        n++;
        id = base + "-" + n;
      }
      next.put(base, n + 1);
      taken.add(id);
      return id;
    }
  }
}
