package org.integratedcare.core;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A declaration that the model records every fact of some kinds, for the whole model or for some
 * of its records.
 *
 * <p>Models are read in an open world: a fact that is not recorded is not known to be absent. A
 * board seat with no appointment recorded is a seat whose holder is not recorded, not a vacant
 * seat; a committee with no delegation recorded is a committee whose delegated powers are not
 * recorded, not one without powers. Rules report such a case as a gap in the data, not as a
 * breach. A declaration of completeness closes the world for what it names: where the model
 * declares the {@linkplain Aspect#APPOINTMENTS appointments} of a board complete, a seat with no
 * appointment in force is vacant, and a statutory seat left vacant is a breach.
 *
 * <p>A declaration with no {@linkplain #records() records} covers the whole model; otherwise it
 * covers the records named and what belongs to them (a body's posts and their appointments, a
 * structure's members). See {@link IcsModel#isComplete(Aspect, String...)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param aspects the kinds of fact declared complete; at least one; iterated in declaration order
 *     of {@link Aspect}
 * @param records the ids of the records covered (bodies, structures, organisations, posts,
 *     people), sorted, or empty for the whole model
 */
public record Completeness(Set<Aspect> aspects, Set<String> records) {

  /** A kind of fact that a model may declare it records in full. */
  public enum Aspect {
    /** The seats of a body: every post is recorded, so a seat not recorded does not exist. */
    POSTS,
    /**
     * Who holds each seat: every appointment is recorded, so a seat with none in force is vacant.
     */
    APPOINTMENTS,
    /**
     * The members of a structure or partnership (an ICP's members, a provider collaborative's
     * trusts, a place's partners): every member is recorded.
     */
    MEMBERS,
    /**
     * The scheme of delegation: every delegation to and from the records covered is recorded, so
     * a body with none has no delegated powers.
     */
    DELEGATIONS,
    /** The registers of interests: every declaration of interest of the people covered is recorded. */
    DECLARATIONS;

    /** The name used in files and JSON, such as {@code "appointments"}. */
    public String typeName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Copies and checks the components.
   *
   * @throws NullPointerException if a component or element is null
   * @throws IllegalArgumentException if no aspect is given or a record id is blank
   */
  public Completeness {
    Objects.requireNonNull(aspects, "aspects");
    Objects.requireNonNull(records, "records");
    if (aspects.isEmpty()) {
      throw new IllegalArgumentException("a declaration of completeness names at least one aspect");
    }
    aspects = Collections.unmodifiableSet(EnumSet.copyOf(aspects));
    for (String id : records) {
      if (Objects.requireNonNull(id, "record id").isBlank()) {
        throw new IllegalArgumentException("a declaration of completeness names a blank record id");
      }
    }
    records = Collections.unmodifiableSortedSet(new TreeSet<>(records));
  }

  /**
   * Every aspect complete for the whole model: the closed world, in which what is not recorded
   * does not exist.
   *
   * @return the declaration
   */
  public static Completeness everything() {
    return new Completeness(EnumSet.allOf(Aspect.class), Set.of());
  }

  /**
   * The given aspects complete for the whole model.
   *
   * @param first an aspect, not null
   * @param more more aspects, not null
   * @return the declaration
   */
  public static Completeness of(Aspect first, Aspect... more) {
    return new Completeness(EnumSet.of(first, more), Set.of());
  }

  /**
   * The given aspects complete for the given records only.
   *
   * @param aspects the aspects, at least one, not null
   * @param records the ids of the records covered, at least one, not null
   * @return the declaration
   * @throws IllegalArgumentException if either set is empty
   */
  public static Completeness forRecords(Set<Aspect> aspects, Set<String> records) {
    if (records.isEmpty()) {
      throw new IllegalArgumentException("name at least one record, or use of(...) for the whole model");
    }
    return new Completeness(aspects, records);
  }

  /** Whether the declaration covers the whole model. */
  public boolean isModelWide() {
    return records.isEmpty();
  }

  /**
   * Whether this declaration covers an aspect of one record.
   *
   * @param aspect the aspect, not null
   * @param recordId the record's id, not null
   * @return true if the aspect is declared complete model-wide or for that record
   */
  public boolean covers(Aspect aspect, String recordId) {
    return aspects.contains(aspect) && (records.isEmpty() || records.contains(recordId));
  }
}
