package org.integratedcare.io;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A parsed model file: its tree and, for every path in it, the line and column where it starts.
 * Not part of the API.
 */
final class ParsedDocument {
  private final JsonNode root;
  private final Map<String, int[]> locations;

  ParsedDocument(JsonNode root, Map<String, int[]> locations) {
    this.root = root;
    this.locations = locations;
  }

  JsonNode root() {
    return root;
  }

  /**
   * The line and column of {@code path}, or of its nearest ancestor that has one; {@code {-1, -1}}
   * if none does.
   */
  int[] locate(String path) {
    String p = path;
    while (true) {
      int[] at = locations.get(p);
      if (at != null) {
        return at;
      }
      if (p.isEmpty()) {
        return new int[] {-1, -1};
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
  }
}
