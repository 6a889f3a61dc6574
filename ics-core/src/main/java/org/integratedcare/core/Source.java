package org.integratedcare.core;

import java.util.Optional;
import org.immutables.value.Value;
import org.integratedcare.core.internal.Checks;

/**
 * Where a fact came from: a document, optionally its address and clause, and how sure the source
 * is.
 *
 * <p>Any record of the model may cite its sources, so that an answer can say where a fact came
 * from (after the {@code sources} of the Popolo standard).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Source {
  Source() {}

  /** The document's title, such as {@code "NHS Act 2006, Schedule 1B"}; never blank. */
  public abstract String document();

  /** The document's address, if it has one. */
  public abstract Optional<String> url();

  /** The clause, paragraph or section cited, such as {@code "para 3(1)"}. */
  public abstract Optional<String> clause();

  /** How firmly the source establishes the fact; empty when not stated. */
  public abstract Optional<SourceStatus> status();

  /**
   * A source naming only a document.
   *
   * @param document the document's title, not blank
   * @return the source
   * @throws IllegalArgumentException if the title is blank
   */
  public static Source of(String document) {
    return builder().document(document).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}; {@link #document(String)} is required. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.text("source document", document());
    url().ifPresent(u -> Checks.text("source url", u));
    clause().ifPresent(c -> Checks.text("source clause", c));
  }
}
