package org.integratedcare.io.tree;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;

/**
 * Writes a {@link Node} tree as UTF-8 YAML in block style, ending with a line break ({@code \n}
 * only).
 *
 * <p>The output is byte-for-byte what Jackson 3.1.2's YAML mapper writes when configured with
 * {@code WRITE_BIGDECIMAL_AS_PLAIN}, {@code MINIMIZE_QUOTES}, {@code
 * ALWAYS_QUOTE_NUMBERS_AS_STRINGS} and {@code INDENT_ARRAYS_WITH_INDICATOR} enabled, {@code
 * WRITE_DOC_START_MARKER} and {@code SPLIT_LINES} disabled, and a quoting checker that also quotes
 * strings that YAML 1.2 would read as numbers: the same emitter settings and the same choice of
 * scalar style for every name and value. In short: a string is double-quoted if it is empty, reads
 * as a boolean, null or number, or holds a character that would end a plain value; written as a
 * literal block if it holds a line break; otherwise plain. There are two differences from Jackson,
 * both where Jackson's output does not read back as what was written: a non-finite number is
 * written as {@code .inf}, {@code -.inf} or {@code .nan}, which read back as numbers (Jackson writes
 * {@code Infinity} and {@code NaN}, which read back as strings); and a string or property name that
 * holds U+0085 (next line) is always double-quoted, with that character escaped as {@code \N}
 * (Jackson may write it raw, unquoted or in a literal block, where the YAML reader takes it for a
 * line break).
 *
 * <p>Writing is iterative, whatever the nesting. Immutable and thread-safe.
 */
public final class YamlDocumentWriter {

  private static final YamlDocumentWriter INSTANCE = new YamlDocumentWriter();

