package org.integratedcare.io.tree;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number: a finite decimal held exactly as a {@link BigDecimal}, or one of YAML's non-finite
 * values {@code .inf}, {@code -.inf} and {@code .nan}, which decoders can detect with {@link
 * #isFinite()} and report. Immutable.
 *
 * <p>Two numbers are equal if their values are numerically equal ({@code 1.50} equals {@code
 * 1.5}); NaN equals NaN.
 */
public final class NumberNode extends Node {

  private static final BigDecimal MIN_LONG = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal MAX_LONG = BigDecimal.valueOf(Long.MAX_VALUE);

  /** The value if finite, else {@code null}. */
  private final BigDecimal value;
  /** The value if not finite. */
  private final double special;

  NumberNode(BigDecimal value, int line, int column) {
    super(line, column);
    this.value = Objects.requireNonNull(value, "value");
    this.special = 0.0;
  }

  NumberNode(double special, int line, int column) {
    super(line, column);
    this.value = null;
    this.special = special;
  }

  @Override
  public boolean isNumber() {
    return true;
  }

  @Override
  public boolean isFinite() {
    return value != null;
  }

  /**
   * Whether the value is NaN.
   *
   * @return whether the value is NaN
   */
  public boolean isNaN() {
    return value == null && Double.isNaN(special);
  }

  @Override
  public boolean isIntegralNumber() {
    return value != null && value.scale() == 0;
  }

  @Override
  public BigDecimal decimalValue() {
    if (value == null) {
      throw new ArithmeticException("the number " + asString() + " has no decimal value");
    }
    return value;
  }

  @Override
  public double doubleValue() {
    return value == null ? special : value.doubleValue();
  }

  @Override
  public long longValue() {
    return decimalValue().longValueExact();
  }

  @Override
  public int intValue() {
    return decimalValue().intValueExact();
  }

  @Override
  public boolean canConvertToLong() {
    return value != null && value.compareTo(MIN_LONG) >= 0 && value.compareTo(MAX_LONG) <= 0;
  }

  @Override
  public long asLong() {
    if (value == null) {
      return (long) special;
    }
    if (value.compareTo(MIN_LONG) < 0) {
      return Long.MIN_VALUE;
    }
    return value.compareTo(MAX_LONG) > 0 ? Long.MAX_VALUE : value.longValue();
  }

  @Override
  public double asDouble() {
    return doubleValue();
  }

  @Override
  public String asString() {
    if (value != null) {
      return value.toPlainString();
    }
    return Double.isNaN(special) ? ".nan" : special > 0 ? ".inf" : "-.inf";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof NumberNode other)) {
      return false;
    }
    if (value == null || other.value == null) {
      return value == other.value && Double.compare(special, other.special) == 0;
    }
    return value.compareTo(other.value) == 0;
  }

  @Override
  public int hashCode() {
    return value == null ? Double.hashCode(special) : value.stripTrailingZeros().hashCode();
  }
}
