package org.integratedcare.io.tree;

/** A boolean value. Immutable. */
public final class BooleanNode extends Node {

  static final BooleanNode TRUE = new BooleanNode(true, -1, -1);
  static final BooleanNode FALSE = new BooleanNode(false, -1, -1);

  private final boolean value;

  BooleanNode(boolean value, int line, int column) {
    super(line, column);
    this.value = value;
  }

  @Override
  public boolean isBoolean() {
    return true;
  }

  @Override
  public boolean booleanValue() {
    return value;
  }

  @Override
  public String asString() {
    return value ? "true" : "false";
  }

  @Override
  public long asLong() {
    return value ? 1L : 0L;
  }

  @Override
  public double asDouble() {
    return value ? 1.0 : 0.0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BooleanNode other && value == other.value;
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(value);
  }
}
