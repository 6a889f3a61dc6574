package org.integratedcare.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The two syntaxes of a model file: YAML, for files people edit and review, and JSON, for files
 * services exchange. Both carry exactly the same document (see {@code docs/model-format.md}).
 */
public enum ModelFormat {
  /** YAML 1.2, written with {@code .yaml} or {@code .yml}. */
  YAML(List.of(".yaml", ".yml")),
  /** JSON, written with {@code .json}. */
  JSON(List.of(".json"));

  private final List<String> extensions;

  ModelFormat(List<String> extensions) {
    this.extensions = extensions;
  }

  /** The file name extensions of this format, lower case with the dot, the usual one first. */
  public List<String> extensions() {
    return extensions;
  }

  /**
   * The format of a file, from its name's extension ({@code .yaml}, {@code .yml} or {@code .json},
   * in any case).
   *
   * @param file the file, not null
   * @return the format
   * @throws IllegalArgumentException if the extension is none of those
   * @throws NullPointerException if {@code file} is null
   */
  public static ModelFormat of(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    for (ModelFormat f : values()) {
      for (String ext : f.extensions) {
        if (lower.endsWith(ext)) {
          return f;
        }
      }
    }
    throw new IllegalArgumentException(
        "cannot tell the format of '" + file + "': name it .yaml, .yml or .json");
  }
}
