package org.integratedcare.governance.diff;

import java.util.List;
import java.util.Objects;
import org.integratedcare.governance.internal.Require;

/**
 * Who may decide on one function for the organisation that holds it, before and after, where that
 * changed: the deciders whose decision binds, those that may only advise and those of which it
 * cannot be told, each in words with the lowest financial limit on its route (as {@link
 * org.integratedcare.governance.authority.DecisionAuthority#whoMayDecide(String, java.time.LocalDate,
 * String...)} answers).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param function the function's id, not blank
 * @param functionName the function's name, not blank
 * @param before the deciders on the earlier side; empty lists if the function is not in that version; not null
 * @param after the deciders on the later side; not null
 * @param sentence the change in plain English; not blank
 */
public record AuthorityChange(String function, String functionName, Deciders before, Deciders after,
    String sentence) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the function, its name or the sentence is blank
   */
  public AuthorityChange {
    Require.sentence(function);
    Require.sentence(functionName);
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Require.sentence(sentence);
  }

  /**
   * The deciders on one side, each in words such as {@code "Finance Committee (up to
   * £5,000,000)"}.
   *
   * @param organisations the ids of the organisations the decision should bind: those that hold
   *     the function on the date, by law or as successors after a merger or acquisition; empty if
   *     the function is not in that version or no one holds it on the date; not null
   * @param binding the deciders whose decision binds, in the order considered; not null
   * @param advisory the deciders that may only advise; not null
   * @param cannotTell the deciders of which it cannot be told whether they bind; not null
   */
  public record Deciders(List<String> organisations, List<String> binding, List<String> advisory,
      List<String> cannotTell) {

    /** No deciders: the function is not in that version of the model. */
    public static final Deciders NONE = new Deciders(List.of(), List.of(), List.of(), List.of());

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a component is null
     */
    public Deciders {
      organisations = List.copyOf(organisations);
      binding = List.copyOf(binding);
      advisory = List.copyOf(advisory);
      cannotTell = List.copyOf(cannotTell);
    }
  }
}
