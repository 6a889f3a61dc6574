package org.integratedcare.core.structure;

import org.integratedcare.core.internal.TypeNames;

/** What services a {@link ProviderCollaborative} brings together. */
public enum CollaborativeType {
  /** Acute hospital services. */
  ACUTE,
  /** Mental health services. */
  MENTAL_HEALTH,
  /** Learning disability and autism services. */
  LEARNING_DISABILITY_AND_AUTISM,
  /** Community health services. */
  COMMUNITY,
  /** Specialised services (including NHS-led specialised mental health collaboratives). */
  SPECIALISED,
  /** Any other grouping. */
  OTHER;

  /** The type's name in model files, such as {@code "mental-health"}. */
  public String typeName() {
    return TypeNames.of(this);
  }
}
