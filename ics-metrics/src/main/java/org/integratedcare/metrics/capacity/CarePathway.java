package org.integratedcare.metrics.capacity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A care pathway as a network: {@linkplain Stage stages} with capacities, {@linkplain Transfer
 * transfers} between them, the entry stages where people arrive (optionally with their demand per
 * period) and the exit stages where they leave the pathway.
 *
 * <p>Build one with {@link #builder(String)}; {@link Builder#build()} checks the whole pathway and
 * reports every problem at once. Analyse it with {@link CapacityAnalysis#of(CarePathway)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CarePathway {
  private final String name;
  private final Map<String, Stage> stages;
  private final List<Transfer> transfers;
  private final Map<String, OptionalLong> entries;
  private final Set<String> exits;

  private CarePathway(String name, Map<String, Stage> stages, List<Transfer> transfers,
      Map<String, OptionalLong> entries, Set<String> exits) {
    this.name = name;
    this.stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    this.transfers = List.copyOf(transfers);
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    this.exits = Collections.unmodifiableSet(new LinkedHashSet<>(exits));
  }

  /**
   * A new builder.
   *
   * @param name the pathway's name, such as "Urgent and emergency care"; not blank
   * @return the builder
   * @throws IllegalArgumentException if the name is blank
   * @throws NullPointerException if the name is null
   */
  public static Builder builder(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("pathway name must not be blank");
    }
    return new Builder(name);
  }

  /** The pathway's name. */
  public String name() {
    return name;
  }

  /** The stages, in the order added. */
  public List<Stage> stages() {
    return List.copyOf(stages.values());
  }

  /**
   * The stage with the given id.
   *
   * @param id the stage id, not null
   * @return the stage
   * @throws IllegalArgumentException if the pathway has no such stage
   */
  public Stage stage(String id) {
    Stage s = stages.get(Objects.requireNonNull(id, "id"));
    if (s == null) {
      throw new IllegalArgumentException(
          "pathway '" + name + "' has no stage '" + id + "'; stages are " + stages.keySet());
    }
    return s;
  }

  /** The transfers, in the order added. */
  public List<Transfer> transfers() {
    return transfers;
  }

  /** The entry stages with their demand per period (empty for unlimited arrivals). */
  public Map<String, OptionalLong> entries() {
    return entries;
  }

  /** The exit stages. */
  public Set<String> exits() {
    return exits;
  }

  /**
   * A copy of this pathway with {@code additional} more capacity at one stage.
   *
   * @param stageId the stage, not null
   * @param additional people per period to add, not negative
   * @return the changed pathway
   * @throws IllegalArgumentException if there is no such stage or {@code additional} is negative
   */
  public CarePathway withAdditionalCapacity(String stageId, long additional) {
    Stage enlarged = stage(stageId).withAdditionalCapacity(additional);
    Map<String, Stage> copy = new LinkedHashMap<>(stages);
    copy.put(stageId, enlarged);
    return new CarePathway(name, copy, transfers, entries, exits);
  }

  /**
   * Builds a {@link CarePathway}. Not thread-safe.
   */
  public static final class Builder {
    private final String name;
    private final List<Stage> stages = new ArrayList<>();
    private final List<Transfer> transfers = new ArrayList<>();
    private final Map<String, OptionalLong> entries = new LinkedHashMap<>();
    private final List<String> exits = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /** Adds a stage; see {@link Stage}. */
    public Builder stage(Stage stage) {
      stages.add(Objects.requireNonNull(stage, "stage"));
      return this;
    }

    /** Adds a stage with a limited capacity; see {@link Stage#of(String, String, long)}. */
    public Builder stage(String id, String name, long capacity) {
      return stage(Stage.of(id, name, capacity));
    }

    /** Adds a transfer; see {@link Transfer}. */
    public Builder transfer(Transfer transfer) {
      transfers.add(Objects.requireNonNull(transfer, "transfer"));
      return this;
    }

    /** Adds an unlimited transfer from one stage to another. */
    public Builder transfer(String from, String to) {
      return transfer(Transfer.of(from, to));
    }

    /** Marks a stage as an entry with unlimited arrivals. */
    public Builder entry(String stageId) {
      entries.put(Objects.requireNonNull(stageId, "stageId"), OptionalLong.empty());
      return this;
    }

    /**
     * Marks a stage as an entry where {@code demand} people arrive per period.
     *
     * @throws IllegalArgumentException if {@code demand} is negative
     */
    public Builder entry(String stageId, long demand) {
      if (demand < 0) {
        throw new IllegalArgumentException("demand at '" + stageId + "' must not be negative, was " + demand);
      }
      entries.put(Objects.requireNonNull(stageId, "stageId"), OptionalLong.of(demand));
      return this;
    }

    /** Marks a stage as an exit, where people leave the pathway. */
    public Builder exit(String stageId) {
      exits.add(Objects.requireNonNull(stageId, "stageId"));
      return this;
    }

    /**
     * Checks and builds the pathway.
     *
     * @return the pathway
     * @throws IllegalArgumentException listing every problem found, each with its path: duplicate
     *     stage ids, transfers, entries or exits naming unknown stages, no entry or no exit
     */
    public CarePathway build() {
      List<String> problems = new ArrayList<>();
      Map<String, Stage> byId = new LinkedHashMap<>();
      for (int i = 0; i < stages.size(); i++) {
        Stage s = stages.get(i);
        if (byId.putIfAbsent(s.id(), s) != null) {
          problems.add("stages[" + i + "].id: stage id '" + s.id() + "' is used twice");
        }
      }
      Set<String> seenRoutes = new HashSet<>();
      for (int i = 0; i < transfers.size(); i++) {
        Transfer t = transfers.get(i);
        if (!byId.containsKey(t.from())) {
          problems.add("transfers[" + i + "].from: no stage '" + t.from() + "'");
        }
        if (!byId.containsKey(t.to())) {
          problems.add("transfers[" + i + "].to: no stage '" + t.to() + "'");
        }
        if (!seenRoutes.add(t.from() + "\u0000" + t.to())) {
          problems.add("transfers[" + i + "]: transfer " + t.from() + " -> " + t.to() + " is given twice");
        }
      }
      for (String e : entries.keySet()) {
        if (!byId.containsKey(e)) {
          problems.add("entries." + e + ": no stage '" + e + "'");
        }
      }
      for (int i = 0; i < exits.size(); i++) {
        if (!byId.containsKey(exits.get(i))) {
          problems.add("exits[" + i + "]: no stage '" + exits.get(i) + "'");
        }
      }
      if (entries.isEmpty()) {
        problems.add("entries: the pathway needs at least one entry stage");
      }
      if (exits.isEmpty()) {
        problems.add("exits: the pathway needs at least one exit stage");
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(
            "care pathway '" + name + "' is not valid:\n  " + String.join("\n  ", problems));
      }
      return new CarePathway(name, byId, transfers, entries, new LinkedHashSet<>(exits));
    }
  }
}
