package org.integratedcare.governance.authority;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The answer to an {@link AuthorityQuery}: one {@link Verdict} per organisation asked about, in the
 * order asked.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param query the question, not null
 * @param verdicts one verdict per organisation of the query, in the same order; not null
 */
public record AuthorityAnswer(AuthorityQuery query, List<Verdict> verdicts) {

  /**
   * Checks the components and copies the list.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the verdicts do not match the query's organisations
   */
  public AuthorityAnswer {
    Objects.requireNonNull(query, "query");
    verdicts = List.copyOf(verdicts);
    List<String> orgs = verdicts.stream().map(Verdict::organisation).toList();
    if (!orgs.equals(query.organisations())) {
      throw new IllegalArgumentException("verdicts " + orgs + " do not match the organisations asked about "
          + query.organisations());
    }
  }

  /**
   * The verdict for one organisation.
   *
   * @param organisation the id of an organisation asked about, not null
   * @return the verdict, or empty if the query did not ask about it
   */
  public Optional<Verdict> verdictFor(String organisation) {
    Objects.requireNonNull(organisation, "organisation");
    return verdicts.stream().filter(v -> v.organisation().equals(organisation)).findFirst();
  }

  /** Whether the decision binds every organisation asked about. */
  public boolean bindsAll() {
    return verdicts.stream().allMatch(Verdict::isBinding);
  }

  /** The verdicts' sentences, one paragraph each. */
  public String sentence() {
    return verdicts.stream().map(Verdict::sentence).collect(Collectors.joining("\n\n"));
  }
}
