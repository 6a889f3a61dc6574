package org.integratedcare.governance.accountability;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.integratedcare.governance.internal.Require;

/**
 * Every line of accountability from one subject (an organisation, body, post or function) on a
 * date, with the cycles met on the way and the gap, if the subject holds functions without a
 * vertical chain to a statutory terminus.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param subject the id of the organisation, body, post or function, not null
 * @param date the date, not null
 * @param chains every chain from the subject, in the order found; not null
 * @param cycles the cycles met, each once; not null
 * @param gap the subject's gap, if it holds functions (or is a function) with no vertical chain to
 *     a statutory terminus; not null
 * @param exercisedBy for a function, the ids of the bodies, posts and organisations that exercise
 *     it under a delegation in force, which answer through its holder; empty otherwise; not null
 * @param truncated whether the walk stopped at {@link Accountability#maxChains()} chains, so that
 *     more chains exist than are listed
 * @param sentence the report in plain English, not blank
 */
public record AccountabilityReport(
    String subject,
    LocalDate date,
    List<AccountabilityChain> chains,
    List<AccountabilityCycle> cycles,
    Optional<AccountabilityGap> gap,
    List<String> exercisedBy,
    boolean truncated,
    String sentence) {

  /**
   * Checks the components and copies the lists.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the sentence is blank
   */
  public AccountabilityReport {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(date, "date");
    chains = List.copyOf(chains);
    cycles = List.copyOf(cycles);
    Objects.requireNonNull(gap, "gap");
    exercisedBy = List.copyOf(exercisedBy);
    Require.sentence(sentence);
  }

  /** The chains that end at an ultimate account-holder. */
  public List<AccountabilityChain> chainsToTermini() {
    return chains.stream().filter(c -> c.end() == ChainEnd.TERMINUS).toList();
  }

  /** The ids of the ultimate account-holders reached, each once, in the order found. */
  public List<String> termini() {
    return chainsToTermini().stream().map(AccountabilityChain::last).distinct().toList();
  }
}
