package org.integratedcare.core.structure;

import org.integratedcare.core.internal.TypeNames;

/**
 * The level at which a body works, from national to neighbourhood. Subsidiarity asks that
 * decisions sit at the lowest level that can take them.
 */
public enum Level {
  /** England as a whole. */
  NATIONAL,
  /** An NHS England region. */
  REGIONAL,
  /** An integrated care system (about 1 to 2 million people). */
  SYSTEM,
  /** A place (about 250,000 to 500,000 people). */
  PLACE,
  /** A neighbourhood (about 30,000 to 50,000 people). */
  NEIGHBOURHOOD,
  /** Within one organisation, not tied to a geography. */
  ORGANISATION;

  /** The level's name in model files. */
  public String typeName() {
    return TypeNames.of(this);
  }

  /** Whether this is place or neighbourhood level. */
  public boolean isLocal() {
    return this == PLACE || this == NEIGHBOURHOOD;
  }
}
