package org.integratedcare.io;

import java.util.Objects;

/**
 * The limits a {@link ModelReader} applies to an untrusted model file before it builds anything,
 * so that a hostile or broken file cannot exhaust memory or the stack.
 *
 * <p>The {@linkplain #defaults() defaults} are:
 *
 * <ul>
 *   <li>document size: {@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes (64 MiB), counted on the raw
 *       input before parsing, for YAML and JSON alike;
 *   <li>nesting depth: {@value #DEFAULT_MAX_NESTING_DEPTH} levels of objects and arrays (a model
 *       file needs about eight), enforced by Jackson's {@code StreamReadConstraints};
 *   <li>string length: {@value #DEFAULT_MAX_STRING_LENGTH} characters for any one text value or
 *       property name, enforced by Jackson's {@code StreamReadConstraints} for JSON and by the
 *       reader itself for YAML.
 * </ul>
 *
 * <p>A file over a limit is rejected with a {@link org.integratedcare.core.ModelValidationException}
 * naming the limit; no model is built.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadLimits {
  /** The default largest document, in bytes: 64 MiB. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
  /** The default deepest nesting of objects and arrays. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** The default longest text value or property name, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;

  private static final ReadLimits DEFAULTS = new ReadLimits(
      DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH);

  private final int maxDocumentBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;

  private ReadLimits(int maxDocumentBytes, int maxNestingDepth, int maxStringLength) {
    if (maxDocumentBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1) {
      throw new IllegalArgumentException("read limits must be at least 1: document "
          + maxDocumentBytes + " bytes, depth " + maxNestingDepth + ", string " + maxStringLength);
    }
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
  }

  /** The default limits (see the class description). */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Limits with the given values.
   *
   * @param maxDocumentBytes the largest document in bytes, at least 1
   * @param maxNestingDepth the deepest nesting of objects and arrays, at least 1
   * @param maxStringLength the longest text value or property name in characters, at least 1
   * @return the limits
   * @throws IllegalArgumentException if a value is below 1
   */
  public static ReadLimits of(int maxDocumentBytes, int maxNestingDepth, int maxStringLength) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength);
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

  /** A copy with another document size limit; throws {@link IllegalArgumentException} if below 1. */
  public ReadLimits withMaxDocumentBytes(int bytes) {
    return new ReadLimits(bytes, maxNestingDepth, maxStringLength);
  }

  /** A copy with another nesting depth limit; throws {@link IllegalArgumentException} if below 1. */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxDocumentBytes, depth, maxStringLength);
  }

  /** A copy with another string length limit; throws {@link IllegalArgumentException} if below 1. */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadLimits r && r.maxDocumentBytes == maxDocumentBytes
        && r.maxNestingDepth == maxNestingDepth && r.maxStringLength == maxStringLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDocumentBytes, maxNestingDepth, maxStringLength);
  }

  @Override
  public String toString() {
    return "ReadLimits[document " + maxDocumentBytes + " bytes, depth " + maxNestingDepth
        + ", string " + maxStringLength + " chars]";
  }
}
