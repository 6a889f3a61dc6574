package org.integratedcare.governance.reform;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.integratedcare.core.Source;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.governance.internal.Require;

/**
 * One change of a {@link ReformScenario}, with the source it rests on. Closed: an abolition of
 * organisations of a kind, or a statutory requirement that the reform removes.
 */
public sealed interface ReformChange permits ReformChange.Abolition, ReformChange.RequirementDropped {

  /** The change's id within its scenario, not blank. */
  String id();

  /** What the change does, in words, not blank. */
  String description();

  /** The source the change rests on, with its status (a bill, an announcement), not null. */
  Source source();

  /**
   * Every organisation of a kind is abolished on the effective date. Its functions pass to the
   * organisation of another kind ({@code functionsTo}; one is added to a model that has none), except
   * that, when {@code delegatedFunctionsPassToDelegate} is set, a function the abolished organisation
   * has delegated to organisations, in force the day before, passes to each of those delegates. Without {@code
   * functionsTo} the functions pass to no one, and the model shows a gap for each.
   *
   * @param id the change's id, not blank
   * @param description what the change does, in words, not blank
   * @param abolished the kind of organisation abolished, not null
   * @param functionsTo the kind of organisation that takes the functions, if any; not null
   * @param delegatedFunctionsPassToDelegate whether a delegated function passes to its delegate
   * @param source the source, not null
   */
  record Abolition(String id, String description, OrganisationKind abolished, Optional<OrganisationKind> functionsTo,
      boolean delegatedFunctionsPassToDelegate, Source source) implements ReformChange {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the id or description is blank, or functions would pass to
     *     the kind abolished
     */
    public Abolition {
      Require.sentence(id);
      Require.sentence(description);
      Objects.requireNonNull(abolished, "abolished");
      Objects.requireNonNull(functionsTo, "functionsTo");
      Objects.requireNonNull(source, "source");
      if (functionsTo.filter(abolished::equals).isPresent()) {
        throw new IllegalArgumentException("change '" + id + "' passes the functions of the kind it abolishes");
      }
    }
  }

  /**
   * A statutory requirement that the reform removes from the effective date: the findings of the
   * rules that check it no longer stand, and the what-if report says so with the source.
   *
   * @param id the change's id, not blank
   * @param description the requirement removed, in words, not blank
   * @param rules the ids of the rules that check the requirement, at least one; not null
   * @param source the source, not null
   */
  record RequirementDropped(String id, String description, List<String> rules, Source source)
      implements ReformChange {

    /**
     * Checks the components and copies the list.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the id or description is blank or no rule is named
     */
    public RequirementDropped {
      Require.sentence(id);
      Require.sentence(description);
      rules = List.copyOf(rules);
      if (rules.isEmpty()) {
        throw new IllegalArgumentException("change '" + id + "' must name at least one rule");
      }
      Objects.requireNonNull(source, "source");
    }
  }
}
