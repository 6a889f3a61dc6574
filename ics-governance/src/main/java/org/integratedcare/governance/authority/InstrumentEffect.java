package org.integratedcare.governance.authority;

import java.util.Objects;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.core.function.DelegationInstrument;

/**
 * The legal effect of one delegation instrument: its route, what a delegation under it binds, in
 * words, with its basis and how firmly its public source establishes it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param instrument the instrument, not null
 * @param route the legal route it takes, not null
 * @param summary the effect in a sentence, not blank
 * @param basis the statute, guidance or commentary it rests on, by its public citation, not blank
 * @param status how firmly the basis establishes the effect, not null
 */
public record InstrumentEffect(
    DelegationInstrument instrument, InstrumentRoute route, String summary, String basis, SourceStatus status) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the summary or basis is blank
   */
  public InstrumentEffect {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(status, "status");
    if (Objects.requireNonNull(summary, "summary").isBlank() || Objects.requireNonNull(basis, "basis").isBlank()) {
      throw new IllegalArgumentException("summary and basis of the effect of " + instrument + " must not be blank");
    }
  }

  /** Whether a delegation under this instrument can confer authority over a statutory function. */
  public boolean confersStatutoryAuthority() {
    return route != InstrumentRoute.NO_STATUTORY_FUNCTION;
  }
}
