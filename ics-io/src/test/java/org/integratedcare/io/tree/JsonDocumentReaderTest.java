package org.integratedcare.io.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonDocumentReaderTest {

  private static final DocumentLimits SMALL = new DocumentLimits(1000, 4, 10, 8);
  private static final JsonDocumentReader READER = new JsonDocumentReader(DocumentLimits.DEFAULTS);

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static DocumentException.Problem fails(JsonDocumentReader reader, byte[] bytes) {
    try {
      reader.read(bytes);
    } catch (DocumentException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problem();
    }
    throw new AssertionError("read without a problem");
  }

  private static void fails(String json, String path, String message, int line, int column) {
    fails(READER, utf8(json), path, message, line, column);
  }

  private static void fails(JsonDocumentReader reader, byte[] bytes, String path, String message,
      int line, int column) {
    assertThat(fails(reader, bytes))
        .isEqualTo(new DocumentException.Problem(path, message, line, column));
  }

  @Test
  void readsValuesWithPositions() {
    Node root = READER.read(utf8("{\n  \"a\" : [1, -2.50, 3e2, true, false, null, \"x\\u00e9\\n\"],\n"
        + "  \"é\": {\"b\": \"😀\", \"c\": 12345678901234567890123}\n}"));
    Node a = root.get("a");
    assertThat(a.line()).isEqualTo(2);
    assertThat(a.column()).isEqualTo(3);
    assertThat(a.get(0).isIntegralNumber()).isTrue();
    assertThat(a.get(0).asLong()).isEqualTo(1);
    assertThat(a.get(1).decimalValue()).isEqualTo(new BigDecimal("-2.50"));
    assertThat(a.get(1).isIntegralNumber()).isFalse();
    assertThat(a.get(2).isIntegralNumber()).isFalse();
    assertThat(a.get(2).asDouble()).isEqualTo(300.0);
    assertThat(a.get(3).booleanValue()).isTrue();
    assertThat(a.get(4).booleanValue()).isFalse();
    assertThat(a.get(5).isNull()).isTrue();
    assertThat(a.get(6).stringValue()).isEqualTo("xé\n");
    assertThat(a.get(6).column()).isEqualTo(44);
    Node e = root.get("é");
    assertThat(e.get("c").decimalValue()).isEqualTo(new BigDecimal("12345678901234567890123"));
    assertThat(e.get("c").canConvertToLong()).isFalse();
    // columns count characters, not bytes: "é" and "😀" are one column each
    assertThat(e.get("c").column()).isEqualTo(19);
    assertThat(Node.locate(root, "é.c")).containsExactly(3, 19);
    assertThat(Node.locate(root, "a[6]")).containsExactly(2, 44);
    assertThat(Node.locate(root, "a[60].x")).containsExactly(2, 3);
    assertThat(Node.locate(root, "")).containsExactly(1, 1);
  }

  @Test
  void skipsAByteOrderMarkAndReadsAnEmptyDocumentAsMissing() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', ']'};
    assertThat(READER.read(bom)).isEqualTo(Node.array());
    assertThat(READER.read(utf8(" \n\t\r\n ")).isMissingNode()).isTrue();
    assertThat(READER.read(new byte[0]).isMissingNode()).isTrue();
  }

  @Test
  void reportsEncodings() {
    fails(READER, "{}".getBytes(StandardCharsets.UTF_16BE), "",
        "the file is not UTF-8; it looks like UTF-16", 1, 1);
    fails(READER, "{}".getBytes(StandardCharsets.UTF_16), "",
        "the file is not UTF-8; it looks like UTF-16", 1, 1);
    fails(READER, "{}".getBytes(StandardCharsets.UTF_16LE), "",
        "the file is not UTF-8; it looks like UTF-16", 1, 1);
    fails(READER, new byte[] {0, 0, 0, '{', 0, 0, 0, '}'}, "",
        "the file is not UTF-8; it looks like UTF-32", 1, 1);
    fails(READER, new byte[] {'{', '"', 'a', '"', ':', '\n', '"', (byte) 0xC3, '(', '"', '}'},
        "a", "the file is not valid UTF-8 at byte 8", 2, 2);
    // an encoded surrogate and an overlong form
    fails(READER, new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}, "",
        "the file is not valid UTF-8 at byte 2", 1, 2);
    fails(READER, new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'}, "",
        "the file is not valid UTF-8 at byte 2", 1, 2);
    fails(READER, new byte[] {'[', (byte) 0xFF, ']'}, "[0]",
        "the file is not valid UTF-8 at byte 2", 1, 2);
  }

  @Test
  void reportsSyntax() {
    fails("{\"a\": 1 // note\n}", "a", "comments are not allowed in JSON", 1, 9);
    fails("[1, /* x */ 2]", "[1]", "comments are not allowed in JSON", 1, 5);
    fails("{\"a\": NaN}", "a", "NaN and Infinity are not numbers in JSON", 1, 7);
    fails("[-Infinity]", "[0]", "NaN and Infinity are not numbers in JSON", 1, 2);
    fails("{\"a\": 1,\n \"b\": 2,\n \"a\": 3}", "a", "duplicate property 'a'", 3, 2);
    fails("{\"x\": {\"a\": 1, \"a\": 2}}", "x.a", "duplicate property 'a'", 1, 16);
    fails("{\"a\": 1 \"b\": 2}", "a", "expected ',' or '}' after a property value", 1, 9);
    fails("[1 2]", "[0]", "expected ',' or ']' after a list item", 1, 4);
    fails("{\"a\": \"abc", "a", "the text ends inside a string", 1, 11);
    fails("{\"a\": 1} {}", "", "more follows the first document", 1, 10);
    fails("{\"a\" 1}", "a", "expected ':' after the property name", 1, 6);
    fails("{\"a\": [1,]}", "a[1]",
        "a ',' must be followed by another item; a trailing comma is not allowed in JSON", 1, 10);
    fails("{\"a\": 1,}", "",
        "a ',' must be followed by another property; a trailing comma is not allowed in JSON", 1, 9);
    fails("{'a': 1}", "", "property names must be in double quotes in JSON", 1, 2);
    fails("[hello]", "[0]", "'hello' is not a value in JSON; text must be in double quotes", 1, 2);
    fails("[01]", "[0]", "a number must not have a leading zero", 1, 3);
    fails("[1.]", "[0]", "expected a digit after the decimal point", 1, 4);
    fails("[1e+]", "[0]", "expected a digit in the exponent", 1, 5);
    fails("[+1]", "[0]", "a number must not start with '+'", 1, 2);
    fails("{\"a\": [1, {\"b\": ", "a[1].b", "the text ends where a value was expected", 1, 17);
    fails("{\"a\": [1, {\"b\": 2", "a[1].b", "the text ends inside an object", 1, 18);
    fails("[1,\n2", "[1]", "the text ends inside a list", 2, 2);
    fails("[\"a\nb\"]", "[0]",
        "a string must end on the line it starts; write a line break in it as \\n", 1, 4);
    fails("[\"a\\qb\"]", "[0]", "'\\q' is not a valid escape in a string (use \\\", \\\\, \\/, \\b,"
        + " \\f, \\n, \\r, \\t or \\u and four hex digits)", 1, 4);
    fails("[\"\\ud800x\"]", "[0]",
        "the escape \\uD800 is half of a character pair and must be followed by its other half",
        1, 3);
    fails("[1e99999]", "[0]", "the number 1e99999 has too large an exponent", 1, 2);
  }

  @Test
  void enforcesLimitsWhileScanning() {
    JsonDocumentReader small = new JsonDocumentReader(SMALL);
    fails(small, utf8("[[[[[1]]]]]"), "[0][0][0][0]",
        "objects and lists are nested deeper than the limit of 4 levels", 1, 5);
    assertThat(small.read(utf8("[[[[1]]]]")).get(0).get(0).get(0).get(0).asLong()).isEqualTo(1);
    fails(small, utf8("{\"k\": \"abcdefghijkl\"}"), "k",
        "a text of 12 characters is longer than the limit of 10", 1, 7);
    fails(small, utf8("{\"abcdefghijk\": 1}"), "",
        "a text of 11 characters is longer than the limit of 10", 1, 2);
    fails(small, utf8("[\"ééééééééééé\"]"), "[0]",
        "a text of 11 characters is longer than the limit of 10", 1, 2);
    fails(small, utf8("[123456789]"), "[0]",
        "a number of 9 characters is longer than the limit of 8", 1, 2);
    fails(small, utf8(" ".repeat(1001)), "", "the document is larger than the limit of 1000 bytes",
        1, 1);
  }

  @Test
  void deepNestingFailsCleanly() {
    byte[] deep = utf8("[".repeat(100_000) + "]".repeat(100_000));
    DocumentException.Problem p = fails(READER, deep);
    assertThat(p.message()).isEqualTo("objects and lists are nested deeper than the limit of 64"
        + " levels");
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.column()).isEqualTo(65);
    byte[] deepObjects = utf8("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000));
    assertThat(fails(READER, deepObjects).message()).startsWith("objects and lists are nested");
  }
}
