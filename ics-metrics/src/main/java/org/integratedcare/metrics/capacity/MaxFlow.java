package org.integratedcare.metrics.capacity;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The Edmonds–Karp maximum-flow algorithm (Ford–Fulkerson with breadth-first augmenting paths)
 * on a directed graph with whole-number capacities: O(V·E²) time, exact. Not thread-safe; one
 * instance per computation.
 */
final class MaxFlow {
  private final int nodes;
  private int arcs;
  private int[] head;
  private int[] target;
  private int[] next;
  private long[] capacity;
  private long[] flow;

  MaxFlow(int nodes) {
    this.nodes = nodes;
    this.head = new int[nodes];
    Arrays.fill(head, -1);
    int initial = 16;
    target = new int[initial];
    next = new int[initial];
    capacity = new long[initial];
    flow = new long[initial];
  }

  /** Adds an arc and its residual twin; returns the arc's index (always even). */
  int addArc(int from, int to, long cap) {
    int index = arcs;
    ensure(arcs + 2);
    link(from, to, cap);
    link(to, from, 0);
    return index;
  }

  private void link(int from, int to, long cap) {
    target[arcs] = to;
    capacity[arcs] = cap;
    next[arcs] = head[from];
    head[from] = arcs;
    arcs++;
  }

  private void ensure(int size) {
    if (size > target.length) {
      int n = Math.max(size, target.length * 2);
      target = Arrays.copyOf(target, n);
      next = Arrays.copyOf(next, n);
      capacity = Arrays.copyOf(capacity, n);
      flow = Arrays.copyOf(flow, n);
    }
  }

  /**
   * Runs the algorithm and returns the value of a maximum flow from {@code source} to {@code sink},
   * stopping early once the flow reaches {@code limit} (used to detect an unbounded pathway without
   * overflow).
   */
  long run(int source, int sink, long limit) {
    long total = 0;
    int[] via = new int[nodes];
    while (true) {
      Arrays.fill(via, -1);
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(source);
      via[source] = -2;
      while (!queue.isEmpty() && via[sink] == -1) {
        int u = queue.poll();
        for (int a = head[u]; a != -1; a = next[a]) {
          int v = target[a];
          if (via[v] == -1 && capacity[a] - flow[a] > 0) {
            via[v] = a;
            queue.add(v);
          }
        }
      }
      if (via[sink] == -1 || total >= limit) {
        return total;
      }
      long push = Long.MAX_VALUE;
      for (int v = sink; v != source; v = target[via[v] ^ 1]) {
        push = Math.min(push, capacity[via[v]] - flow[via[v]]);
      }
      for (int v = sink; v != source; v = target[via[v] ^ 1]) {
        flow[via[v]] += push;
        flow[via[v] ^ 1] -= push;
      }
      total += push;
    }
  }

  /** The nodes reachable from {@code source} in the residual graph (the source side of a minimum cut). */
  boolean[] residualReachable(int source) {
    boolean[] seen = new boolean[nodes];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(source);
    seen[source] = true;
    while (!queue.isEmpty()) {
      int u = queue.poll();
      for (int a = head[u]; a != -1; a = next[a]) {
        int v = target[a];
        if (!seen[v] && capacity[a] - flow[a] > 0) {
          seen[v] = true;
          queue.add(v);
        }
      }
    }
    return seen;
  }

  long flowOn(int arc) {
    return flow[arc];
  }

  int tail(int arc) {
    return target[arc ^ 1];
  }

  int head(int arc) {
    return target[arc];
  }
}
