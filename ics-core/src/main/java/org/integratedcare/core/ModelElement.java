package org.integratedcare.core;

import java.time.LocalDate;
import org.integratedcare.core.time.DateRange;

/**
 * A record of an {@link IcsModel} that is in force for a period: it can start and end.
 */
public interface ModelElement extends Identified {
  /** When the record is in force. */
  DateRange period();

  /** Whether the record is in force on {@code date}. */
  default boolean inForceOn(LocalDate date) {
    return period().contains(date);
  }
}
