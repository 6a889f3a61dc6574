package org.integratedcare.io.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;

/**
 * A strict reader and a writer of comma-separated values as RFC 4180 defines them
 * (https://www.rfc-editor.org/rfc/rfc4180), with limits checked before each cost is paid. Not part
 * of the API.
 *
 * <p>Fields are separated by commas and records by CRLF or LF (a lone CR, as old spreadsheets
 * write, also ends a record); a field that holds a comma, a quote or a line break is quoted, and a
 * quote inside it is doubled. The text must be UTF-8, with or without a byte order mark. A syntax
 * error or a limit ends reading at once with one problem that names the row, line and column.
 */
final class Csv {
  private Csv() {}

  /** One record of the file: its number (the header is row 1, as in a spreadsheet), its first line and fields. */
  record Row(int number, int line, List<String> fields) {
    boolean isBlank() {
      return fields.stream().allMatch(f -> f.isBlank());
    }
  }

  /**
   * Reads the records of a file.
   *
   * @throws ModelValidationException with one problem, at a syntax error or a limit
   */
  static List<Row> read(byte[] bytes, String subject, ImportLimits limits) {
    if (bytes.length > limits.maxFileBytes()) {
      throw tooLarge(subject, limits);
    }
    String text = decode(bytes, subject);
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int rowLine = 1;
    int column = 1;
    int i = 0;
    int n = text.length();
    if (n == 0) {
      return rows;
    }
    while (true) {
      // the start of a field
      if (field.length() != 0) {
        field.setLength(0);
      }
      boolean quoted = i < n && text.charAt(i) == '"';
      if (quoted) {
        int openLine = line;
        int openColumn = column;
        i++;
        column++;
        while (true) {
          if (i >= n) {
            throw fail(subject, where(rows.size() + 1, openLine, openColumn),
                "a quoted field starts here but never ends: a closing quote (\") is missing");
          }
          char c = text.charAt(i);
          if (c == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              append(field, '"', limits, subject, rows.size() + 1, line, column);
              i += 2;
              column += 2;
              continue;
            }
            i++;
            column++;
            break;
          }
          if (c == '\n' || (c == '\r' && !(i + 1 < n && text.charAt(i + 1) == '\n'))) {
            line++;
            column = 1;
          } else if (c != '\r') {
            column++;
          }
          append(field, c, limits, subject, rows.size() + 1, line, column);
          i++;
        }
        if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          throw fail(subject, where(rows.size() + 1, line, column),
              "a quoted field must end at a comma or at the end of the line, but '" + printable(text.charAt(i))
                  + "' follows its closing quote (write a quote inside a quoted field as two quotes: \"\")");
        }
      } else {
        while (i < n) {
          char c = text.charAt(i);
          if (c == ',' || c == '\n' || c == '\r') {
            break;
          }
          if (c == '"') {
            throw fail(subject, where(rows.size() + 1, line, column),
                "a quote (\") inside a field that does not start with one; quote the whole field and double the"
                    + " quote: \"say \"\"yes\"\"\"");
          }
          append(field, c, limits, subject, rows.size() + 1, line, column);
          i++;
          column++;
        }
      }
      fields.add(field.toString());
      if (fields.size() > limits.maxColumns()) {
        throw fail(subject, where(rows.size() + 1, line, column),
            "the row has more than the limit of " + limits.maxColumns() + " columns");
      }
      if (i < n && text.charAt(i) == ',') {
        i++;
        column++;
        continue;
      }
      // the end of a record: a line break or the end of the text
      rows.add(new Row(rows.size() + 1, rowLine, List.copyOf(fields)));
      fields.clear();
      if (i < n) {
        if (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        i++;
        line++;
        column = 1;
      }
      rowLine = line;
      if (i >= n) {
        return rows;
      }
      if (rows.size() >= limits.maxRows()) {
        throw fail(subject, where(rows.size() + 1, line, 1),
            "the file has more than the limit of " + limits.maxRows() + " rows");
      }
    }
  }

  /** The problem of a file over the size limit. */
  static ModelValidationException tooLarge(String subject, ImportLimits limits) {
    return fail(subject, "(file)", "the file is larger than the limit of " + limits.maxFileBytes() + " bytes");
  }

  private static void append(StringBuilder field, char c, ImportLimits limits, String subject, int row, int line,
      int column) {
    if (field.length() >= limits.maxFieldLength()) {
      throw fail(subject, where(row, line, column),
          "a field is longer than the limit of " + limits.maxFieldLength() + " characters");
    }
    field.append(c);
  }

  private static String decode(byte[] b, String subject) {
    int start = 0;
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      start = 3;
    } else if (b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
        || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))) {
      throw fail(subject, "(file)", "the file is not UTF-8; it looks like UTF-16 (save it as \"CSV UTF-8\")");
    } else if (b.length >= 2 && (b[0] == 0) != (b[1] == 0)) {
      throw fail(subject, "(file)", "the file is not UTF-8; it looks like UTF-16 or UTF-32 (save it as \"CSV UTF-8\")");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start);
    CharBuffer out = CharBuffer.allocate(b.length - start);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      for (int k = start; k < offset; k++) {
        if (b[k] == '\n') {
          line++;
        }
      }
      throw fail(subject, "line " + line, "the file is not valid UTF-8: byte " + (offset + 1)
          + " (0x" + Integer.toHexString(b[offset] & 0xFF).toUpperCase(java.util.Locale.ROOT)
          + ") does not begin a UTF-8 character; save the file as \"CSV UTF-8\"");
    }
    try {
      decoder.flush(out);
    } catch (IllegalStateException e) {
      throw fail(subject, "(file)", "the file is not valid UTF-8");
    }
    out.flip();
    return out.toString();
  }

  private static String where(int row, int line, int column) {
    return "row " + row + (line != row ? " (line " + line + ")" : "") + ", character " + column;
  }

  private static String printable(char c) {
    return c < 0x20 || c == 0x7F ? String.format("U+%04X", (int) c) : String.valueOf(c);
  }

  private static ModelValidationException fail(String subject, String path, String message) {
    return new ModelValidationException(subject, List.of(Problem.at(path, message)));
  }

  /**
   * One record as CSV text, ended by a line feed (which RFC 4180 readers and spreadsheets accept, and
   * which keeps files stable under version control); a field is quoted only when it must be.
   */
  static void writeRow(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String f = fields.get(i);
      boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0
          || (!f.isEmpty() && (Character.isWhitespace(f.charAt(0)) || Character.isWhitespace(f.charAt(f.length() - 1))));
      if (quote) {
        out.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        out.append(f);
      }
    }
    out.append('\n');
  }
}
