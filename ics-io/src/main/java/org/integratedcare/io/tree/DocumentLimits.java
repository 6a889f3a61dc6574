package org.integratedcare.io.tree;

/**
 * How much a reader accepts, each enforced while reading: the size of the document in bytes, how
 * deeply objects and arrays nest (the root container is level 1), the length of a text (a string
 * value or property name, in UTF-16 characters), the length of a number as written, and how many
 * values (objects, lists, texts, numbers, booleans and nulls, not property names) the document
 * holds, which bounds the memory a tree takes whatever the document's size.
 *
 * @param maxDocumentBytes the largest document, in bytes; at least 1
 * @param maxNestingDepth the deepest nesting of objects and arrays; at least 1
 * @param maxStringLength the longest string or property name, in characters; at least 1
 * @param maxNumberLength the longest number as written, in characters; at least 1
 * @param maxValues the most values in the document; at least 1
 */
public record DocumentLimits(
    int maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength,
    int maxValues) {

  /** The default number length limit, 1000 characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 1000;

  /** The default limit on values, 2,000,000: several times what a model of all England needs. */
  public static final int DEFAULT_MAX_VALUES = 2_000_000;

  /** 32 MiB, 64 levels, 100,000-character texts, 1000-character numbers and 2,000,000 values. */
  public static final DocumentLimits DEFAULTS =
      new DocumentLimits(32 * 1024 * 1024, 64, 100_000, DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_VALUES);

  /**
   * Limits with the {@linkplain #DEFAULT_MAX_VALUES default limit on values}.
   *
   * @throws IllegalArgumentException if a limit is less than 1
   */
  public DocumentLimits(
      int maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {
    this(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, DEFAULT_MAX_VALUES);
  }

  /**
   * Checks the limits.
   *
   * @throws IllegalArgumentException if a limit is less than 1
   */
  public DocumentLimits {
    if (maxDocumentBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1
        || maxNumberLength < 1 || maxValues < 1) {
      throw new IllegalArgumentException("every limit must be at least 1: " + maxDocumentBytes
          + ", " + maxNestingDepth + ", " + maxStringLength + ", " + maxNumberLength + ", "
          + maxValues);
    }
  }
}
