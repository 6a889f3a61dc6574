package org.integratedcare.governance.diff;

import java.util.Locale;

/** What happened to a record between the two sides of a {@link ModelDiff}. */
public enum RecordChangeKind {
  /** The record is in the new version only. */
  ADDED,
  /** The record is in the old version only. */
  REMOVED,
  /** The record is in both versions with different attributes. */
  CHANGED,
  /** The record is in force on the later date and not on the earlier one. */
  CAME_INTO_FORCE,
  /** The record is in force on the earlier date and not on the later one. */
  ENDED,
  /** A change event (merger, abolition, establishment, boundary change) took effect between the dates. */
  TOOK_EFFECT;

  /** The name used in JSON, such as {@code "came-into-force"}. */
  public String typeName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
