package org.integratedcare.io.tree;

import java.util.Arrays;

/**
 * The open containers while reading, with the key or index of the child being read in each, so
 * that a problem's path can be built when (and only when) there is one.
 */
final class Frames {

  private Node[] nodes = new Node[16];
  private String[] keys = new String[16];
  private int[] indexes = new int[16];
  private int[] keyLines = new int[16];
  private int[] keyColumns = new int[16];
  private int depth;

  int depth() {
    return depth;
  }

  Node top() {
    return nodes[depth - 1];
  }

  void push(Node container) {
    if (depth == nodes.length) {
      int n = depth * 2;
      nodes = Arrays.copyOf(nodes, n);
      keys = Arrays.copyOf(keys, n);
      indexes = Arrays.copyOf(indexes, n);
      keyLines = Arrays.copyOf(keyLines, n);
      keyColumns = Arrays.copyOf(keyColumns, n);
    }
    nodes[depth] = container;
    keys[depth] = null;
    indexes[depth] = -1;
    keyLines[depth] = 0;
    depth++;
  }

  void pop() {
    depth--;
    nodes[depth] = null;
    keys[depth] = null;
  }

  /** The top object's child now being read. */
  void key(String key) {
    keys[depth - 1] = key;
  }

  /** Where the top object's pending key was read; a line of 0 means no value is pending. */
  void keyAt(int line, int column) {
    keyLines[depth - 1] = line;
    keyColumns[depth - 1] = column;
  }

  int keyLine() {
    return keyLines[depth - 1];
  }

  int keyColumn() {
    return keyColumns[depth - 1];
  }

  String currentKey() {
    return keys[depth - 1];
  }

  /** The top array's child now being read. */
  void index(int index) {
    indexes[depth - 1] = index;
  }

  /** No child of the top container is being read. */
  void clear() {
    keys[depth - 1] = null;
    indexes[depth - 1] = -1;
  }

  /** The path of the child being read, or of the innermost container if none is. */
  String path() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      if (nodes[i].isObject()) {
        if (keys[i] == null) {
          break;
        }
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(keys[i]);
      } else {
        if (indexes[i] < 0) {
          break;
        }
        sb.append('[').append(indexes[i]).append(']');
      }
    }
    return sb.toString();
  }
}
