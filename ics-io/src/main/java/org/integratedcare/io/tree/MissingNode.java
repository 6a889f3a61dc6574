package org.integratedcare.io.tree;

/**
 * Stands for an absent value: what {@link Node#path(String)} returns for a property that is not
 * there, and what a reader returns for an empty document. It is never part of a tree. A singleton.
 */
public final class MissingNode extends Node {

  static final MissingNode INSTANCE = new MissingNode();

  private MissingNode() {
    super(-1, -1);
  }

  @Override
  public boolean isMissingNode() {
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o == this;
  }

  @Override
  public int hashCode() {
    return -1;
  }
}
