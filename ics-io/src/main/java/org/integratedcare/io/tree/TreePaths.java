package org.integratedcare.io.tree;

/** Paths such as {@code bodies[3].members[1].nominatedBy}: following them and building them. */
final class TreePaths {

  private TreePaths() {}

  /**
   * The deepest node reached along {@code path}; with {@code positioned}, the deepest that has a
   * position (or the root).
   */
  static Node walk(Node root, String path, boolean positioned) {
    Node node = root;
    Node best = root;
    int i = 0;
    int n = path.length();
    while (i < n && node != null) {
      Node next = null;
      char c = path.charAt(i);
      if (c == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          break;
        }
        try {
          next = node.get(Integer.parseInt(path.substring(i + 1, close)));
        } catch (NumberFormatException e) {
          next = null;
        }
        i = close + 1;
      } else {
        if (c == '.' && i > 0) {
          i++;
        }
        // the shortest key that exists, extended over '.' and '[' if the key contains them
        int end = i;
        while (true) {
          end = nextSeparator(path, end);
          String key = path.substring(i, end);
          if (node.has(key)) {
            next = node.get(key);
            i = end;
            break;
          }
          if (end >= n) {
            break;
          }
          end++;
        }
      }
      if (next == null) {
        break;
      }
      node = next;
      if (!positioned || node.line() > 0) {
        best = node;
      }
    }
    return positioned ? best : node;
  }

  private static int nextSeparator(String path, int from) {
    for (int i = from; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        return i;
      }
    }
    return path.length();
  }

  /** The path of a child of the container at {@code parent}. */
  static String child(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  static String child(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
