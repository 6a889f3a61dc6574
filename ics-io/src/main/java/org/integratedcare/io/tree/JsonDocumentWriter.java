package org.integratedcare.io.tree;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link Node} tree as UTF-8 JSON, either pretty (two-space indentation, {@code "key" :
 * value}, empty containers as {@code { }} and {@code [ ]}, no final line break) or compact (one
 * line, no spaces).
 *
 * <p>The pretty form is byte-for-byte what Jackson 3.1 writes with {@code
 * WRITE_BIGDECIMAL_AS_PLAIN} and a {@code DefaultPrettyPrinter} whose object and array indenters
 * are {@code DefaultIndenter("  ", "\n")}; the compact form is what it writes without a pretty
 * printer. Strings are escaped as Jackson does: {@code \" \\ \b \f \n \r \t}, other control
 * characters as {@code \}{@code u00XX} (upper-case hex), everything else raw ({@code /} is not
 * escaped). Numbers are written in plain decimal notation; a non-finite number is written as the
 * string {@code "Infinity"}, {@code "-Infinity"} or {@code "NaN"}, as Jackson writes a double.
 * Writing is iterative, whatever the nesting.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonDocumentWriter {

  private static final JsonDocumentWriter PRETTY = new JsonDocumentWriter(true);
  private static final JsonDocumentWriter COMPACT = new JsonDocumentWriter(false);
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_SCALE = 9999;

  private final boolean pretty;

  private JsonDocumentWriter(boolean pretty) {
    this.pretty = pretty;
  }

  /** @return the writer of indented JSON */
  public static JsonDocumentWriter pretty() {
    return PRETTY;
  }

  /** @return the writer of single-line JSON */
  public static JsonDocumentWriter compact() {
    return COMPACT;
  }

  /**
   * Writes a tree.
   *
   * @param root the root value
   * @return the UTF-8 bytes, without a final line break
   * @throws IllegalArgumentException if {@code root} is the missing node, a string holds half of a
   *     surrogate pair, or a number's scale is beyond ±9999 (its plain form would be huge)
   */
  public byte[] write(Node root) {
    Out out = new Out();
    write(Objects.requireNonNull(root, "root"), out);
    return out.toByteArray();
  }

  /**
   * Writes a tree as a string.
   *
   * @param root the root value
   * @return the JSON text, without a final line break
   * @throws IllegalArgumentException as for {@link #write(Node)}
   */
  public String writeString(Node root) {
    return new String(write(root), StandardCharsets.UTF_8);
  }

  private void write(Node root, Out out) {
    if (root.isMissingNode()) {
      throw new IllegalArgumentException("the missing node is not a document");
    }
    // each open container: an iterator over its children
    ArrayDeque<Open> stack = new ArrayDeque<>();
    Node next = root;
    while (true) {
      if (next != null) {
        if (next.isObject() || next.isArray()) {
          boolean object = next.isObject();
          out.add(object ? '{' : '[');
          Iterator<?> it = object ? next.properties().iterator() : next.values().iterator();
          if (!it.hasNext()) {
            if (pretty) {
              out.add(' ');
            }
            out.add(object ? '}' : ']');
          } else {
            stack.push(new Open(it, object));
            newLine(out, stack.size());
            next = child(it.next(), out);
            continue;
          }
        } else {
          scalar(next, out);
        }
        next = null;
      }
      Open top = stack.peek();
      if (top == null) {
        return;
      }
      if (top.children.hasNext()) {
        out.add(',');
        newLine(out, stack.size());
        next = child(top.children.next(), out);
      } else {
        stack.pop();
        newLine(out, stack.size());
        out.add(top.object ? '}' : ']');
      }
    }
  }

  /** Writes a property name (for an object entry) and returns the value to write next. */
  private Node child(Object item, Out out) {
    if (item instanceof Map.Entry<?, ?> e) {
      string((String) e.getKey(), out);
      if (pretty) {
        out.add(' ');
        out.add(':');
        out.add(' ');
      } else {
        out.add(':');
      }
      return (Node) e.getValue();
    }
    return (Node) item;
  }

  private void newLine(Out out, int level) {
    if (pretty) {
      out.add('\n');
      for (int i = 0; i < level; i++) {
        out.add(' ');
        out.add(' ');
      }
    }
  }

  private static void scalar(Node n, Out out) {
    if (n.isString()) {
      string(n.stringValue(), out);
    } else if (n.isNumber()) {
      if (!n.isFinite()) {
        double d = n.doubleValue();
        string(Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity", out);
      } else {
        out.ascii(plain(n.decimalValue()));
      }
    } else if (n.isBoolean()) {
      out.ascii(n.booleanValue() ? "true" : "false");
    } else {
      out.ascii("null");
    }
  }

  static String plain(BigDecimal d) {
    int scale = d.scale();
    if (scale < -MAX_SCALE || scale > MAX_SCALE) {
      throw new IllegalArgumentException("the number " + d + " has a scale of " + scale
          + ", beyond ±" + MAX_SCALE + ", and is too long to write in plain notation");
    }
    return d.toPlainString();
  }

  private static void string(String s, Out out) {
    out.add('"');
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\') {
          out.add(c);
          continue;
        }
        out.add('\\');
        switch (c) {
          case '"': out.add('"'); break;
          case '\\': out.add('\\'); break;
          case '\b': out.add('b'); break;
          case '\f': out.add('f'); break;
          case '\n': out.add('n'); break;
          case '\r': out.add('r'); break;
          case '\t': out.add('t'); break;
          default:
            out.add('u');
            out.add('0');
            out.add('0');
            out.add(HEX[c >> 4]);
            out.add(HEX[c & 0xF]);
        }
      } else if (c < 0x800) {
        out.add(0xC0 | (c >> 6));
        out.add(0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        out.add(0xE0 | (c >> 12));
        out.add(0x80 | ((c >> 6) & 0x3F));
        out.add(0x80 | (c & 0x3F));
      } else {
        if (!Character.isHighSurrogate(c) || i + 1 >= n
            || !Character.isLowSurrogate(s.charAt(i + 1))) {
          throw new IllegalArgumentException(String.format(
              "the text holds half of a surrogate pair (U+%04X) at index %d", (int) c, i));
        }
        int cp = Character.toCodePoint(c, s.charAt(++i));
        out.add(0xF0 | (cp >> 18));
        out.add(0x80 | ((cp >> 12) & 0x3F));
        out.add(0x80 | ((cp >> 6) & 0x3F));
        out.add(0x80 | (cp & 0x3F));
      }
    }
    out.add('"');
  }

  /** An open container: its remaining children (entries of an object) and its kind. */
  private record Open(Iterator<?> children, boolean object) {}

  /** A growable byte buffer. */
  private static final class Out {
    private byte[] buf = new byte[256];
    private int len;

    void add(int b) {
      if (len == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      buf[len++] = (byte) b;
    }

    void ascii(String s) {
      for (int i = 0; i < s.length(); i++) {
        add(s.charAt(i));
      }
    }

    byte[] toByteArray() {
      return Arrays.copyOf(buf, len);
    }
  }
}
