package org.integratedcare.governance.diff;

import java.util.List;
import java.util.Objects;
import org.integratedcare.governance.internal.Require;

/**
 * One record of the model that was added, removed or changed, or that came into force or ended
 * between the two dates compared.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind what happened to the record, not null
 * @param id the record's id, not blank
 * @param type the kind of record in words, such as {@code "delegation"} or {@code "joint
 *     committee"}; not blank
 * @param label the record in words, such as {@code "delegation d-7 from ICB Board to Finance
 *     Committee"}; not blank
 * @param fields the attributes that changed, for a {@link RecordChangeKind#CHANGED changed} record;
 *     empty otherwise; not null
 * @param sentence the change in plain English, as it could be read out in a board paper; not blank
 */
public record RecordChange(RecordChangeKind kind, String id, String type, String label, List<FieldChange> fields,
    String sentence) {

  /**
   * Checks the components and copies the list.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the id, type, label or sentence is blank
   */
  public RecordChange {
    Objects.requireNonNull(kind, "kind");
    Require.sentence(id);
    Require.sentence(type);
    Require.sentence(label);
    fields = List.copyOf(fields);
    Require.sentence(sentence);
  }
}
