package org.integratedcare.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean …?": the known names nearest to a mistyped one. */
final class Suggestions {
  private static final int MAX_SUGGESTED = 3;

  private Suggestions() {}

  /**
   * The candidates nearest to {@code typed}, nearest first: those within an edit distance of a
   * third of the longer word (at least 2), and those that contain the typed text or are contained
   * in it; of those, only the ones about as near as the nearest. At most three; empty when nothing
   * is near.
   */
  static List<String> nearest(String typed, List<String> candidates) {
    String t = typed.toLowerCase(Locale.ROOT);
    record Scored(String id, int distance) {}
    List<Scored> near = new ArrayList<>();
    for (String c : candidates) {
      String lower = c.toLowerCase(Locale.ROOT);
      int d = distance(t, lower);
      int allowed = Math.max(2, Math.max(t.length(), lower.length()) / 3);
      boolean contains = t.length() >= 3 && (lower.contains(t) || t.contains(lower));
      if (d <= allowed || contains) {
        near.add(new Scored(c, contains ? Math.min(d, allowed) : d));
      }
    }
    near.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::id));
    if (near.isEmpty()) {
      return List.of();
    }
    // only those about as near as the nearest: a one-letter slip is not offered with far guesses
    int cutoff = near.get(0).distance() + Math.max(1, near.get(0).distance() / 2);
    return near.stream().filter(n -> n.distance() <= cutoff).limit(MAX_SUGGESTED).map(Scored::id).toList();
  }

  /** "'a'", "'a' or 'b'", "'a', 'b' or 'c'". */
  static String orList(List<String> ids) {
    List<String> quoted = ids.stream().map(i -> "'" + i + "'").toList();
    if (quoted.size() == 1) {
      return quoted.get(0);
    }
    return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
  }

  /** Levenshtein distance, in two rows. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
