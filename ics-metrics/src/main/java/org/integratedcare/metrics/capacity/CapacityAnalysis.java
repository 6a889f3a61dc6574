package org.integratedcare.metrics.capacity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The maximum throughput of a {@link CarePathway}, its binding bottleneck and the load on each
 * stage.
 *
 * <p><b>Method.</b> Each stage becomes two nodes joined by an arc whose capacity is the stage's
 * capacity (node splitting, so that a stage's capacity limits everything passing through it,
 * whichever way people arrive). Each transfer becomes an arc from the first stage's out-node to
 * the second stage's in-node, with the transfer's limit. A source feeds each entry stage (with its
 * demand, if given) and each exit stage feeds a sink. The maximum flow from source to sink, found
 * by the Edmonds–Karp algorithm in whole numbers (exact, O(V·E²)), is the most people per period
 * the pathway can carry. By the max-flow/min-cut theorem it equals the capacity of a minimum cut:
 * the {@linkplain #bottleneck() bottleneck} reported is the minimum cut whose source side is the
 * set of nodes reachable from the source in the residual graph, which is the minimum cut closest to
 * the arrivals. Unlimited stages, transfers and demands are arcs of a capacity larger than the sum
 * of all finite capacities; if the maximum flow reaches it, no finite cut exists and the throughput
 * is {@linkplain #unbounded() unbounded}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param pathway the pathway's name
 * @param maxThroughput the maximum people per period; empty if unbounded
 * @param bottleneck the constraints of the minimum cut, whose capacities sum to the throughput;
 *     empty if unbounded
 * @param stageLoads the flow through each stage in the maximum flow found, in stage order
 * @param explanation the result in words
 */
public record CapacityAnalysis(
    String pathway,
    OptionalLong maxThroughput,
    List<Constraint> bottleneck,
    List<StageLoad> stageLoads,
    String explanation) {

  /**
   * Checks and copies the result.
   *
   * @throws NullPointerException if any argument is null
   */
  public CapacityAnalysis {
    Objects.requireNonNull(pathway, "pathway");
    Objects.requireNonNull(maxThroughput, "maxThroughput");
    bottleneck = List.copyOf(bottleneck);
    stageLoads = List.copyOf(stageLoads);
    Objects.requireNonNull(explanation, "explanation");
  }

  /** Whether no finite cut limits the pathway (some route from entry to exit has no limit). */
  public boolean unbounded() {
    return maxThroughput.isEmpty();
  }

  /** Whether the stage's capacity is part of the bottleneck. */
  public boolean isBottleneck(String stageId) {
    return bottleneck.stream().anyMatch(c -> c.kind() == Constraint.Kind.STAGE && c.subject().equals(stageId));
  }

  /**
   * Analyses a pathway.
   *
   * @param pathway the pathway, not null
   * @return the analysis
   * @throws ArithmeticException if the capacities' sum overflows a {@code long}
   */
  public static CapacityAnalysis of(CarePathway pathway) {
    Objects.requireNonNull(pathway, "pathway");
    List<Stage> stages = pathway.stages();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < stages.size(); i++) {
      index.put(stages.get(i).id(), i);
    }
    long finite = 0;
    for (Stage s : stages) {
      finite = Math.addExact(finite, s.capacity().orElse(0));
    }
    for (Transfer t : pathway.transfers()) {
      finite = Math.addExact(finite, t.limit().orElse(0));
    }
    for (OptionalLong d : pathway.entries().values()) {
      finite = Math.addExact(finite, d.orElse(0));
    }
    long infinite = Math.addExact(finite, 1);

    int source = 2 * stages.size();
    int sink = source + 1;
    MaxFlow graph = new MaxFlow(sink + 1);
    List<Constraint> arcConstraint = new ArrayList<>();
    List<Integer> arcIndex = new ArrayList<>();
    int[] stageArc = new int[stages.size()];
    for (int i = 0; i < stages.size(); i++) {
      Stage s = stages.get(i);
      stageArc[i] = graph.addArc(2 * i, 2 * i + 1, s.capacity().orElse(infinite));
      if (s.capacity().isPresent()) {
        arcIndex.add(stageArc[i]);
        arcConstraint.add(new Constraint(Constraint.Kind.STAGE, s.id(), s.capacity().getAsLong()));
      }
    }
    for (Transfer t : pathway.transfers()) {
      int arc = graph.addArc(2 * index.get(t.from()) + 1, 2 * index.get(t.to()), t.limit().orElse(infinite));
      if (t.limit().isPresent()) {
        arcIndex.add(arc);
        arcConstraint.add(new Constraint(Constraint.Kind.TRANSFER, t.from() + " -> " + t.to(), t.limit().getAsLong()));
      }
    }
    for (Map.Entry<String, OptionalLong> e : pathway.entries().entrySet()) {
      int arc = graph.addArc(source, 2 * index.get(e.getKey()), e.getValue().orElse(infinite));
      if (e.getValue().isPresent()) {
        arcIndex.add(arc);
        arcConstraint.add(new Constraint(Constraint.Kind.DEMAND, e.getKey(), e.getValue().getAsLong()));
      }
    }
    for (String x : pathway.exits()) {
      graph.addArc(2 * index.get(x) + 1, sink, infinite);
    }

    long value = graph.run(source, sink, infinite);
    List<StageLoad> loads = new ArrayList<>();
    for (int i = 0; i < stages.size(); i++) {
      Stage s = stages.get(i);
      long f = graph.flowOn(stageArc[i]);
      OptionalDouble u = s.capacity().isPresent() && s.capacity().getAsLong() > 0
          ? OptionalDouble.of((double) f / s.capacity().getAsLong()) : OptionalDouble.empty();
      loads.add(new StageLoad(s.id(), f, s.capacity(), u));
    }
    if (value >= infinite) {
      return new CapacityAnalysis(pathway.name(), OptionalLong.empty(), List.of(), loads,
          "Throughput of '" + pathway.name() + "' is unbounded: some route from an entry to an exit"
              + " has no stage, transfer or demand limit.");
    }
    boolean[] sourceSide = graph.residualReachable(source);
    List<Constraint> cut = new ArrayList<>();
    for (int k = 0; k < arcIndex.size(); k++) {
      int arc = arcIndex.get(k);
      if (sourceSide[graph.tail(arc)] && !sourceSide[graph.head(arc)]) {
        cut.add(arcConstraint.get(k));
      }
    }
    return new CapacityAnalysis(pathway.name(), OptionalLong.of(value), cut, loads,
        "Maximum throughput of '" + pathway.name() + "' is " + value + " per period; the binding"
            + " bottleneck is " + describe(cut) + ".");
  }

  static String describe(List<Constraint> cut) {
    if (cut.isEmpty()) {
      return "nothing (no one can pass)";
    }
    List<String> parts = new ArrayList<>();
    for (Constraint c : cut) {
      String what = switch (c.kind()) {
        case STAGE -> "stage '" + c.subject() + "'";
        case TRANSFER -> "transfer " + c.subject();
        case DEMAND -> "demand arriving at '" + c.subject() + "'";
      };
      parts.add(what + " (" + c.capacity() + ")");
    }
    return String.join(" + ", parts);
  }

  /**
   * What happens to a pathway's throughput if one stage gets more capacity.
   *
   * @param pathway the pathway, not null
   * @param stageId the stage to enlarge, not null
   * @param additional people per period to add, not negative
   * @return the before-and-after comparison
   * @throws IllegalArgumentException if there is no such stage or {@code additional} is negative
   */
  public static CapacityWhatIf whatIf(CarePathway pathway, String stageId, long additional) {
    CapacityAnalysis before = of(pathway);
    CapacityAnalysis after = of(pathway.withAdditionalCapacity(stageId, additional));
    return CapacityWhatIf.compare(stageId, additional, before, after);
  }
}
