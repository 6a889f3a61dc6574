package org.integratedcare.governance.migration;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.integratedcare.core.IcsModel;

/**
 * What {@link Migration#to(LocalDate)} produced: the migrated model and the report.
 *
 * @param model the migrated model, checked like any other, not null
 * @param date the date migrated to, not null
 * @param assumedCarryOver whether arrangements were carried over where the instrument does not say
 * @param entries every record re-pointed, left orphaned or awaiting a decision, in model order
 */
public record MigrationResult(IcsModel model, LocalDate date, boolean assumedCarryOver,
    List<MigrationEntry> entries) {

  /**
   * A result.
   *
   * @throws NullPointerException if an argument is null
   */
  public MigrationResult {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(date, "date");
    entries = List.copyOf(entries);
  }

  /**
   * The entries of one kind.
   *
   * @param kind the kind, not null
   * @return the entries of that kind, in order
   */
  public List<MigrationEntry> entries(MigrationEntry.Kind kind) {
    return entries.stream().filter(e -> e.kind() == kind).toList();
  }
}
