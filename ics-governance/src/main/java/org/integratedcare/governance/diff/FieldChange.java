package org.integratedcare.governance.diff;

import java.util.Objects;
import org.integratedcare.governance.internal.Require;

/**
 * One attribute of a record that differs between the two versions, each value in words (a sum as
 * "£5,000,000", a record id with its name, "not recorded" for an absent value).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param field the attribute's name as the model file spells it, such as {@code "financialLimit"};
 *     not blank
 * @param before the old value in words, not null
 * @param after the new value in words, not null
 */
public record FieldChange(String field, String before, String after) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the field is blank
   */
  public FieldChange {
    Require.sentence(field);
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** The attribute's name in words: {@code financialLimit} is "financial limit". */
  public String fieldWords() {
    return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }

  /** The change in words: {@code "financial limit £5,000,000 -> £10,000,000"}. */
  public String sentence() {
    return fieldWords() + " " + before + " -> " + after;
  }
}
