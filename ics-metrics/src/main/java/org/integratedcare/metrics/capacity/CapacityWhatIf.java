package org.integratedcare.metrics.capacity;

import java.util.HashSet;
import java.util.Objects;

/**
 * The answer to "what if this stage had more capacity?": the throughput before and after, and
 * whether throughput rises or the bottleneck simply moves.
 *
 * <p>Adding capacity never lowers the maximum throughput of a flow network, because every flow
 * that was feasible stays feasible; the gain is at most the capacity added. Throughput rises if and
 * only if the stage's capacity is part of every minimum cut. If it is part of the reported
 * bottleneck but another cut of equal capacity exists, the outcome is {@link
 * Outcome#BOTTLENECK_MOVES}: the added capacity is real but the pathway cannot use it, which is the
 * holistic warning of Peter Allanson (<i>Whose system is it anyway?</i>, Good Governance Institute,
 * 2020).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stage the stage enlarged
 * @param additional the capacity added, per period
 * @param before the analysis before
 * @param after the analysis after
 * @param gain the rise in throughput per period; 0 if none or if the pathway was unbounded before
 * @param outcome what happened
 * @param bottleneckMoved whether the reported bottleneck after differs from the one before
 * @param explanation the answer in words
 */
public record CapacityWhatIf(
    String stage,
    long additional,
    CapacityAnalysis before,
    CapacityAnalysis after,
    long gain,
    Outcome outcome,
    boolean bottleneckMoved,
    String explanation) {

  /** What adding the capacity did. */
  public enum Outcome {
    /** The maximum throughput rose. */
    THROUGHPUT_RISES,
    /** The stage was part of the bottleneck, but another constraint of equal capacity now binds. */
    BOTTLENECK_MOVES,
    /** The stage was not part of the bottleneck (or the pathway is unbounded), so nothing changed. */
    NOT_A_BOTTLENECK
  }

  /**
   * Checks the result.
   *
   * @throws NullPointerException if any reference argument is null
   */
  public CapacityWhatIf {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(explanation, "explanation");
  }

  static CapacityWhatIf compare(String stage, long additional, CapacityAnalysis before, CapacityAnalysis after) {
    boolean moved = !new HashSet<>(before.bottleneck()).equals(new HashSet<>(after.bottleneck()));
    long gain = before.unbounded() || after.unbounded()
        ? 0 : after.maxThroughput().getAsLong() - before.maxThroughput().getAsLong();
    if (before.unbounded()) {
      return new CapacityWhatIf(stage, additional, before, after, gain, Outcome.NOT_A_BOTTLENECK, false,
          "Throughput was already unbounded; adding " + additional + " at '" + stage + "' changes nothing.");
    }
    long b = before.maxThroughput().getAsLong();
    if (after.unbounded() || after.maxThroughput().getAsLong() > b) {
      String now = after.unbounded() ? "unbounded" : Long.toString(after.maxThroughput().getAsLong());
      return new CapacityWhatIf(stage, additional, before, after, gain, Outcome.THROUGHPUT_RISES, moved,
          "Adding " + additional + " at '" + stage + "' raises throughput from " + b + " to " + now
              + (moved ? "; the bottleneck is now " + CapacityAnalysis.describe(after.bottleneck()) : "") + ".");
    }
    if (before.isBottleneck(stage)) {
      return new CapacityWhatIf(stage, additional, before, after, gain, Outcome.BOTTLENECK_MOVES, moved,
          "Adding " + additional + " at '" + stage + "' leaves throughput at " + b
              + ": the bottleneck moves to " + CapacityAnalysis.describe(after.bottleneck()) + ".");
    }
    return new CapacityWhatIf(stage, additional, before, after, gain, Outcome.NOT_A_BOTTLENECK, moved,
        "Adding " + additional + " at '" + stage + "' leaves throughput at " + b + ": '" + stage
            + "' is not part of the bottleneck, which is " + CapacityAnalysis.describe(before.bottleneck()) + ".");
  }
}