  /** Jackson's YAMLGenerator.PLAIN_NUMBER_P. */
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]*(\\.[0-9]*)?");
  /** Strings YAML 1.2 reads as numbers. */
  private static final Pattern YAML_NUMBER = Pattern.compile(
      "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
          + "|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
  /** YAML 1.1 booleans and nulls, as Jackson's StringQuotingChecker lists them. */
  private static final java.util.Set<String> RESERVED = java.util.Set.of(
      "false", "False", "FALSE", "n", "N", "no", "No", "NO", "null", "Null", "NULL",
      "on", "On", "ON", "off", "Off", "OFF", "true", "True", "TRUE", "y", "Y",
      "yes", "Yes", "YES");
  private static final ImplicitTuple NO_TAGS = new ImplicitTuple(true, true);

  private final DumpSettings settings = DumpSettings.builder()
      .setCanonical(false)
      .setDefaultFlowStyle(FlowStyle.BLOCK)
      .setSplitLines(false)
      .setIndicatorIndent(2)
      .setIndentWithIndicator(true)
      .setYamlDirective(Optional.empty())
      .build();

  private YamlDocumentWriter() {}

  /** @return the writer */
  public static YamlDocumentWriter instance() {
    return INSTANCE;
  }

  /**
   * Writes a tree.
   *
   * @param root the root value
   * @return the UTF-8 bytes, ending with a line break
   * @throws IllegalArgumentException if {@code root} is the missing node or a number's scale is
   *     beyond ±9999 (its plain form would be huge)
   */
  public byte[] write(Node root) {
    return writeString(root).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes a tree as a string.
   *
   * @param root the root value
   * @return the YAML text, ending with a line break
   * @throws IllegalArgumentException as for {@link #write(Node)}
   */
  public String writeString(Node root) {
    Objects.requireNonNull(root, "root");
    if (root.isMissingNode()) {
      throw new IllegalArgumentException("the missing node is not a document");
    }
    StringBuilder sb = new StringBuilder(256);
    Emitter emitter = new Emitter(settings, new StreamDataWriter() {
      @Override
      public void write(String str) {
        sb.append(str);
      }

      @Override
      public void write(String str, int off, int len) {
        sb.append(str, off, off + len);
      }

      @Override
      public void flush() {}
    });
    emitter.emit(new StreamStartEvent());
    emitter.emit(new DocumentStartEvent(false, Optional.empty(), Map.of()));
    ArrayDeque<Iterator<?>> stack = new ArrayDeque<>();
    ArrayDeque<Boolean> objects = new ArrayDeque<>();
    Node next = root;
    while (true) {
      if (next != null) {
        if (next.isObject()) {
          emitter.emit(new MappingStartEvent(Optional.empty(), Optional.empty(), true,
              FlowStyle.BLOCK));
          stack.push(next.properties().iterator());
          objects.push(Boolean.TRUE);
        } else if (next.isArray()) {
          emitter.emit(new SequenceStartEvent(Optional.empty(), Optional.empty(), true,
              FlowStyle.BLOCK));
          stack.push(next.values().iterator());
          objects.push(Boolean.FALSE);
        } else {
          emitter.emit(scalar(next));
        }
        next = null;
      }
      Iterator<?> top = stack.peek();
      if (top == null) {
        break;
      }
      if (top.hasNext()) {
        Object item = top.next();
        if (item instanceof Map.Entry<?, ?> e) {
          String name = (String) e.getKey();
          emitter.emit(new ScalarEvent(Optional.empty(), Optional.empty(), NO_TAGS, name,
              needToQuoteName(name) || hasUnicodeBreak(name) ? ScalarStyle.DOUBLE_QUOTED
                  : ScalarStyle.PLAIN));
          next = (Node) e.getValue();
        } else {
          next = (Node) item;
        }
      } else {
        stack.pop();
        emitter.emit(objects.pop() ? new MappingEndEvent() : new SequenceEndEvent());
      }
    }
    emitter.emit(new DocumentEndEvent(false));
    emitter.emit(new StreamEndEvent());
    return sb.toString();
  }

  private static ScalarEvent scalar(Node n) {
    String text;
    ScalarStyle style = ScalarStyle.PLAIN;
    if (n.isString()) {
      text = n.stringValue();
      style = stringStyle(text);
    } else if (n.isNumber()) {
      text = n.isFinite() ? JsonDocumentWriter.plain(n.decimalValue()) : n.asString();
    } else if (n.isBoolean()) {
      text = n.booleanValue() ? "true" : "false";
    } else {
      text = "null";
    }
    return new ScalarEvent(Optional.empty(), Optional.empty(), NO_TAGS, text, style);
  }

  /** Jackson's YAMLGenerator.writeString with MINIMIZE_QUOTES and ALWAYS_QUOTE_NUMBERS_AS_STRINGS. */
  static ScalarStyle stringStyle(String text) {
    if (text.isEmpty()) {
      return ScalarStyle.DOUBLE_QUOTED;
    }
    if (hasUnicodeBreak(text)) {
      // SnakeYAML's emitter writes U+0085 (next line) raw in plain and block values, where its
      // reader takes it for a line break, so the value does not read back (Jackson writes it so
      // anyway); in double quotes it is escaped
      return ScalarStyle.DOUBLE_QUOTED;
    }
    if (text.indexOf('\n') >= 0) {
      return ScalarStyle.LITERAL;
    }
    if (needToQuoteValue(text) || PLAIN_NUMBER.matcher(text).matches()) {
      return ScalarStyle.DOUBLE_QUOTED;
    }
    return ScalarStyle.PLAIN;
  }

  static boolean hasUnicodeBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0085') {
        return true;
      }
    }
    return false;
  }

  /** StringQuotingChecker.Default.needToQuoteName. */
  static boolean needToQuoteName(String name) {
    if (isReservedKeyword(name)) {
      return true;
    }
    char first = name.charAt(0);
    if (first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.') {
      return true;
    }
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) < 0x20) {
        return true;
      }
    }
    return false;
  }

  /** StringQuotingChecker.Default.needToQuoteValue, plus strings YAML 1.2 reads as numbers. */
  static boolean needToQuoteValue(String value) {
    return isReservedKeyword(value) || valueHasQuotableChar(value)
        || YAML_NUMBER.matcher(value).matches();
  }

  private static boolean isReservedKeyword(String value) {
    if (value.isEmpty()) {
      return true;
    }
    char first = value.charAt(0);
    return first == '~' || RESERVED.contains(value);
  }

  private static boolean valueHasQuotableChar(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      switch (s.charAt(i)) {
        case '[': case ']': case '{': case '}': case ',':
          return true;
        case '#':
          if (i == 0 || isBlank(s.charAt(i - 1))) {
            return true;
          }
          break;
        case ':':
          if (i == n - 1 || isBlank(s.charAt(i + 1))) {
            return true;
          }
          break;
        default:
          break;
      }
    }
    return false;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
