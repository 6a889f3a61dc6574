package org.integratedcare.core.function;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.integratedcare.core.ModelElement;
import org.integratedcare.core.Source;
import org.integratedcare.core.internal.Checks;
import org.integratedcare.core.time.DateRange;

/**
 * A function and the organisation that holds it by law, such as an ICB's duty to arrange primary
 * medical services or NHS England's performance assessment of ICBs (NHS Act 2006 s.14Z59).
 *
 * <p>The {@linkplain #holder() holder} stays accountable for the function however it is exercised:
 * delegation moves the doing, never the answering. A function that may not be delegated at all is
 * marked {@linkplain #delegable() not delegable} (for example the NHS England functions that S.I.
 * 2022/642 reg 2 takes out of s.65Z5). The {@linkplain #basis() basis} is a citation in words.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatutoryFunction implements ModelElement {
  StatutoryFunction() {}

  @Override
  public abstract String id();

  /** The function's name. */
  public abstract String name();

  /** The id of the organisation that holds it by law. */
  public abstract String holder();

  /** The legal basis, such as {@code "NHS Act 2006 s.14Z59"}, if recorded. */
  public abstract Optional<String> basis();

  /** Whether the holder may arrange for others to exercise it; true unless stated. */
  @Value.Default
  public boolean delegable() {
    return true;
  }

  @Override
  public abstract DateRange period();

  @Override
  public abstract List<Source> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatutoryFunction}; id, name, holder and period are required. */
  public static final class Builder extends ImmutableStatutoryFunction.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("function id", id());
    Checks.text("function name", name());
    Checks.id("holder", holder());
    basis().ifPresent(b -> Checks.text("function basis", b));
  }
}
