package org.integratedcare.benchmarks;

import org.integratedcare.core.IcsModel;

/**
 * Prints the heap a built model keeps alive, at 42 and 420 synthetic systems: the used heap after
 * repeated garbage collection, before and after building. An estimate (the collector decides what
 * "used" means), reported beside the JMH allocation figures in docs/performance.md.
 *
 * <p>Run: {@code java -cp ics-benchmarks/target/benchmarks.jar org.integratedcare.benchmarks.ModelFootprint}.
 */
public final class ModelFootprint {
  private ModelFootprint() {}

  /**
   * Builds the models and prints their footprint.
   *
   * @param args ignored
   * @throws InterruptedException if interrupted while waiting for the collector
   */
  public static void main(String[] args) throws InterruptedException {
    for (int systems : new int[] {42, 420}) {
      long before = usedAfterGc();
      IcsModel model = SyntheticSystems.model(systems);
      long after = usedAfterGc();
      System.out.printf("%d systems: %d records, %d KiB retained, %d bytes a record%n",
          systems, model.size(), (after - before) / 1024, (after - before) / model.size());
      if (model.size() < 0) {
        throw new IllegalStateException("keeps the model reachable until measured");
      }
    }
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
