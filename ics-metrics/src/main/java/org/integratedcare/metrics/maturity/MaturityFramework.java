package org.integratedcare.metrics.maturity;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A maturity framework as data: ordered stages, themes, and the rules that turn facts of the model
 * into evidence.
 *
 * <p>The built-in framework, {@link #kingsFundProgressThemes()}, is written out in this class. Its themes are The
 * King's Fund's themes of progress as reported by National Health Executive (on The King's Fund,
 * <i>Realising the potential of integrated care systems</i>, lead author Chris Naylor, 2024). Its
 * stages (emerging, developing, maturing, thriving) are <b>UNCONFIRMED</b> as NHS England's: they
 * are recalled from NHS England's 2018–19 ICS development material (to check against NHS England,
 * <i>Designing integrated care systems (ICSs) in England</i>, June 2019) without a verified copy.
 * Its model-signal rules are this
 * library's defaults, not The King's Fund's. Replace any of it by reading another file (the {@code ics-json} module's {@code
 * MaturityFrameworks.parse}) or by using a {@link #builder(String, String)}.
 *
 * <p><b>File format</b> read by {@code MaturityFrameworks.parse} (JSON; unknown properties are errors):
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
    static final MaturityFramework KINGS_FUND = builder("kings-fund-progress-themes",
        "The King's Fund themes of progress in integrated care systems")
        .source("Themes: The King's Fund, Realising the potential of integrated care systems (lead author Chris Naylor), as reported by National Health Executive, 2024. Stages: recalled from NHS England's 2018-19 ICS development material, to be checked against NHS England, Designing integrated care systems (ICSs) in England, June 2019. Model-signal rules: defaults of this library, not The King's Fund's.")
        .status("UNCONFIRMED: the stage names emerging, developing, maturing and thriving are not confirmed as NHS England's (no copy of NHS England's ICS maturity matrix was found). The model-signal rules are a starting judgement for users to replace.")
        .stage("emerging", "Emerging")
        .stage("developing", "Developing")
        .stage("maturing", "Maturing")
        .stage("thriving", "Thriving")
        .theme("shared-purpose", "Organising around a shared purpose",
            "Partners have agreed what they are for together and organise their work around it.")
        .theme("system-leadership", "Building system leadership",
            "Leaders act for the system as well as their own organisations, and share leadership roles.")
        .theme("system-focused-behaviours", "Encouraging system-focused behaviours",
            "Organisations share information and take decisions together rather than alone.")
        .theme("scaling-and-spreading-success", "Scaling and spreading success",
            "What works in one place or provider is taken up across the system.")
        .theme("using-resources-effectively", "Using resources more effectively",
            "Money, staff and assets are pooled or moved to where they do most good.")
        .theme("managing-complexity", "Managing complexity",
            "Decisions are taken at the right level, with arrangements clear enough to work across many partners.")
        .rule(new ModelSignalRule(ModelSignal.JOINT_VALUES_AND_INTENT, "shared-purpose", "developing", "developing", 1.0))
        .rule(new ModelSignalRule(ModelSignal.CAUCUSING, "system-leadership", "emerging", "developing", 1.0))
        .rule(new ModelSignalRule(ModelSignal.JOINT_POSTS, "system-leadership", "developing", "maturing", 1.0))
        .rule(new ModelSignalRule(ModelSignal.OPEN_INFORMATION_SHARING, "system-focused-behaviours", "developing", "developing", 1.0))
        .rule(new ModelSignalRule(ModelSignal.COMMITTEES_IN_COMMON, "system-focused-behaviours", "developing", "maturing", 1.0))
        .rule(new ModelSignalRule(ModelSignal.PROVIDER_COLLABORATIVE, "scaling-and-spreading-success", "developing", "developing", 1.0))
        .rule(new ModelSignalRule(ModelSignal.POOLED_ARRANGEMENT, "using-resources-effectively", "developing", "maturing", 1.0))
        .rule(new ModelSignalRule(ModelSignal.SUBSIDIARITY_PRINCIPLE, "managing-complexity", "emerging", "developing", 1.0))
        .rule(new ModelSignalRule(ModelSignal.LOCAL_DELEGATION, "managing-complexity", "developing", "maturing", 1.0))
        .rule(new ModelSignalRule(ModelSignal.JOINT_COMMITTEE, "managing-complexity", "developing", "maturing", 1.0))
        .build();
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
    private final List<String> problems = new ArrayList<>();

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
    public Builder status(@Nullable String status) {
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
     * Records a problem found while gathering the framework's parts, such as a malformed entry in a
     * file being read; {@link #build()} then fails, reporting it with every other problem.
     *
     * @param path where the problem is, such as {@code themes[2].id}; not null
     * @param message what is wrong, in plain words; not null
     * @return this builder
     */
    public Builder problem(String path, String message) {
      problems.add(Objects.requireNonNull(path, "path") + ": " + Objects.requireNonNull(message, "message"));
      return this;
    }

    /**
     * Checks and builds the framework.
     *
     * @return the framework
     * @throws IllegalArgumentException listing every problem found, each with its path
     */
    public MaturityFramework build() {
      List<String> problems = new ArrayList<>(this.problems);
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
