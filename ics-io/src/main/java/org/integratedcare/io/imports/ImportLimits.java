package org.integratedcare.io.imports;

import org.integratedcare.io.ReadLimits;

/**
 * The most an import reads of a table file before it stops with a problem: the file's size, its
 * rows, the columns of a row and the characters of a field. Each limit is checked before its cost
 * is paid, so a hostile file costs time and memory in proportion to the limits, not to its claims.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportLimits {
  /** The default largest file: 32 MiB, as for model files ({@link ReadLimits#DEFAULT_MAX_DOCUMENT_BYTES}). */
  public static final int DEFAULT_MAX_FILE_BYTES = ReadLimits.DEFAULT_MAX_DOCUMENT_BYTES;
  /** The default most rows, the header included: 500,000 (England's ODS practice file has under 20,000). */
  public static final int DEFAULT_MAX_ROWS = 500_000;
  /** The default most columns in a row: 200. */
  public static final int DEFAULT_MAX_COLUMNS = 200;
  /** The default most characters in one field: 10,000. */
  public static final int DEFAULT_MAX_FIELD_LENGTH = 10_000;

  private static final ImportLimits DEFAULTS =
      new ImportLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ROWS, DEFAULT_MAX_COLUMNS, DEFAULT_MAX_FIELD_LENGTH);

  private final int maxFileBytes;
  private final int maxRows;
  private final int maxColumns;
  private final int maxFieldLength;

  private ImportLimits(int maxFileBytes, int maxRows, int maxColumns, int maxFieldLength) {
    this.maxFileBytes = positive("maxFileBytes", maxFileBytes);
    this.maxRows = positive("maxRows", maxRows);
    this.maxColumns = positive("maxColumns", maxColumns);
    this.maxFieldLength = positive("maxFieldLength", maxFieldLength);
  }

  private static int positive(String what, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(what + " must be at least 1, but was " + value);
    }
    return value;
  }

  /** The default limits. */
  public static ImportLimits defaults() {
    return DEFAULTS;
  }

  /**
   * These limits with another largest file size.
   *
   * @param bytes the largest file, in bytes, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   */
  public ImportLimits withMaxFileBytes(int bytes) {
    return new ImportLimits(bytes, maxRows, maxColumns, maxFieldLength);
  }

  /**
   * These limits with another most rows.
   *
   * @param rows the most rows, the header included, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if {@code rows} is less than 1
   */
  public ImportLimits withMaxRows(int rows) {
    return new ImportLimits(maxFileBytes, rows, maxColumns, maxFieldLength);
  }

  /** The largest file, in bytes. */
  public int maxFileBytes() {
    return maxFileBytes;
  }

  /** The most rows, the header included. */
  public int maxRows() {
    return maxRows;
  }

  /** The most columns in one row. */
  public int maxColumns() {
    return maxColumns;
  }

  /** The most characters in one field. */
  public int maxFieldLength() {
    return maxFieldLength;
  }

  @Override
  public String toString() {
    return "ImportLimits[maxFileBytes=" + maxFileBytes + ", maxRows=" + maxRows + ", maxColumns=" + maxColumns
        + ", maxFieldLength=" + maxFieldLength + "]";
  }
}
