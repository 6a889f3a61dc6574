package org.integratedcare.io.tree;

import java.math.BigDecimal;
import java.util.Objects;

/** A string value. Immutable. */
public final class StringNode extends Node {

  private final String value;

  StringNode(String value, int line, int column) {
    super(line, column);
    this.value = Objects.requireNonNull(value, "value");
  }

  @Override
  public boolean isString() {
    return true;
  }

  @Override
  public String asString() {
    return value;
  }

  @Override
  public String stringValue() {
    return value;
  }

  @Override
  public long asLong() {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return 0L;
    }
  }

  @Override
  public double asDouble() {
    try {
      return new BigDecimal(value.strip()).doubleValue();
    } catch (NumberFormatException e) {
      return 0.0;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StringNode other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
