package org.integratedcare.metrics.structure;

import java.util.Objects;

/**
 * One organisation's place in the {@link PartnershipNetwork}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param organisation the organisation's id
 * @param name its name on the date
 * @param forums how many forums it belongs to (its degree in the organisation–forum graph)
 * @param partners how many other organisations share at least one forum with it
 * @param betweenness its betweenness centrality over pairs of organisations, normalised to [0, 1]
 * @param rawBetweenness the same before normalisation: the sum over unordered pairs of other
 *     organisations of the fraction of their shortest paths passing through it
 */
public record OrganisationCentrality(
    String organisation, String name, int forums, int partners, double betweenness, double rawBetweenness) {
  /**
   * Checks the value.
   *
   * @throws NullPointerException if the id or name is null
   */
  public OrganisationCentrality {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(name, "name");
  }
}
