package org.integratedcare.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.integratedcare.io.CompanionDocuments;
import org.integratedcare.io.ModelFormat;
import org.integratedcare.metrics.capacity.CarePathway;
import org.integratedcare.metrics.capacity.Stage;
import org.integratedcare.metrics.capacity.Transfer;
import org.integratedcare.metrics.maturity.Evidence;
import org.integratedcare.metrics.maturity.MaturityFramework;
import org.integratedcare.metrics.shift.Observation;
import org.integratedcare.metrics.shift.ShiftKind;
import org.integratedcare.metrics.shift.ShiftSeries;
import org.integratedcare.metrics.shift.ShiftTarget;

import org.integratedcare.io.tree.Node;

/**
 * What a user supplies to the metrics besides the model, read from one YAML or JSON file: evidence
 * items for the maturity assessment, shift series, and care pathways with optional what-ifs.
 *
 * <pre>
 * evidence:                       # optional; Evidence of the user
 *   - theme: shared-purpose
 *     stage: developing           # or stageFrom and stageTo for a range
 *     weight: 2
 *     source: Board paper, March 2026
 *     description: Shared outcomes framework agreed by all partners
 * shifts:                         # optional; ShiftSeries
 *   - kind: acute-to-community    # a ShiftKind, as ACUTE_TO_COMMUNITY or acute-to-community
 *     name: Community share of spend
 *     unit: "% of spend"
 *     direction: increase         # increase or decrease
 *     observations:
 *       - {date: 2024-03-31, value: 21.0}
 *       - {date: 2025-03-31, value: 22.4}
 *     target: {value: 26.0, by: 2029-03-31}   # optional
 * pathways:                       # optional; CarePathway
 *   - name: Urgent and emergency care
 *     stages:
 *       - {id: ed, name: Emergency department, capacity: 1500}   # no capacity: unlimited
 *     transfers:
 *       - {from: ed, to: acute-beds, limit: 400}                 # limit optional
 *     entries:
 *       - {stage: ed, demand: 1400}                              # demand optional
 *     exits: [community]
 *     whatIfs:                                                   # optional
 *       - {stage: social-care-discharge, additional: 40}
 * </pre>
 *
 * <p>Reading is strict: unknown fields, values of the wrong type, unknown kinds or directions,
 * dates not written as {@code YYYY-MM-DD}, missing required fields and anything the metrics types
 * themselves reject (such as a non-positive weight or a transfer to an unknown stage) are all
 * reported at once, each with its path (such as {@code shifts[1].observations[0].date}), in one
 * {@link ModelValidationException}; no partial result is returned. An empty document gives empty
 * inputs. Documents are limited to 1 MiB, 32 levels of nesting and strings of 10,000 characters.
 * Whether the evidence names themes and stages of a framework is checked separately by {@link
 * #checkEvidence(MaturityFramework)}, since the file does not name a framework.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MetricsInputs {
  private static final List<String> TOP = List.of("evidence", "shifts", "pathways");
  private static final List<String> EVIDENCE = List.of("theme", "stage", "stageFrom", "stageTo", "weight", "source",
      "description");
  private static final List<String> SHIFT = List.of("kind", "name", "unit", "direction", "observations", "target");
  private static final List<String> OBSERVATION = List.of("date", "value");
  private static final List<String> TARGET = List.of("value", "by");
  private static final List<String> PATHWAY = List.of("name", "stages", "transfers", "entries", "exits", "whatIfs");
  private static final List<String> STAGE = List.of("id", "name", "capacity");
  private static final List<String> TRANSFER = List.of("from", "to", "limit");
  private static final List<String> ENTRY = List.of("stage", "demand");
  private static final List<String> WHAT_IF = List.of("stage", "additional");

  private static final MetricsInputs EMPTY = new MetricsInputs("", List.of(), List.of(), List.of(), List.of());

  private final String sourceName;
  private final List<Evidence> evidence;
  private final List<ShiftSeries> shifts;
  private final List<CarePathway> pathways;
  private final List<WhatIf> whatIfs;

  private MetricsInputs(String sourceName, List<Evidence> evidence, List<ShiftSeries> shifts,
      List<CarePathway> pathways, List<WhatIf> whatIfs) {
    this.sourceName = sourceName;
    this.evidence = List.copyOf(evidence);
    this.shifts = List.copyOf(shifts);
    this.pathways = List.copyOf(pathways);
    this.whatIfs = List.copyOf(whatIfs);
  }

  /**
   * A what-if asked in the inputs: one stage of a pathway with more capacity, as {@link
   * org.integratedcare.metrics.capacity.CapacityAnalysis#whatIf(CarePathway, String, long)} takes it.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param pathway the pathway, not null
   * @param stage the id of one of its stages, not null
   * @param additional people per period to add, not negative
   */
  public record WhatIf(CarePathway pathway, String stage, long additional) {
    /**
     * Checks the what-if.
     *
     * @throws NullPointerException if the pathway or stage is null
     * @throws IllegalArgumentException if the pathway has no such stage or {@code additional} is
     *     negative
     */
    public WhatIf {
      Objects.requireNonNull(pathway, "pathway");
      pathway.stage(Objects.requireNonNull(stage, "stage"));
      if (additional < 0) {
        throw new IllegalArgumentException("additional capacity must not be negative, was " + additional);
      }
    }
  }

  /** Inputs with nothing in them. */
  public static MetricsInputs empty() {
    return EMPTY;
  }

  /** The user's evidence items, in the order written; every one has origin {@code USER}. */
  public List<Evidence> evidence() {
    return evidence;
  }

  /** The shift series, in the order written. */
  public List<ShiftSeries> shifts() {
    return shifts;
  }

  /** The care pathways, in the order written. */
  public List<CarePathway> pathways() {
    return pathways;
  }

  /** The what-ifs of all pathways, in the order written. */
  public List<WhatIf> whatIfs() {
    return whatIfs;
  }

  /** Whether the inputs hold nothing at all. */
  public boolean isEmpty() {
    return evidence.isEmpty() && shifts.isEmpty() && pathways.isEmpty();
  }

  /**
   * Checks that every evidence item names a theme and stages of a framework, with the lower stage
   * first.
   *
   * @param framework the framework the evidence will be assessed against, not null
   * @throws ModelValidationException listing every item that does not fit, each with its path
   *     (such as {@code evidence[2].theme})
   * @throws NullPointerException if the framework is null
   */
  public void checkEvidence(MaturityFramework framework) {
    Objects.requireNonNull(framework, "framework");
    List<Problem> problems = new ArrayList<>();
    String themes = framework.themes().stream().map(t -> t.id()).collect(Collectors.joining(", "));
    String stages = framework.stages().stream().map(s -> s.id()).collect(Collectors.joining(", "));
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      String path = "evidence[" + i + "]";
      if (framework.theme(e.theme()).isEmpty()) {
        problems.add(Problem.at(path + ".theme", "framework '" + framework.id() + "' has no theme '" + e.theme()
            + "'; its themes are " + themes));
      }
      Optional<Integer> from = framework.stageIndex(e.stageFrom());
      Optional<Integer> to = framework.stageIndex(e.stageTo());
      String field = e.stageFrom().equals(e.stageTo()) ? "stage" : "stageFrom";
      if (from.isEmpty()) {
        problems.add(Problem.at(path + "." + field, "framework '" + framework.id() + "' has no stage '"
            + e.stageFrom() + "'; its stages are " + stages));
      }
      if (to.isEmpty() && !e.stageTo().equals(e.stageFrom())) {
        problems.add(Problem.at(path + ".stageTo", "framework '" + framework.id() + "' has no stage '"
            + e.stageTo() + "'; its stages are " + stages));
      }
      if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
        problems.add(Problem.at(path + ".stageTo", "stage '" + e.stageTo() + "' is below stageFrom '"
            + e.stageFrom() + "'"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ModelValidationException(subject(sourceName), problems);
    }
  }

  /**
   * Reads metrics inputs from text.
   *
   * @param text the document, not null
   * @param format YAML or JSON, not null
   * @param sourceName what to call the document in messages, such as its file name; not null
   * @return the inputs; never null
   * @throws ModelValidationException listing every problem, each with its path, if the document is
   *     not valid YAML or JSON or does not have the shape described above
   * @throws NullPointerException if an argument is null
   */
  public static MetricsInputs parse(String text, ModelFormat format, String sourceName) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sourceName, "sourceName");
    String subject = subject(sourceName);
    Node root = CompanionDocuments.readTree(text, format, subject);
    if (root.isMissingNode()) {
      return new MetricsInputs(sourceName, List.of(), List.of(), List.of(), List.of());
    }
    if (!root.isObject()) {
      throw new ModelValidationException(subject, List.of(Problem.at("$",
          "expected a map with any of the keys evidence, shifts and pathways")));
    }
    Reader r = new Reader();
    r.fields(root, "", TOP);
    List<Evidence> evidence = new ArrayList<>();
    List<ShiftSeries> shifts = new ArrayList<>();
    List<CarePathway> pathways = new ArrayList<>();
    List<WhatIf> whatIfs = new ArrayList<>();
    r.forEach(root, "evidence", "", (item, path) -> r.evidence(item, path, evidence));
    r.forEach(root, "shifts", "", (item, path) -> r.shift(item, path, shifts));
    r.forEach(root, "pathways", "", (item, path) -> r.pathway(item, path, pathways, whatIfs));
    if (!r.problems.isEmpty()) {
      throw new ModelValidationException(subject, r.problems);
    }
    return new MetricsInputs(sourceName, evidence, shifts, pathways, whatIfs);
  }

  private static String subject(String sourceName) {
    return "metrics inputs file '" + sourceName + "'";
  }

  @Override
  public String toString() {
    return "MetricsInputs[" + evidence.size() + " evidence, " + shifts.size() + " shifts, " + pathways.size()
        + " pathways, " + whatIfs.size() + " what-ifs]";
  }

  /** A what-if as written, before its pathway is built. */
  private record Asked(String stage, long additional, String path) {}

  /** Collects problems while reading one document. */
  private static final class Reader {
    final List<Problem> problems = new ArrayList<>();

    interface ItemReader {
      void read(Node item, String path);
    }

    static String join(String path, String field) {
      return path.isEmpty() ? field : path + "." + field;
    }

    /** Reports fields of a map that are not in {@code allowed}. */
    void fields(Node map, String path, List<String> allowed) {
      for (Map.Entry<String, Node> e : map.properties()) {
        if (!allowed.contains(e.getKey())) {
          problems.add(Problem.at(join(path, e.getKey()), "unknown field; expected "
              + String.join(", ", allowed)));
        }
      }
    }

    /** Reads an optional list of maps. */
    void forEach(Node parent, String field, String path, ItemReader reader) {
      Node list = parent.get(field);
      String at = join(path, field);
      if (list == null || list.isNull()) {
        return;
      }
      if (!list.isArray()) {
        problems.add(Problem.at(at, "expected a list"));
        return;
      }
      for (int i = 0; i < list.size(); i++) {
        Node item = list.get(i);
        String itemPath = at + "[" + i + "]";
        if (!item.isObject()) {
          problems.add(Problem.at(itemPath, "expected a map"));
        } else {
          reader.read(item, itemPath);
        }
      }
    }

    /** A required or optional non-blank text; null if absent or wrong (a problem is recorded if wrong or required). */
    String text(Node map, String field, String path, boolean required) {
      Node value = map.get(field);
      String at = join(path, field);
      if (value == null || value.isNull()) {
        if (required) {
          problems.add(Problem.at(at, "missing"));
        }
        return null;
      }
      if (!value.isString() || value.asString().isBlank()) {
        problems.add(Problem.at(at, "expected non-blank text"));
        return null;
      }
      return value.asString().strip();
    }

    Double number(Node map, String field, String path) {
      Node value = map.get(field);
      String at = join(path, field);
      if (value == null || value.isNull()) {
        problems.add(Problem.at(at, "missing"));
        return null;
      }
      if (!value.isNumber()) {
        problems.add(Problem.at(at, "expected a number"));
        return null;
      }
      return value.asDouble();
    }

    /** An optional whole number that is not negative; empty if absent; null if wrong. */
    OptionalLong count(Node map, String field, String path) {
      Node value = map.get(field);
      String at = join(path, field);
      if (value == null || value.isNull()) {
        return OptionalLong.empty();
      }
      if (!value.isIntegralNumber() || !value.canConvertToLong()) {
        problems.add(Problem.at(at, "expected a whole number of people per period"));
        return null;
      }
      if (value.asLong() < 0) {
        problems.add(Problem.at(at, "must not be negative, was " + value.asLong()));
        return null;
      }
      return OptionalLong.of(value.asLong());
    }

    LocalDate date(Node map, String field, String path) {
      String text = text(map, field, path, true);
      if (text == null) {
        return null;
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        problems.add(Problem.at(join(path, field), "'" + text + "' is not a date; write it as YYYY-MM-DD"));
        return null;
      }
    }

    <E extends Enum<E>> E constant(Node map, String field, String path, Class<E> type) {
      String text = text(map, field, path, true);
      if (text == null) {
        return null;
      }
      String name = text.replace('-', '_').toUpperCase(Locale.ROOT);
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(name)) {
          return e;
        }
      }
      problems.add(Problem.at(join(path, field), "unknown " + field + " '" + text + "'; expected one of "
          + Arrays.stream(type.getEnumConstants())
              .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
              .collect(Collectors.joining(", "))));
      return null;
    }

    /** Records a metrics constructor's rejection at the path of the record, one problem per line. */
    void rejected(String path, RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      String[] lines = message.split("\n");
      if (lines.length == 1) {
        problems.add(Problem.at(path, message));
        return;
      }
      for (int i = 1; i < lines.length; i++) {
        String line = lines[i].strip();
        int colon = line.indexOf(": ");
        String head = colon < 0 ? "" : line.substring(0, colon);
        if (colon > 0 && !head.contains(" ")) {
          problems.add(Problem.at(join(path, head), line.substring(colon + 2)));
        } else {
          problems.add(Problem.at(path, line));
        }
      }
    }

    void evidence(Node item, String path, List<Evidence> out) {
      fields(item, path, EVIDENCE);
      int before = problems.size();
      String theme = text(item, "theme", path, true);
      String from;
      String to;
      if (item.has("stage")) {
        from = text(item, "stage", path, true);
        to = from;
        if (item.has("stageFrom") || item.has("stageTo")) {
          problems.add(Problem.at(path, "give either stage or stageFrom and stageTo, not both"));
        }
      } else if (item.has("stageFrom") || item.has("stageTo")) {
        from = text(item, "stageFrom", path, true);
        to = text(item, "stageTo", path, true);
      } else {
        problems.add(Problem.at(join(path, "stage"), "missing; give stage, or stageFrom and stageTo"));
        from = null;
        to = null;
      }
      Double weight = number(item, "weight", path);
      String source = text(item, "source", path, true);
      String description = text(item, "description", path, true);
      if (problems.size() > before) {
        return;
      }
      try {
        out.add(Evidence.ofRange(theme, from, to, weight, source, description));
      } catch (IllegalArgumentException | IllegalStateException e) {
        rejected(path, e);
      }
    }

    void shift(Node item, String path, List<ShiftSeries> out) {
      fields(item, path, SHIFT);
      int before = problems.size();
      ShiftKind kind = constant(item, "kind", path, ShiftKind.class);
      String name = text(item, "name", path, true);
      String unit = text(item, "unit", path, true);
      ShiftSeries.Direction direction = constant(item, "direction", path, ShiftSeries.Direction.class);
      List<Observation> observations = new ArrayList<>();
      if (!item.has("observations") || item.get("observations").isNull()) {
        problems.add(Problem.at(join(path, "observations"), "missing"));
      }
      forEach(item, "observations", path, (o, at) -> {
        fields(o, at, OBSERVATION);
        int mark = problems.size();
        LocalDate date = date(o, "date", at);
        Double value = number(o, "value", at);
        if (problems.size() == mark) {
          try {
            observations.add(Observation.of(date, value));
          } catch (IllegalArgumentException | IllegalStateException e) {
            rejected(at, e);
          }
        }
      });
      Optional<ShiftTarget> target = Optional.empty();
      Node t = item.get("target");
      String targetPath = join(path, "target");
      if (t != null && !t.isNull()) {
        if (!t.isObject()) {
          problems.add(Problem.at(targetPath, "expected a map with value and by"));
        } else {
          fields(t, targetPath, TARGET);
          int mark = problems.size();
          Double value = number(t, "value", targetPath);
          LocalDate by = date(t, "by", targetPath);
          if (problems.size() == mark) {
            try {
              target = Optional.of(ShiftTarget.of(value, by));
            } catch (IllegalArgumentException | IllegalStateException e) {
              rejected(targetPath, e);
            }
          }
        }
      }
      if (problems.size() > before) {
        return;
      }
      try {
        out.add(new ShiftSeries(kind, name, unit, direction, observations, target));
      } catch (IllegalArgumentException | IllegalStateException e) {
        rejected(path, e);
      }
    }

    void pathway(Node item, String path, List<CarePathway> out, List<WhatIf> whatIfsOut) {
      fields(item, path, PATHWAY);
      int before = problems.size();
      String name = text(item, "name", path, true);
      CarePathway.Builder builder = null;
      if (name != null) {
        builder = CarePathway.builder(name);
      }
      List<Stage> stages = new ArrayList<>();
      List<Transfer> transfers = new ArrayList<>();
      List<String> exits = new ArrayList<>();
      List<Map.Entry<String, OptionalLong>> entries = new ArrayList<>();
      for (String required : List.of("stages", "entries", "exits")) {
        if (!item.has(required) || item.get(required).isNull()) {
          problems.add(Problem.at(join(path, required), "missing"));
        }
      }
      forEach(item, "stages", path, (s, at) -> {
        fields(s, at, STAGE);
        int mark = problems.size();
        String id = text(s, "id", at, true);
        String stageName = text(s, "name", at, true);
        OptionalLong capacity = count(s, "capacity", at);
        if (problems.size() == mark) {
          try {
            stages.add(new Stage(id, stageName, capacity));
          } catch (IllegalArgumentException | IllegalStateException e) {
            rejected(at, e);
          }
        }
      });
      forEach(item, "transfers", path, (t, at) -> {
        fields(t, at, TRANSFER);
        int mark = problems.size();
        String from = text(t, "from", at, true);
        String to = text(t, "to", at, true);
        OptionalLong limit = count(t, "limit", at);
        if (problems.size() == mark) {
          try {
            transfers.add(new Transfer(from, to, limit));
          } catch (IllegalArgumentException | IllegalStateException e) {
            rejected(at, e);
          }
        }
      });
      Set<String> entryStages = new HashSet<>();
      forEach(item, "entries", path, (e, at) -> {
        fields(e, at, ENTRY);
        int mark = problems.size();
        String stage = text(e, "stage", at, true);
        OptionalLong demand = count(e, "demand", at);
        if (problems.size() == mark) {
          if (!entryStages.add(stage)) {
            problems.add(Problem.at(join(at, "stage"), "stage '" + stage + "' is an entry twice"));
          } else {
            entries.add(Map.entry(stage, demand));
          }
        }
      });
      Node exitList = item.get("exits");
      if (exitList != null && !exitList.isNull()) {
        if (!exitList.isArray()) {
          problems.add(Problem.at(join(path, "exits"), "expected a list of stage ids"));
        } else {
          for (int i = 0; i < exitList.size(); i++) {
            Node x = exitList.get(i);
            if (!x.isString() || x.asString().isBlank()) {
              problems.add(Problem.at(join(path, "exits") + "[" + i + "]", "expected a stage id"));
            } else {
              exits.add(x.asString().strip());
            }
          }
        }
      }
      List<Asked> whatIfs = new ArrayList<>();
      forEach(item, "whatIfs", path, (w, at) -> {
        fields(w, at, WHAT_IF);
        int mark = problems.size();
        String stage = text(w, "stage", at, true);
        OptionalLong additional = count(w, "additional", at);
        if (additional != null && additional.isEmpty()) {
          problems.add(Problem.at(join(at, "additional"), "missing"));
        }
        if (problems.size() == mark) {
          whatIfs.add(new Asked(stage, additional.getAsLong(), at));
        }
      });
      if (problems.size() > before) {
        return;
      }
      CarePathway pathway;
      try {
        stages.forEach(builder::stage);
        transfers.forEach(builder::transfer);
        for (Map.Entry<String, OptionalLong> e : entries) {
          if (e.getValue().isPresent()) {
            builder.entry(e.getKey(), e.getValue().getAsLong());
          } else {
            builder.entry(e.getKey());
          }
        }
        exits.forEach(builder::exit);
        pathway = builder.build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        rejected(path, e);
        return;
      }
      List<WhatIf> asked = new ArrayList<>();
      for (Asked w : whatIfs) {
        try {
          asked.add(new WhatIf(pathway, w.stage(), w.additional()));
        } catch (IllegalArgumentException | IllegalStateException e) {
          rejected(join(w.path(), "stage"), e);
        }
      }
      out.add(pathway);
      whatIfsOut.addAll(asked);
    }
  }
}
