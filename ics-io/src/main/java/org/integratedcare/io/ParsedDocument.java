package org.integratedcare.io;

import org.integratedcare.io.tree.Node;

/**
 * A parsed model file: its tree, whose nodes know the line and column where they start. Not part
 * of the API.
 */
final class ParsedDocument {
  private final Node root;

  ParsedDocument(Node root) {
    this.root = root;
  }

  Node root() {
    return root;
  }

  /**
   * The line and column of {@code path}, or of its nearest ancestor that has one; {@code {-1, -1}}
   * if none does.
   */
  int[] locate(String path) {
    return Node.locate(root, path);
  }
}
