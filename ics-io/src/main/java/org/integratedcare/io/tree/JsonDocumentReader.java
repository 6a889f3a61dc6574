package org.integratedcare.io.tree;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads a JSON document (RFC 8259, strictly) from UTF-8 bytes into a {@link Node} tree.
 *
 * <p>One pass, no recursion: however deeply the input nests, reading fails cleanly at the {@link
 * DocumentLimits#maxNestingDepth() depth limit}. A UTF-8 byte order mark at the start is skipped.
 * Duplicate property names, comments, {@code NaN}, {@code Infinity}, single quotes, trailing commas,
 * unescaped control characters, lone surrogate escapes and anything after the first value are
 * rejected. Every failure is a {@link DocumentException} with one problem that gives the path, line
 * and column and says what is wrong in plain English.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonDocumentReader {

  private static final int MAX_SCALE = 9999;

  private final DocumentLimits limits;

  /**
   * A reader with the given limits.
   *
   * @param limits the limits
   */
  public JsonDocumentReader(DocumentLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** @return the limits this reader enforces */
  public DocumentLimits limits() {
    return limits;
  }

  /**
   * Reads a whole document.
   *
   * @param bytes the document, UTF-8; not modified
   * @return the root value, or the {@link MissingNode} if the document holds only whitespace
   * @throws DocumentException with one problem if the document cannot be read
   */
  public Node read(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > limits.maxDocumentBytes()) {
      throw new DocumentException("", "the document is larger than the limit of "
          + limits.maxDocumentBytes() + " bytes", 1, 1);
    }
    return new Scan(bytes, limits).document();
  }

  /** The state of one read. */
  private static final class Scan {
    private final byte[] b;
    private final int end;
    private final DocumentLimits limits;
    private final Frames frames = new Frames();
    private int pos;
    private int line = 1;
    private int lineStart;
    /** UTF-8 continuation bytes between lineStart and pos, so columns count characters. */
    private int extra;
    private StringBuilder sb;
    /** Values read so far, counted against the limit. */
    private int values;

    Scan(byte[] b, DocumentLimits limits) {
      this.b = b;
      this.end = b.length;
      this.limits = limits;
      this.pos = Encodings.start(b);
      this.lineStart = pos;
    }

    Node document() {
      skipSpace();
      if (pos >= end) {
        return MissingNode.INSTANCE;
      }
      Node root = value(line, column());
      while (frames.depth() > 0) {
        Node top = frames.top();
        skipSpace();
        if (top instanceof ObjectNode o) {
          member(o);
        } else {
          item((ArrayNode) top);
        }
      }
      skipSpace();
      if (pos < end) {
        throw fail("", "more follows the first document", line, column());
      }
      return root;
    }

    private void member(ObjectNode o) {
      if (pos >= end) {
        throw here("the text ends inside an object");
      }
      int c = b[pos];
      if (c == '}') {
        pos++;
        frames.pop();
        return;
      }
      if (o.size() > 0) {
        if (c != ',') {
          throw here(c == '/' || c == '#' ? "comments are not allowed in JSON"
              : "expected ',' or '}' after a property value");
        }
        pos++;
        frames.clear();
        skipSpace();
        if (pos >= end) {
          throw here("the text ends inside an object");
        }
        c = b[pos];
        if (c == '}') {
          throw here("a ',' must be followed by another property; a trailing comma is not"
              + " allowed in JSON");
        }
      }
      frames.clear();
      if (c != '"') {
        throw here(c == '/' || c == '#' ? "comments are not allowed in JSON"
            : c == '\'' ? "property names must be in double quotes in JSON"
            : "expected a property name in double quotes");
      }
      int kl = line;
      int kc = column();
      String key = string(kl, kc);
      frames.key(key);
      if (o.has(key)) {
        throw fail(frames.path(), "duplicate property '" + key + "'", kl, kc);
      }
      skipSpace();
      if (pos >= end) {
        throw here("the text ends inside an object");
      }
      if (b[pos] != ':') {
        throw here("expected ':' after the property name");
      }
      pos++;
      skipSpace();
      o.putNew(key, value(kl, kc));
    }

    private void item(ArrayNode a) {
      if (pos >= end) {
        throw here("the text ends inside a list");
      }
      int c = b[pos];
      if (c == ']') {
        pos++;
        frames.pop();
        return;
      }
      if (a.size() > 0) {
        if (c != ',') {
          throw here(c == '/' || c == '#' ? "comments are not allowed in JSON"
              : "expected ',' or ']' after a list item");
        }
        pos++;
        skipSpace();
        frames.index(a.size());
        if (pos < end && b[pos] == ']') {
          throw here("a ',' must be followed by another item; a trailing comma is not allowed"
              + " in JSON");
        }
      }
      frames.index(a.size());
      a.append(value(line, column()));
    }

    /** Reads a value starting at pos (after whitespace); a container is pushed, not filled. */
    private Node value(int l, int c) {
      if (pos >= end) {
        throw here("the text ends where a value was expected");
      }
      if (++values > limits.maxValues()) {
        throw here("the document holds more than the limit of " + limits.maxValues() + " values");
      }
      int ch = b[pos] & 0xFF;
      switch (ch) {
        case '{':
        case '[': {
          if (frames.depth() >= limits.maxNestingDepth()) {
            throw here("objects and lists are nested deeper than the limit of "
                + limits.maxNestingDepth() + " levels");
          }
          pos++;
          Node n = ch == '{' ? new ObjectNode(l, c) : new ArrayNode(l, c);
          frames.push(n);
          return n;
        }
        case '"':
          return new StringNode(string(line, column()), l, c);
        case '-':
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
          return number(l, c);
        case '/':
        case '#':
          throw here("comments are not allowed in JSON");
        case '\'':
          throw here("strings must be in double quotes in JSON");
        case '+':
          if (startsWith(pos + 1, "Infinity")) {
            throw here("NaN and Infinity are not numbers in JSON");
          }
          throw here("a number must not start with '+'");
        case '.':
          throw here("a number must start with a digit, as in 0.5");
        case ']':
        case '}':
        case ',':
        case ':':
          throw here("expected a value but found '" + (char) ch + "'");
        default:
          if (isWordByte(ch)) {
            return word(l, c);
          }
          throw here("expected a value but found " + describeAt(pos));
      }
    }

    /** true, false, null, or an unquoted word that is not allowed. */
    private Node word(int l, int c) {
      int vl = line;
      int vc = column();
      int start = pos;
      while (pos < end && isWordByte(b[pos] & 0xFF) && pos - start <= 40) {
        pos++;
      }
      String w = new String(b, start, pos - start, StandardCharsets.ISO_8859_1);
      switch (w) {
        case "true":
          return new BooleanNode(true, l, c);
        case "false":
          return new BooleanNode(false, l, c);
        case "null":
          return new NullNode(l, c);
        case "NaN":
        case "Infinity":
          throw fail(frames.path(), "NaN and Infinity are not numbers in JSON", vl, vc);
        default:
          throw fail(frames.path(), "'" + w + "' is not a value in JSON; text must be in double"
              + " quotes", vl, vc);
      }
    }

    private static boolean isWordByte(int ch) {
      return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9'
          || ch == '_';
    }

    private Node number(int l, int c) {
      int vl = line;
      int vc = column();
      int start = pos;
      if (b[pos] == '-') {
        pos++;
        if (startsWith(pos, "Infinity")) {
          throw fail(frames.path(), "NaN and Infinity are not numbers in JSON", vl, vc);
        }
        if (pos >= end || !digit(b[pos])) {
          throw here("expected a digit after '-'");
        }
      }
      boolean integral = true;
      if (b[pos] == '0') {
        pos++;
        if (pos < end && digit(b[pos])) {
          throw here("a number must not have a leading zero");
        }
      } else {
        digits();
      }
      if (pos < end && b[pos] == '.') {
        integral = false;
        pos++;
        if (pos >= end || !digit(b[pos])) {
          throw here("expected a digit after the decimal point");
        }
        digits();
      }
      if (pos < end && (b[pos] == 'e' || b[pos] == 'E')) {
        integral = false;
        pos++;
        if (pos < end && (b[pos] == '+' || b[pos] == '-')) {
          pos++;
        }
        if (pos >= end || !digit(b[pos])) {
          throw here("expected a digit in the exponent");
        }
        digits();
      }
      int len = pos - start;
      if (len > limits.maxNumberLength()) {
        throw fail(frames.path(), "a number of " + len + " characters is longer than the limit of "
            + limits.maxNumberLength(), vl, vc);
      }
      if (integral && len <= 18) {
        long v = 0;
        int i = start;
        boolean negative = b[i] == '-';
        if (negative) {
          i++;
        }
        for (; i < pos; i++) {
          v = v * 10 + (b[i] - '0');
        }
        return new NumberNode(BigDecimal.valueOf(negative ? -v : v), l, c);
      }
      String text = new String(b, start, len, StandardCharsets.ISO_8859_1);
      BigDecimal v;
      try {
        v = new BigDecimal(text);
      } catch (NumberFormatException e) {
        v = null;
      }
      if (v == null || Math.abs((long) v.scale()) > MAX_SCALE) {
        throw fail(frames.path(), "the number " + text + " has too large an exponent", vl, vc);
      }
      return new NumberNode(v, l, c);
    }

    private void digits() {
      while (pos < end && digit(b[pos])) {
        pos++;
      }
    }

    private static boolean digit(byte x) {
      return x >= '0' && x <= '9';
    }

    /** Reads a string whose opening quote is at pos, which started at line l, column c. */
    private String string(int l, int c) {
      int start = ++pos;
      int max = limits.maxStringLength();
      // fast path: ASCII without escapes
      while (pos < end) {
        int x = b[pos];
        if (x == '"') {
          int len = pos - start;
          if (len > max) {
            throw tooLong(len, l, c);
          }
          pos++;
          return new String(b, start, len, StandardCharsets.ISO_8859_1);
        }
        if (x == '\\' || x < 0x20) { // negative for non-ASCII
          break;
        }
        pos++;
      }
      if (sb == null) {
        sb = new StringBuilder(Math.max(64, pos - start + 16));
      }
      sb.setLength(0);
      int count = pos - start;
      for (int i = start; i < pos; i++) {
        sb.append((char) b[i]);
      }
      while (true) {
        if (pos >= end) {
          throw fail(frames.path(), "the text ends inside a string", line, column());
        }
        int x = b[pos] & 0xFF;
        if (x == '"') {
          pos++;
          if (count > max) {
            throw tooLong(count, l, c);
          }
          return sb.toString();
        }
        if (x == '\\') {
          int cp = escape();
          count += Character.charCount(cp);
          if (count <= max) {
            sb.appendCodePoint(cp);
          }
        } else if (x < 0x20) {
          throw here(x == '\n' || x == '\r'
              ? "a string must end on the line it starts; write a line break in it as \\n"
              : "the control character " + String.format("U+%04X", x)
                  + " must be written as an escape such as \\u" + String.format("%04X", x)
                  + " in a string");
        } else if (x < 0x80) {
          count++;
          if (count <= max) {
            sb.append((char) x);
          }
          pos++;
        } else {
          int len = Encodings.sequence(b, pos, end);
          if (len == 0) {
            throw fail(frames.path(), Encodings.invalidUtf8(pos), line, column());
          }
          int cp = Encodings.decode(b, pos, len);
          count += Character.charCount(cp);
          if (count <= max) {
            sb.appendCodePoint(cp);
          }
          pos += len;
          extra += len - 1;
        }
      }
    }

    /** Reads the escape at pos (a backslash) and returns its code point. */
    private int escape() {
      int l = line;
      int c = column();
      if (pos + 1 >= end) {
        pos = end;
        throw fail(frames.path(), "the text ends inside a string", line, column());
      }
      int x = b[pos + 1] & 0xFF;
      pos += 2;
      switch (x) {
        case '"': return '"';
        case '\\': return '\\';
        case '/': return '/';
        case 'b': return '\b';
        case 'f': return '\f';
        case 'n': return '\n';
        case 'r': return '\r';
        case 't': return '\t';
        case 'u': {
          int u = hex4(l, c);
          if (Character.isHighSurrogate((char) u)) {
            if (pos + 1 < end && b[pos] == '\\' && b[pos + 1] == 'u') {
              int save = pos;
              pos += 2;
              int low = hex4(l, c);
              if (Character.isLowSurrogate((char) low)) {
                return Character.toCodePoint((char) u, (char) low);
              }
              pos = save;
            }
            throw fail(frames.path(), String.format("the escape \\u%04X is half of a character"
                + " pair and must be followed by its other half", u), l, c);
          }
          if (Character.isLowSurrogate((char) u)) {
            throw fail(frames.path(), String.format("the escape \\u%04X is the second half of a"
                + " character pair without its first half", u), l, c);
          }
          return u;
        }
        default:
          pos -= 1;
          throw fail(frames.path(), "'\\" + (x < 0x20 || x >= 0x7F ? "" : String.valueOf((char) x))
              + "' is not a valid escape in a string (use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t"
              + " or \\u and four hex digits)", l, c);
      }
    }

    private int hex4(int l, int c) {
      if (pos + 4 > end) {
        throw fail(frames.path(), "the text ends inside a string", line, column());
      }
      int v = 0;
      for (int i = 0; i < 4; i++) {
        int d = Character.digit(b[pos + i], 16);
        if (d < 0 || b[pos + i] < 0) {
          throw fail(frames.path(), "\\u must be followed by four hexadecimal digits", l, c);
        }
        v = v * 16 + d;
      }
      pos += 4;
      return v;
    }

    private void skipSpace() {
      while (pos < end) {
        byte x = b[pos];
        if (x == ' ' || x == '\t') {
          pos++;
        } else if (x == '\n') {
          pos++;
          newLine();
        } else if (x == '\r') {
          pos++;
          if (pos < end && b[pos] == '\n') {
            pos++;
          }
          newLine();
        } else {
          return;
        }
      }
    }

    private void newLine() {
      line++;
      lineStart = pos;
      extra = 0;
    }

    private int column() {
      return pos - lineStart - extra + 1;
    }

    private boolean startsWith(int at, String s) {
      if (at + s.length() > end) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        if (b[at + i] != s.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    /** The character at i for a message, or a UTF-8 failure if there is none. */
    private String describeAt(int i) {
      int x = b[i] & 0xFF;
      if (x < 0x80) {
        return Encodings.describe(x);
      }
      int len = Encodings.sequence(b, i, end);
      if (len == 0) {
        throw fail(frames.path(), Encodings.invalidUtf8(i), line, column());
      }
      return Encodings.describe(Encodings.decode(b, i, len));
    }

    private DocumentException tooLong(int length, int l, int c) {
      return fail(frames.path(), "a text of " + length + " characters is longer than the limit of "
          + limits.maxStringLength(), l, c);
    }

    private DocumentException here(String message) {
      return fail(frames.path(), message, line, column());
    }

    private static DocumentException fail(String path, String message, int l, int c) {
      return new DocumentException(path, message, l, c);
    }
  }
}
