package org.integratedcare.core.change;

import org.immutables.value.Value;
import org.integratedcare.core.internal.Checks;

/**
 * One area unit that a {@linkplain ChangeKind#BOUNDARY_CHANGE boundary change} moves from one
 * organisation's area to another's. The unit is spelled as in the organisations' {@link
 * org.integratedcare.core.organisation.Area areas}: usually a GSS code or a local authority's id.
 *
 * <p>In a model file: {@code {unit: E06000060, from: icb-a, to: icb-b}}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AreaMove {
  AreaMove() {}

  /** The area unit that moves. */
  @Value.Parameter
  public abstract String unit();

  /** The id of the organisation whose area loses the unit. */
  @SuppressWarnings("immutables:from") // a builder copying another instance is not needed here
  @Value.Parameter
  public abstract String from();

  /** The id of the organisation whose area gains the unit. */
  @Value.Parameter
  public abstract String to();

  /**
   * A unit moved between two organisations' areas.
   *
   * @param unit the area unit
   * @param from the id of the organisation losing it
   * @param to the id of the organisation gaining it
   * @return the move
   * @throws IllegalArgumentException if the unit is blank, an id is not valid, or {@code from}
   *     equals {@code to}
   * @throws NullPointerException if an argument is null
   */
  public static AreaMove of(String unit, String from, String to) {
    return ImmutableAreaMove.of(unit, from, to);
  }

  @Value.Check
  void check() {
    Checks.text("area unit", unit());
    Checks.id("area moved from", from());
    Checks.id("area moved to", to());
    Checks.that(!from().equals(to()), "area unit '" + unit() + "' cannot move from '" + from() + "' to itself");
  }
}
