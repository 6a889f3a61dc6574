package org.integratedcare.io;

import java.util.ArrayList;
import java.util.List;
import org.integratedcare.core.Problem;

/** The problems found while reading one document, each placed by its path. Not part of the API. */
final class Problems {
  private final ParsedDocument document;
  private final List<Problem> list = new ArrayList<>();
  /** The file's default first day for records that give no {@code from}, or null. */
  String defaultFrom;

  Problems(ParsedDocument document) {
    this.document = document;
  }

  void add(String path, String message) {
    int[] at = document.locate(path);
    list.add(Problem.at(path, message, at[0], at[1]));
  }

  int count() {
    return list.size();
  }

  List<Problem> list() {
    return list;
  }
}
