package org.integratedcare.io;

import java.util.Objects;

/**
 * The limits a {@link ModelReader} applies to an untrusted model file before it builds anything,
 * so that a hostile or broken file cannot exhaust memory or the stack.
 *
 * <p>The {@linkplain #defaults() defaults} are:
 *
 * <ul>
 *   <li>document size: {@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes (32 MiB, more than three times
 *       a model of all England's systems), counted on the raw input before parsing, for YAML and
 *       JSON alike; at this size the slowest YAML a file can hold still reads or fails in a few
 *       seconds and under 1 GB;
 *   <li>nesting depth: {@value #DEFAULT_MAX_NESTING_DEPTH} levels of objects and arrays (a model
 *       file needs about eight), enforced as each level opens;
 *   <li>string length: {@value #DEFAULT_MAX_STRING_LENGTH} characters for any one text value or
 *       property name, enforced while scanning JSON and as each YAML token is completed;
 *   <li>values: {@value #DEFAULT_MAX_VALUES} objects, lists, texts, numbers, booleans and nulls
 *       in the document (a model of all England holds about a tenth of that), enforced as each is
 *       read, so that a file of many tiny values cannot build a tree larger than memory.
 * </ul>
 *
 * <p>A file over a limit is rejected with a {@link org.integratedcare.core.ModelValidationException}
 * naming the limit; no model is built.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadLimits {
  /** The default largest document, in bytes: 32 MiB. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;
  /** The default deepest nesting of objects and arrays. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** The default longest text value or property name, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
  /** The default largest number of values in a document. */
  public static final int DEFAULT_MAX_VALUES = 2_000_000;

  private static final ReadLimits DEFAULTS = new ReadLimits(DEFAULT_MAX_DOCUMENT_BYTES,
      DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_VALUES);

  private final int maxDocumentBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxValues;

  private ReadLimits(int maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxValues) {
    if (maxDocumentBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxValues < 1) {
      throw new IllegalArgumentException("read limits must be at least 1: document "
          + maxDocumentBytes + " bytes, depth " + maxNestingDepth + ", string " + maxStringLength
          + ", values " + maxValues);
    }
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxValues = maxValues;
  }

  /** The default limits (see the class description). */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Limits with the given values and the {@linkplain #DEFAULT_MAX_VALUES default limit on values}.
   *
   * @param maxDocumentBytes the largest document in bytes, at least 1
   * @param maxNestingDepth the deepest nesting of objects and arrays, at least 1
   * @param maxStringLength the longest text value or property name in characters, at least 1
   * @return the limits
   * @throws IllegalArgumentException if a value is below 1
   */
  public static ReadLimits of(int maxDocumentBytes, int maxNestingDepth, int maxStringLength) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, DEFAULT_MAX_VALUES);
  }

  /** The largest document accepted, in bytes. */
  public int maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** The deepest nesting of objects and arrays accepted. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** The longest text value or property name accepted, in characters. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** The most values (objects, lists, texts, numbers, booleans, nulls) a document may hold. */
  public int maxValues() {
    return maxValues;
  }

  /** A copy with another document size limit; throws {@link IllegalArgumentException} if below 1. */
  public ReadLimits withMaxDocumentBytes(int bytes) {
    return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxValues);
  }

  /** A copy with another nesting depth limit; throws {@link IllegalArgumentException} if below 1. */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxValues);
  }

  /** A copy with another string length limit; throws {@link IllegalArgumentException} if below 1. */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, length, maxValues);
  }

  /** A copy with another limit on values; throws {@link IllegalArgumentException} if below 1. */
  public ReadLimits withMaxValues(int values) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadLimits r && r.maxDocumentBytes == maxDocumentBytes
        && r.maxNestingDepth == maxNestingDepth && r.maxStringLength == maxStringLength
        && r.maxValues == maxValues;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDocumentBytes, maxNestingDepth, maxStringLength, maxValues);
  }

  @Override
  public String toString() {
    return "ReadLimits[document " + maxDocumentBytes + " bytes, depth " + maxNestingDepth
        + ", string " + maxStringLength + " chars, " + maxValues + " values]";
  }
}
