package org.integratedcare.governance.rules;

import java.util.Objects;

/**
 * What a rule rests on: the kind of source and a citation a reader can look up, such as {@code
 * "NHS Act 2006 Sch 1B para 3"} or the title and author of an article.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind the kind of source, not null
 * @param citation the citation, not blank
 */
public record Basis(BasisKind kind, String citation) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if kind or citation is null
   * @throws IllegalArgumentException if citation is blank
   */
  public Basis {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(citation, "citation");
    if (citation.isBlank()) {
      throw new IllegalArgumentException("a basis needs a citation; it was blank");
    }
  }

  /** A basis in statute; citation not blank. */
  public static Basis statute(String citation) {
    return new Basis(BasisKind.STATUTE, citation);
  }

  /** A basis in regulations; citation not blank. */
  public static Basis regulation(String citation) {
    return new Basis(BasisKind.REGULATION, citation);
  }

  /** A basis in guidance; citation not blank. */
  public static Basis guidance(String citation) {
    return new Basis(BasisKind.GUIDANCE, citation);
  }

  /** A basis in good practice; citation not blank. */
  public static Basis goodPractice(String citation) {
    return new Basis(BasisKind.GOOD_PRACTICE, citation);
  }

  /** A basis in a body's own constitution or terms of reference; citation not blank. */
  public static Basis constitution(String citation) {
    return new Basis(BasisKind.CONSTITUTION, citation);
  }

  @Override
  public String toString() {
    return kind.typeName() + ": " + citation;
  }
}
