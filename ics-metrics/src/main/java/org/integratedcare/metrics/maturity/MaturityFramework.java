package org.integratedcare.metrics.maturity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A maturity framework as data: ordered stages, themes, and the rules that turn facts of the model
 * into evidence.
 *
 * <p>The built-in framework, {@link #kingsFundProgressThemes()}, is read from the resource
 * {@code org/integratedcare/metrics/maturity/kings-fund-progress-themes.json}. Its themes are The
 * King's Fund's themes of progress as reported in the seed article {@code 002} (National Health
 * Executive on The King's Fund, <i>Realising the potential of integrated care systems</i>; domain
 * reference §6.2). Its stages (emerging, developing, maturing, thriving) are
 * <b>UNCONFIRMED</b> as NHS England's: the domain reference (§6.1) recalls them from NHS England's
 * 2018–19 ICS development material without a verified copy. Its model-signal rules are this
 * library's defaults, not The King's Fund's. Replace any of it by loading another file with {@link
 * #parse(String)} or by using a {@link #builder(String, String)}.
 *
 * <p><b>File format</b> (JSON; unknown properties are errors):
 * <pre>{@code
 * {
 *   "id": "my-framework",                 // required, not blank
 *   "name": "My framework",               // required
 *   "source": "Where the content is from", // required
 *   "status": "UNCONFIRMED ...",           // optional note on how firm the content is
 *   "stages": [ {"id": "emerging", "name": "Emerging"}, ... ],   // at least two, lowest first
 *   "themes": [ {"id": "shared-purpose", "name": "...", "description": "..."}, ... ],  // at least one
 *   "modelSignals": [                      // optional
 *     {"signal": "joint-values-and-intent", "theme": "shared-purpose",
 *      "stageFrom": "developing", "stageTo": "developing", "weight": 1.0}
 *   ]
 * }
 * }</pre>
 * Signals are the {@linkplain ModelSignal#typeName() type names} of {@link ModelSignal}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MaturityFramework {
  private static final String BUILT_IN = "kings-fund-progress-themes.json";
  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxDocumentLength(1_000_000)
              .maxNestingDepth(20)
              .maxStringLength(100_000)
              .build())
          .build())
      .build();

  private final String id;
  private final String name;
  private final String source;
  private final Optional<String> status;
  private final List<MaturityStage> stages;
  private final List<Theme> themes;
  private final List<ModelSignalRule> rules;
  private final Map<String, Integer> stageIndex;
  private final Map<String, Theme> themeById;

  private MaturityFramework(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.source = b.source;
    this.status = Optional.ofNullable(b.status);
    this.stages = List.copyOf(b.stages);
    this.themes = List.copyOf(b.themes);
    this.rules = List.copyOf(b.rules);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < stages.size(); i++) {
      index.put(stages.get(i).id(), i);
    }
    this.stageIndex = Map.copyOf(index);
    Map<String, Theme> t = new HashMap<>();
    themes.forEach(x -> t.put(x.id(), x));
    this.themeById = Map.copyOf(t);
  }

  /** The framework's id. */
  public String id() {
    return id;
  }

  /** The framework's name. */
  public String name() {
    return name;
  }

  /** Where its content comes from. */
  public String source() {
    return source;
  }

  /** A note on how firm its content is, if given (the built-in framework's stages are UNCONFIRMED). */
  public Optional<String> status() {
    return status;
  }

  /** The stages, lowest first. */
  public List<MaturityStage> stages() {
    return stages;
  }

  /** The themes, in order. */
  public List<Theme> themes() {
    return themes;
  }

  /** The rules turning model signals into evidence. */
  public List<ModelSignalRule> modelSignalRules() {
    return rules;
  }

  /** The position of a stage, 0 for the lowest; empty if the framework has no such stage. */
  public Optional<Integer> stageIndex(String stageId) {
    return Optional.ofNullable(stageIndex.get(stageId));
  }

  /** The theme with the given id, if any. */
  public Optional<Theme> theme(String themeId) {
    return Optional.ofNullable(themeById.get(themeId));
  }

  /**
   * The built-in framework: The King's Fund's themes of progress on the (UNCONFIRMED) stages
   * emerging, developing, maturing and thriving. See the class description for sources.
   *
   * @return the framework
   * @throws IllegalStateException if the bundled resource is missing or invalid (a packaging fault)
   */
  public static MaturityFramework kingsFundProgressThemes() {
    return BuiltIn.KINGS_FUND;
  }

  private static final class BuiltIn {
    static final MaturityFramework KINGS_FUND = load();

    private static MaturityFramework load() {
      try (InputStream in = MaturityFramework.class.getResourceAsStream(BUILT_IN)) {
        if (in == null) {
          throw new IllegalStateException("bundled framework " + BUILT_IN + " is missing");
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled framework " + BUILT_IN, e);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("bundled framework " + BUILT_IN + " is invalid: " + e.getMessage(), e);
      }
    }
  }

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
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("maturity framework is not valid JSON: " + e.getOriginalMessage(), e);
    }
    List<String> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("maturity framework must be a JSON object");
    }
    known(root, "", Set.of("id", "name", "source", "status", "stages", "themes", "modelSignals"), problems);
    Builder b = new Builder(text(root, "", "id", problems), text(root, "", "name", problems));
    b.source = text(root, "", "source", problems);
    if (root.has("status")) {
      b.status = text(root, "", "status", problems);
    }
    for (JsonNode s : array(root, "stages", problems)) {
      String path = "stages[" + b.stages.size() + "]";
      known(s, path, Set.of("id", "name"), problems);
      String sid = text(s, path, "id", problems);
      String sname = text(s, path, "name", problems);
      b.stages.add(sid == null || sname == null ? null : new MaturityStage(sid, sname));
    }
    for (JsonNode t : array(root, "themes", problems)) {
      String path = "themes[" + b.themes.size() + "]";
      known(t, path, Set.of("id", "name", "description"), problems);
      String tid = text(t, path, "id", problems);
      String tname = text(t, path, "name", problems);
      String tdesc = text(t, path, "description", problems);
      b.themes.add(tid == null || tname == null || tdesc == null ? null : new Theme(tid, tname, tdesc));
    }
    if (root.has("modelSignals")) {
      for (JsonNode r : array(root, "modelSignals", problems)) {
        String path = "modelSignals[" + b.rules.size() + "]";
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
        JsonNode w = r.get("weight");
        double weight = Double.NaN;
        if (w == null || !w.isNumber() || !(w.doubleValue() > 0) || !Double.isFinite(w.doubleValue())) {
          problems.add(path + ".weight: must be a positive number");
        } else {
          weight = w.doubleValue();
        }
        b.rules.add(sig == null || theme == null || from == null || to == null || Double.isNaN(weight)
            ? null : new ModelSignalRule(sig, theme, from, to, weight));
      }
    }
    return b.check(problems);
  }

  private static void known(JsonNode node, String path, Set<String> names, List<String> problems) {
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

  private static String text(JsonNode node, String path, String field, List<String> problems) {
    JsonNode v = node.isObject() ? node.get(field) : null;
    if (v == null || !v.isString() || v.stringValue().isBlank()) {
      problems.add(prefix(path) + field + ": required text is missing or blank");
      return null;
    }
    return v.stringValue();
  }

  private static List<JsonNode> array(JsonNode node, String field, List<String> problems) {
    JsonNode v = node.get(field);
    if (v == null || !v.isArray()) {
      problems.add(field + ": must be an array");
      return List.of();
    }
    return new ArrayList<>(v.values());
  }

  /**
   * A builder for a framework made in code.
   *
   * @param id the framework's id, not blank
   * @param name the framework's name, not blank
   * @return the builder
   */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /** Builds a {@link MaturityFramework}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String name;
    private String source;
    private String status;
    private final List<MaturityStage> stages = new ArrayList<>();
    private final List<Theme> themes = new ArrayList<>();
    private final List<ModelSignalRule> rules = new ArrayList<>();

    private Builder(String id, String name) {
      this.id = id;
      this.name = name;
    }

    /** Sets where the content comes from (required). */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /** Sets a note on how firm the content is; null clears it. */
    public Builder status(String status) {
      this.status = status;
      return this;
    }

    /** Adds the next stage, above those already added. */
    public Builder stage(String stageId, String stageName) {
      stages.add(new MaturityStage(stageId, stageName));
      return this;
    }

    /** Adds a theme. */
    public Builder theme(String themeId, String themeName, String description) {
      themes.add(new Theme(themeId, themeName, description));
      return this;
    }

    /** Adds a model-signal rule. */
    public Builder rule(ModelSignalRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Checks and builds the framework.
     *
     * @return the framework
     * @throws IllegalArgumentException listing every problem found, each with its path
     */
    public MaturityFramework build() {
      return check(new ArrayList<>());
    }

    private MaturityFramework check(List<String> problems) {
      if (id == null || id.isBlank()) {
        problems.add("id: required text is missing or blank");
      }
      if (name == null || name.isBlank()) {
        problems.add("name: required text is missing or blank");
      }
      if (source == null || source.isBlank()) {
        problems.add("source: required text is missing or blank");
      }
      if (stages.size() < 2) {
        problems.add("stages: at least two stages are needed");
      }
      if (themes.isEmpty()) {
        problems.add("themes: at least one theme is needed");
      }
      Map<String, Integer> stageIndex = new HashMap<>();
      for (int i = 0; i < stages.size(); i++) {
        MaturityStage s = stages.get(i);
        if (s != null && stageIndex.putIfAbsent(s.id(), i) != null) {
          problems.add("stages[" + i + "].id: stage id '" + s.id() + "' is used twice");
        }
      }
      Set<String> themeIds = new HashSet<>();
      for (int i = 0; i < themes.size(); i++) {
        Theme t = themes.get(i);
        if (t != null && !themeIds.add(t.id())) {
          problems.add("themes[" + i + "].id: theme id '" + t.id() + "' is used twice");
        }
      }
      for (int i = 0; i < rules.size(); i++) {
        ModelSignalRule r = rules.get(i);
        if (r == null) {
          continue;
        }
        String path = "modelSignals[" + i + "]";
        if (!themeIds.contains(r.theme())) {
          problems.add(path + ".theme: no theme '" + r.theme() + "'");
        }
        Integer from = stageIndex.get(r.stageFrom());
        Integer to = stageIndex.get(r.stageTo());
        if (from == null) {
          problems.add(path + ".stageFrom: no stage '" + r.stageFrom() + "'");
        }
        if (to == null) {
          problems.add(path + ".stageTo: no stage '" + r.stageTo() + "'");
        }
        if (from != null && to != null && from > to) {
          problems.add(path + ": stage '" + r.stageFrom() + "' is above '" + r.stageTo() + "'");
        }
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("maturity framework '" + id + "' is not valid:\n  "
            + String.join("\n  ", new java.util.LinkedHashSet<>(problems)));
      }
      return new MaturityFramework(this);
    }
  }
}
