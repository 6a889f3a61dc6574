package org.integratedcare.io.tree;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a YAML document from UTF-8 bytes into a {@link Node} tree, with the YAML 1.2 core schema
 * for unquoted values.
 *
 * <p>Unquoted ("plain") values resolve as follows: {@code null}, {@code Null}, {@code NULL}, {@code
 * ~} and nothing are null; {@code true}, {@code True}, {@code TRUE}, {@code false}, {@code False}
 * and {@code FALSE} are booleans; decimal integers, {@code 0o} octal and {@code 0x} hexadecimal are
 * whole numbers; decimals with an optional exponent are numbers; {@code .inf}, {@code +.inf},
 * {@code -.inf} and {@code .nan} (in lower, capitalised or upper case) are {@link
 * NumberNode#isFinite() non-finite} numbers; anything else is a string. Quoted and block values are
 * always strings.
 *
 * <p>Aliases, tags (even {@code !!str}), more than one document, property names that are not plain
 * text and duplicate property names are rejected, as is anything over the {@link DocumentLimits}.
 * Every failure is a {@link DocumentException} with one problem that gives the path, line and
 * column and says what is wrong in plain English. Reading is iterative, whatever the nesting.
 *
 * <p>Immutable and thread-safe.
 */
public final class YamlDocumentReader {

  private static final int MAX_SCALE = 9999;

  private final DocumentLimits limits;

  /**
   * A reader with the given limits.
   *
   * @param limits the limits
   */
  public YamlDocumentReader(DocumentLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Settings for one document. The scanner's window holds the whole text, so that it is filled
   * once: with a smaller window, every refill copies what the current token has read so far, and a
   * long token (a 10 MB scalar) costs time quadratic in its length.
   */
  private LoadSettings settings(String text) {
    return LoadSettings.builder()
        .setCodePointLimit(Math.max(1, limits.maxDocumentBytes()))
        .setBufferSize(Math.max(1024, text.length() + 1))
        .setMaxAliasesForCollections(0)
        .setAllowDuplicateKeys(true)
        .setParseComments(false)
        .build();
  }

  /** @return the limits this reader enforces */
  public DocumentLimits limits() {
    return limits;
  }

  /**
   * Reads a whole document.
   *
   * @param bytes the document, UTF-8; not modified
   * @return the root value, or the {@link MissingNode} if the document holds no value (only
   *     whitespace and comments)
   * @throws DocumentException with one problem if the document cannot be read
   */
  public Node read(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > limits.maxDocumentBytes()) {
      throw new DocumentException("", "the document is larger than the limit of "
          + limits.maxDocumentBytes() + " bytes", 1, 1);
    }
    String text = decode(bytes);
    Frames frames = new Frames();
    int[] values = {0};
    Node root = null;
    int documents = 0;
    try {
      LoadSettings settings = settings(text);
      ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
      while (parser.hasNext()) {
        Event e = parser.next();
        switch (e.getEventId()) {
          case DocumentStart:
            if (++documents > 1) {
              throw fail("", "more follows the first document", e);
            }
            break;
          case MappingEnd:
          case SequenceEnd:
            frames.pop();
            break;
          case Alias:
            throw fail(pathOfNext(frames), "YAML aliases (*name) are not allowed in a model file;"
                + " write the value out in full", e);
          case Scalar:
          case MappingStart:
          case SequenceStart: {
            Node node = node(e, frames, values);
            if (node != null && frames.depth() == 0 && root == null) {
              root = node;
            }
            if (node != null && node.isContainer()) {
              frames.push(node);
            }
            break;
          }
          default:
            break;
        }
      }
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      throw new DocumentException(frames.depth() == 0 ? "" : frames.path(), plain(e),
          mark.map(m -> m.getLine() + 1).orElse(-1), mark.map(m -> m.getColumn() + 1).orElse(-1));
    } catch (ReaderException e) {
      int[] at = position(text, e.getPosition());
      throw new DocumentException(frames.depth() == 0 ? "" : frames.path(), "the character "
          + String.format("U+%04X", e.getCodePoint()) + " is not allowed in YAML", at[0], at[1]);
    } catch (YamlEngineException e) {
      String m = String.valueOf(e.getMessage());
      throw new DocumentException(frames.depth() == 0 ? "" : frames.path(),
          m.contains("exceeds the limit") ? "the document is larger than the limit of "
              + limits.maxDocumentBytes() + " bytes" : "the file is not valid YAML: "
              + firstLine(m), -1, -1);
    }
    return root == null ? MissingNode.INSTANCE : root;
  }

  /**
   * Handles a scalar or the start of a collection: a property name (returns {@code null}) or a
   * value, which is attached to its parent and returned.
   */
  private Node node(Event e, Frames frames, int[] values) {
    Optional<String> tag = e instanceof ScalarEvent s ? s.getTag()
        : ((CollectionStartEvent) e).getTag();
    boolean inObject = frames.depth() > 0 && frames.top().isObject();
    if (inObject && frames.keyLine() == 0) {
      // a property name
      frames.clear();
      if (!(e instanceof ScalarEvent s)) {
        throw fail(frames.path(), "a property name must be plain text", e);
      }
      if (tag.isPresent()) {
        throw fail(frames.path(), "YAML tags (such as !!str or !custom) are not allowed in a model file; write the value"
            + " without one", e);
      }
      String key = s.getValue();
      checkLength(key, frames, e);
      frames.key(key);
      if (frames.top().has(key)) {
        throw fail(frames.path(), "duplicate property '" + key + "'", e);
      }
      frames.keyAt(line(e), column(e));
      return null;
    }
    int l;
    int c;
    if (inObject) {
      l = frames.keyLine();
      c = frames.keyColumn();
    } else {
      if (frames.depth() > 0) {
        frames.index(frames.top().size());
      }
      l = line(e);
      c = column(e);
    }
    if (tag.isPresent()) {
      throw fail(frames.path(), "YAML tags (such as !!str or !custom) are not allowed in a model file; write the value"
            + " without one", e);
    }
    if (++values[0] > limits.maxValues()) {
      throw fail(frames.path(), "the document holds more than the limit of "
          + limits.maxValues() + " values", e);
    }
    Node node;
    if (e instanceof ScalarEvent s) {
      String v = s.getValue();
      if (s.isPlain()) {
        node = resolve(v, l, c, frames, e);
      } else {
        checkLength(v, frames, e);
        node = new StringNode(v, l, c);
      }
    } else {
      if (frames.depth() >= limits.maxNestingDepth()) {
        throw fail(frames.path(), "objects and lists are nested deeper than the limit of "
            + limits.maxNestingDepth() + " levels", e);
      }
      node = e.getEventId() == Event.ID.MappingStart ? new ObjectNode(l, c) : new ArrayNode(l, c);
    }
    if (inObject) {
      ((ObjectNode) frames.top()).putNew(frames.currentKey(), node);
      frames.keyAt(0, 0);
    } else if (frames.depth() > 0) {
      ((ArrayNode) frames.top()).append(node);
    }
    return node;
  }

  /** Resolves a plain scalar by the YAML 1.2 core schema. */
  private Node resolve(String v, int l, int c, Frames frames, Event e) {
    int n = v.length();
    if (n == 0) {
      return new NullNode(l, c);
    }
    char first = v.charAt(0);
    switch (v) {
      case "null": case "Null": case "NULL": case "~":
        return new NullNode(l, c);
      case "true": case "True": case "TRUE":
        return new BooleanNode(true, l, c);
      case "false": case "False": case "FALSE":
        return new BooleanNode(false, l, c);
      case ".inf": case ".Inf": case ".INF": case "+.inf": case "+.Inf": case "+.INF":
        return new NumberNode(Double.POSITIVE_INFINITY, l, c);
      case "-.inf": case "-.Inf": case "-.INF":
        return new NumberNode(Double.NEGATIVE_INFINITY, l, c);
      case ".nan": case ".NaN": case ".NAN":
        return new NumberNode(Double.NaN, l, c);
      default:
        break;
    }
    if (!(first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.')) {
      checkLength(v, frames, e);
      return new StringNode(v, l, c);
    }
    BigDecimal number = null;
    if (n > 2 && first == '0' && (v.charAt(1) == 'o' || v.charAt(1) == 'x')) {
      int radix = v.charAt(1) == 'o' ? 8 : 16;
      boolean ok = true;
      for (int i = 2; i < n && ok; i++) {
        ok = Character.digit(v.charAt(i), radix) >= 0 && v.charAt(i) < 0x80;
      }
      if (ok) {
        checkNumberLength(v, frames, e);
        number = new BigDecimal(new BigInteger(v.substring(2), radix));
      }
    } else if (isDecimal(v)) {
      checkNumberLength(v, frames, e);
      try {
        number = new BigDecimal(v);
      } catch (NumberFormatException x) {
        number = null;
      }
      if (number == null || Math.abs((long) number.scale()) > MAX_SCALE) {
        throw fail(frames.path(), "the number " + v + " has too large an exponent", e);
      }
    }
    if (number == null) {
      checkLength(v, frames, e);
      return new StringNode(v, l, c);
    }
    return new NumberNode(number, l, c);
  }

  /** {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?} */
  private static boolean isDecimal(String v) {
    int n = v.length();
    int i = 0;
    if (v.charAt(0) == '-' || v.charAt(0) == '+') {
      i++;
    }
    int intDigits = 0;
    while (i < n && isDigit(v.charAt(i))) {
      i++;
      intDigits++;
    }
    int fracDigits = 0;
    if (i < n && v.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(v.charAt(i))) {
        i++;
        fracDigits++;
      }
    }
    if (intDigits == 0 && fracDigits == 0) {
      return false;
    }
    if (i < n && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
      i++;
      if (i < n && (v.charAt(i) == '-' || v.charAt(i) == '+')) {
        i++;
      }
      int expDigits = 0;
      while (i < n && isDigit(v.charAt(i))) {
        i++;
        expDigits++;
      }
      if (expDigits == 0) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void checkLength(String v, Frames frames, Event e) {
    if (v.length() > limits.maxStringLength()) {
      throw fail(frames.path(), "a text of " + v.length()
          + " characters is longer than the limit of " + limits.maxStringLength(), e);
    }
  }

  private void checkNumberLength(String v, Frames frames, Event e) {
    if (v.length() > limits.maxNumberLength()) {
      throw fail(frames.path(), "a number of " + v.length()
          + " characters is longer than the limit of " + limits.maxNumberLength(), e);
    }
  }

  /** The path of the value about to be read, for an alias. */
  private static String pathOfNext(Frames frames) {
    if (frames.depth() > 0 && !frames.top().isObject()) {
      frames.index(frames.top().size());
    }
    return frames.path();
  }

  /** Decodes strictly, with the same encoding messages as for JSON; drops a byte order mark. */
  private static String decode(byte[] bytes) {
    int start = Encodings.start(bytes);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int offset = in.position();
      int[] at = bytePosition(bytes, start, offset);
      throw new DocumentException("", Encodings.invalidUtf8(offset), at[0], at[1]);
    }
    out.flip();
    return out.toString();
  }

  /** Line and column (in characters) of a byte offset in well-formed UTF-8 before it. */
  private static int[] bytePosition(byte[] b, int start, int offset) {
    int line = 1;
    int column = 1;
    for (int i = start; i < offset; i++) {
      int x = b[i] & 0xFF;
      if (x == '\n' || x == '\r' && (i + 1 >= offset || b[i + 1] != '\n')) {
        line++;
        column = 1;
      } else if (x != '\r' && (x & 0xC0) != 0x80) {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /** Line and column of a code point index in the text. */
  private static int[] position(String text, int codePointIndex) {
    int line = 1;
    int column = 1;
    int i = 0;
    for (int k = 0; k < codePointIndex && i < text.length(); k++) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n' || cp == '\r' && (i >= text.length() || text.charAt(i) != '\n')) {
        line++;
        column = 1;
      } else if (cp != '\r') {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /** The substance of a YAML syntax error, without class names, excerpts or positions. */
  static String plain(MarkedYamlEngineException e) {
    String problem = e.getProblem();
    String context = e.getContext();
    if (problem != null && problem.contains("(TAB)")) {
      return "found a tab character where it is not allowed; indent with spaces, not tabs";
    }
    StringBuilder sb = new StringBuilder("the file is not valid YAML: ");
    sb.append(problem == null || problem.isBlank() ? "unreadable input" : firstLine(problem));
    if (context != null && !context.isBlank()) {
      sb.append(" (").append(firstLine(context)).append(')');
    }
    return sb.toString();
  }

  private static String firstLine(String s) {
    String line = s.strip().lines().findFirst().orElse("");
    return words(line.replaceAll(" in [^,]*, line \\d+, column \\d+:?", "").strip());
  }

  /** The scanner's names of tokens and structures, and plain words for them. */
  private static final String[][] WORDS = {
      {"mapping values are not allowed here",
          "a ':' is not allowed here; put a text that holds ': ' in quotes"},
      {"<stream end>", "the end of the file"},
      {"end of stream", "end of the file"},
      {"<stream start>", "the start of the file"},
      {"<document start>", "'---'"},
      {"<document end>", "'...'"},
      {"<block end>", "the end of an indented block"},
      {"<block mapping start>", "the start of an indented map"},
      {"<block sequence start>", "the start of an indented list"},
      {"<block entry>", "'-'"},
      {"<flow mapping start>", "'{'"},
      {"<flow mapping end>", "'}'"},
      {"<flow sequence start>", "'['"},
      {"<flow sequence end>", "']'"},
      {"<flow entry>", "','"},
      {"<key>", "a property name"},
      {"<value>", "':'"},
      {"<scalar>", "a value"},
      {"<alias>", "an alias"},
      {"<anchor>", "an anchor"},
      {"<tag>", "a tag"},
      {"<directive>", "a directive"},
      {"<comment>", "a comment"},
      {"block mapping", "indented map"},
      {"block sequence", "indented list"},
      {"flow mapping", "map in braces"},
      {"flow sequence", "list in brackets"},
      {"block scalar", "block text"},
      {"plain scalar", "unquoted text"},
      {"double-quoted scalar", "text in double quotes"},
      {"single-quoted scalar", "text in single quotes"},
      {"quoted scalar", "quoted text"},
      {"simple key", "property name"},
      {"scalar", "value"},
      {"mapping", "map"},
      {"sequence", "list"},
      {"while parsing", "while reading"},
      {"while scanning", "while reading"},
      {"MappingStart", "a map"},
      {"SequenceStart", "a list"},
  };

  /** A scanner message in plain words: no token names in angle brackets, no YAML jargon. */
  static String words(String message) {
    String m = message;
    for (String[] w : WORDS) {
      m = m.replace("'" + w[0] + "'", w[1]).replace(w[0], w[1]);
    }
    return m.replace(" a indented", " an indented");
  }

  private static int line(Event e) {
    return e.getStartMark().map(m -> m.getLine() + 1).orElse(-1);
  }

  private static int column(Event e) {
    return e.getStartMark().map(m -> m.getColumn() + 1).orElse(-1);
  }

  private static DocumentException fail(String path, String message, Event e) {
    return new DocumentException(path, message, line(e), column(e));
  }
}
