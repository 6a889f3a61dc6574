package org.integratedcare.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.io.CompanionDocuments;
import org.integratedcare.io.ModelFormat;
import org.integratedcare.metrics.maturity.MaturityFramework;
import org.integratedcare.metrics.maturity.ModelSignal;
import org.integratedcare.metrics.maturity.ModelSignalRule;
import org.integratedcare.io.tree.Node;

/**
 * Reads {@link MaturityFramework maturity frameworks} from JSON files in the format that {@link
 * MaturityFramework} describes, so that a framework other than the built-in one can be kept as
 * data. This class is thread-safe.
 */
public final class MaturityFrameworks {
  private MaturityFrameworks() {}

  /**
   * Reads a framework from JSON in the format described above.
   *
   * @param json the JSON text, not null
   * @return the framework
   * @throws IllegalArgumentException if the text is not JSON, or listing every problem found, each
   *     with its path (such as {@code themes[2].id}): missing or blank fields, unknown properties,
   *     duplicate ids, unknown signals, rules naming unknown themes or stages
   */
  public static MaturityFramework parse(String json) {
    Objects.requireNonNull(json, "json");
    Node root;
    try {
      root = CompanionDocuments.readTree(json, ModelFormat.JSON, "maturity framework");
    } catch (ModelValidationException e) {
      throw new IllegalArgumentException("maturity framework is not valid JSON: "
          + e.problems().get(0).message(), e);
    }
    List<String> problems = new ArrayList<>();
    int stageCount = 0;
    int themeCount = 0;
    int ruleCount = 0;
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("maturity framework must be a JSON object");
    }
    known(root, "", Set.of("id", "name", "source", "status", "stages", "themes", "modelSignals"), problems);
    MaturityFramework.Builder b = MaturityFramework.builder(text(root, "", "id", problems), text(root, "", "name", problems));
    b.source(text(root, "", "source", problems));
    if (root.has("status")) {
      b.status(text(root, "", "status", problems));
    }
    for (Node s : array(root, "stages", problems)) {
      String path = "stages[" + (stageCount++) + "]";
      known(s, path, Set.of("id", "name"), problems);
      String sid = text(s, path, "id", problems);
      String sname = text(s, path, "name", problems);
      if (sid != null && sname != null) {
        b.stage(sid, sname);
      }
    }
    for (Node t : array(root, "themes", problems)) {
      String path = "themes[" + (themeCount++) + "]";
      known(t, path, Set.of("id", "name", "description"), problems);
      String tid = text(t, path, "id", problems);
      String tname = text(t, path, "name", problems);
      String tdesc = text(t, path, "description", problems);
      if (tid != null && tname != null && tdesc != null) {
        b.theme(tid, tname, tdesc);
      }
    }
    if (root.has("modelSignals")) {
      for (Node r : array(root, "modelSignals", problems)) {
        String path = "modelSignals[" + (ruleCount++) + "]";
        known(r, path, Set.of("signal", "theme", "stageFrom", "stageTo", "weight"), problems);
        String signal = text(r, path, "signal", problems);
        ModelSignal sig = null;
        if (signal != null) {
          try {
            sig = ModelSignal.ofTypeName(signal);
          } catch (IllegalArgumentException e) {
            problems.add(path + ".signal: " + e.getMessage());
          }
        }
        String theme = text(r, path, "theme", problems);
        String from = text(r, path, "stageFrom", problems);
        String to = text(r, path, "stageTo", problems);
        Node w = r.get("weight");
        double weight = Double.NaN;
        if (w == null || !w.isNumber() || !(w.doubleValue() > 0) || !Double.isFinite(w.doubleValue())) {
          problems.add(path + ".weight: must be a positive number");
        } else {
          weight = w.doubleValue();
        }
        if (sig != null && theme != null && from != null && to != null && !Double.isNaN(weight)) {
          b.rule(new ModelSignalRule(sig, theme, from, to, weight));
        }
      }
    }
    for (String p : problems) {
      int colon = p.indexOf(": ");
      b.problem(p.substring(0, colon), p.substring(colon + 2));
    }
    return b.build();
  }

  private static void known(Node node, String path, Set<String> names, List<String> problems) {
    if (!node.isObject()) {
      problems.add((path.isEmpty() ? "(root)" : path) + ": must be an object");
      return;
    }
    for (String n : node.propertyNames()) {
      if (!names.contains(n)) {
        problems.add(prefix(path) + n + ": unknown property; expected one of " + new java.util.TreeSet<>(names));
      }
    }
  }

  private static String prefix(String path) {
    return path.isEmpty() ? "" : path + ".";
  }

  private static String text(Node node, String path, String field, List<String> problems) {
    Node v = node.isObject() ? node.get(field) : null;
    if (v == null || !v.isString() || v.stringValue().isBlank()) {
      problems.add(prefix(path) + field + ": required text is missing or blank");
      return null;
    }
    return v.stringValue();
  }

  private static List<Node> array(Node node, String field, List<String> problems) {
    Node v = node.get(field);
    if (v == null || !v.isArray()) {
      problems.add(field + ": must be an array");
      return List.of();
    }
    return new ArrayList<>(v.values());
  }

}
