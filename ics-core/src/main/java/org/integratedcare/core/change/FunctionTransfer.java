package org.integratedcare.core.change;

import java.util.List;
import org.immutables.value.Value;
import org.integratedcare.core.internal.Checks;

/**
 * One route by which a {@link ChangeEvent} passes functions from an organisation it names as a
 * predecessor to one it names as a successor: either every function {@code from} held ({@link
 * #allFunctions()}), or only the statutory functions listed by id.
 *
 * <p>In a model file: {@code {from: nhs-england, to: secretary-of-state, functions: all}} or
 * {@code {from: nhs-england, to: icb-a, functions: [direct-commissioning]}}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FunctionTransfer {
  FunctionTransfer() {}

  /** The id of the organisation the functions pass from. */
  @SuppressWarnings("immutables:from") // a builder copying another instance is not needed here
  @Value.Parameter
  public abstract String from();

  /** The id of the organisation the functions pass to. */
  @Value.Parameter
  public abstract String to();

  /** The ids of the statutory functions that pass; empty when {@link #allFunctions() all} pass. */
  @Value.Parameter
  public abstract List<String> functions();

  /** Whether every function {@link #from()} held passes, rather than only those listed. */
  public boolean allFunctions() {
    return functions().isEmpty();
  }

  /**
   * Whether the function passes by this route.
   *
   * @param functionId a statutory function's id
   * @return true if every function passes or {@code functionId} is listed
   */
  public boolean covers(String functionId) {
    return allFunctions() || functions().contains(functionId);
  }

  /**
   * A transfer of the listed functions.
   *
   * @param from the transferor's id
   * @param to the transferee's id
   * @param functions the ids of the functions that pass; at least one
   * @return the transfer
   * @throws IllegalArgumentException if an id is not valid, {@code from} equals {@code to}, or no
   *     function is listed
   * @throws NullPointerException if an argument is null
   */
  public static FunctionTransfer of(String from, String to, List<String> functions) {
    Checks.that(!functions.isEmpty(), "a transfer from '" + from + "' to '" + to
        + "' must list at least one function, or pass all of them");
    return ImmutableFunctionTransfer.of(from, to, functions);
  }

  /**
   * A transfer of every function {@code from} held.
   *
   * @param from the transferor's id
   * @param to the transferee's id
   * @return the transfer
   * @throws IllegalArgumentException if an id is not valid or {@code from} equals {@code to}
   * @throws NullPointerException if an argument is null
   */
  public static FunctionTransfer ofAll(String from, String to) {
    return ImmutableFunctionTransfer.of(from, to, List.of());
  }

  @Value.Check
  void check() {
    Checks.id("transfer from", from());
    Checks.id("transfer to", to());
    Checks.that(!from().equals(to()), "a transfer cannot pass functions from '" + from() + "' to itself");
    Checks.ids("transferred function", functions());
    Checks.that(functions().stream().distinct().count() == functions().size(),
        "a transfer from '" + from() + "' to '" + to() + "' lists a function twice");
  }
}
