package org.integratedcare.io.tree;

/** The null value ({@code null} in JSON; {@code null}, {@code ~} or nothing in YAML). Immutable. */
public final class NullNode extends Node {

  static final NullNode INSTANCE = new NullNode(-1, -1);

  NullNode(int line, int column) {
    super(line, column);
  }

  @Override
  public boolean isNull() {
    return true;
  }

  @Override
  public String asString() {
    return "null";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NullNode;
  }

  @Override
  public int hashCode() {
    return 0;
  }
}
