package org.integratedcare.report;

import java.util.Locale;
import java.util.Optional;

/** The text formats a {@link Diagram} can be rendered in. */
public enum DiagramFormat {
  /** A Mermaid flowchart, which GitHub, GitLab and many Markdown viewers draw as a picture. */
  MERMAID,
  /** A Graphviz DOT digraph, for {@code dot -Tsvg} and other Graphviz tools. */
  DOT,
  /** An SVG picture laid out by this library, for browsers and documents; needs no other tool. */
  SVG;

  /** The format's name on command lines and in files: {@code mermaid}, {@code dot} or {@code svg}. */
  public String typeName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format with the given {@linkplain #typeName() type name}, ignoring case.
   *
   * @param name the name, not null
   * @return the format, or empty if no format has that name
   */
  public static Optional<DiagramFormat> fromTypeName(String name) {
    for (DiagramFormat f : values()) {
      if (f.typeName().equalsIgnoreCase(name.strip())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
