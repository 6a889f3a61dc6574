package org.integratedcare.governance.rules;

import java.util.Objects;

/**
 * What a finding is about: the id of a record in the model and its path, such as {@code
 * "bodies[3]"} or {@code "meetings[0].items[2]"}. A finding about the model as a whole has the id
 * and path {@code "$"}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the id of the record, not blank
 * @param path the path of the record in the model, not blank
 */
public record Subject(String id, String path) {

  /** The subject of findings about the model as a whole. */
  public static final Subject MODEL = new Subject("$", "$");

  /**
   * Checks the components.
   *
   * @throws NullPointerException if id or path is null
   * @throws IllegalArgumentException if id or path is blank
   */
  public Subject {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    if (id.isBlank() || path.isBlank()) {
      throw new IllegalArgumentException("a subject needs an id and a path; got '" + id + "' at '" + path + "'");
    }
  }

  @Override
  public String toString() {
    return id + " (" + path + ")";
  }
}
