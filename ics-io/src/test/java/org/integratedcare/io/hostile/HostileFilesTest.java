package org.integratedcare.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.io.ModelFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile}): every file ends in a model or in
 * one {@link ModelValidationException} whose message says what is wrong in plain words, with no
 * Java, Jackson or SnakeYAML names and no stack trace. Big inputs are generated here rather than
 * kept in the repository. Time is never asserted or looked at: where a generated input could hang
 * a broken reader, the module's surefire fork timeout fails the build instead of stalling it.
 */
class HostileFilesTest {
  /** The corpus directory, and the outcome of each file: a fragment of its message, or VALID. */
  static final Path CORPUS = Path.of("src/test/resources/hostile");
  static final String VALID = "";

  static final Map<String, String> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put("alias.yaml", "YAML aliases (*name) are not allowed");
    EXPECTED.put("bad-indentation.yaml", "expected the end of an indented block, but found the start of an indented map");
    EXPECTED.put("bidi-override-escape.json", "bidirectional control character U+202E");
    EXPECTED.put("billion-laughs.yaml", "YAML aliases (*name) are not allowed");
    EXPECTED.put("binary-png.yaml", "the file is not valid UTF-8 at byte 1");
    EXPECTED.put("colon-in-text.yaml", "a ':' is not allowed here; put a text that holds ': ' in quotes");
    EXPECTED.put("comment.json", "comments are not allowed in JSON");
    EXPECTED.put("date-five-digit-year.yaml", "'20222-07-01' is not a date: write it as YYYY-MM-DD");
    EXPECTED.put("date-signed-year.yaml", "'+999999999-12-31' is not a date");
    EXPECTED.put("date-year-one.yaml", "the date 0001-01-01 is out of range: a date must lie between 1800-01-01 and 2199-12-31");
    EXPECTED.put("deep-nesting.json", "objects and lists are nested deeper than the limit of 64 levels");
    EXPECTED.put("deep-nesting.yaml", "objects and lists are nested deeper than the limit of 64 levels");
    EXPECTED.put("delegation-cycle.yaml", VALID);
    EXPECTED.put("duplicate-key.json", "organisations[0].id (line 4, column 17): duplicate property 'id'");
    EXPECTED.put("duplicate-key.yaml", "delegations[0].delegate (line 17, column 5): duplicate property 'delegate'");
    EXPECTED.put("duplicate-top-level-key.yaml", "name (line 19, column 1): duplicate property 'name'");
    EXPECTED.put("empty.json", "the document is empty");
    EXPECTED.put("empty.yaml", "the document is empty");
    EXPECTED.put("hex-number.json", "expected ',' or '}' after a property value");
    EXPECTED.put("huge-exponent.json", "the number 1e999999999 has too large an exponent");
    EXPECTED.put("infinity.json", "NaN and Infinity are not numbers in JSON");
    EXPECTED.put("invalid-utf8.yaml", "(line 2, column 11): the file is not valid UTF-8 at byte 20");
    EXPECTED.put("latin1.json", "the file is not valid UTF-8 at byte 14");
    EXPECTED.put("leading-zero.json", "a number must not have a leading zero");
    EXPECTED.put("line-comment.json", "comments are not allowed in JSON");
    EXPECTED.put("lone-surrogate.json", "half of a character pair");
    EXPECTED.put("map-as-key.yaml", "a property name must be plain text");
    EXPECTED.put("money-400-digits.yaml", "a sum of money must have at most 15 digits before the decimal point");
    EXPECTED.put("money-huge-exponent.yaml", "the number 1e999999999 has too large an exponent");
    EXPECTED.put("money-infinity.yaml", "found the number .inf, which is not a finite number");
    EXPECTED.put("money-negative.yaml", "a sum of money must not be negative");
    EXPECTED.put("money-not-a-number.yaml", "found the number .nan, which is not a finite number");
    EXPECTED.put("money-tenth-of-a-penny.yaml", "a sum of money must be in whole pence");
    EXPECTED.put("money-text.yaml", "expected a number of pounds for 'financialLimit', found the text '1000'");
    EXPECTED.put("name-ansi-escape.yaml", "'Tiny \\u001B[31mRED\\u001B[0m' is not allowed: it contains the control character U+001B");
    EXPECTED.put("name-bell-in-condition.yaml", "delegations[0].conditions[0] (line 15, column 18): 'ring \\u0007' is not allowed");
    EXPECTED.put("name-nul.yaml", "control character U+0000 at character 5");
    EXPECTED.put("name-right-to-left-override.yaml", "bidirectional control character U+202E");
    EXPECTED.put("non-scalar-key.yaml", "a property name must be plain text");
    EXPECTED.put("not-a-number.json", "NaN and Infinity are not numbers in JSON");
    EXPECTED.put("nul-bytes.yaml", "the character U+0000 is not allowed in YAML");
    EXPECTED.put("nul-escape.json", "control character U+0000");
    EXPECTED.put("null-is-null.yaml", VALID);
    EXPECTED.put("number-as-name.yaml", "found the number 123 (put it in quotes)");
    EXPECTED.put("only-comment.yaml", "the document is empty");
    EXPECTED.put("overlong-utf8.json", "the file is not valid UTF-8 at byte 11");
    EXPECTED.put("raw-control-character.json", "the control character U+0001 must be written as an escape");
    EXPECTED.put("single-quotes.json", "property names must be in double quotes in JSON");
    EXPECTED.put("tab-indentation.yaml", "indent with spaces, not tabs");
    EXPECTED.put("tag-custom.yaml", "YAML tags (such as !!str or !custom) are not allowed");
    EXPECTED.put("tag-on-list.yaml", "YAML tags (such as !!str or !custom) are not allowed");
    EXPECTED.put("tag-str.yaml", "YAML tags (such as !!str or !custom) are not allowed");
    EXPECTED.put("tag-timestamp.yaml", "YAML tags (such as !!str or !custom) are not allowed");
    EXPECTED.put("tilde-is-null.yaml", VALID);
    EXPECTED.put("top-level-array.json", "expected an object (a map of properties) for a model, found a list");
    EXPECTED.put("top-level-list.yaml", "expected an object (a map of properties) for a model, found a list");
    EXPECTED.put("top-level-text.yaml", "found the text 'just some text'");
    EXPECTED.put("trailing-comma.json", "a trailing comma is not allowed in JSON");
    EXPECTED.put("two-documents.json", "more follows the first document");
    EXPECTED.put("two-documents.yaml", "more follows the first document");
    EXPECTED.put("unclosed-quote.yaml", "found unexpected end of the file");
    EXPECTED.put("unknown-property-long.yaml", "could not find expected ':'");
    EXPECTED.put("unquoted-key.json", "expected a property name in double quotes");
    EXPECTED.put("unterminated-list.yaml", "expected ',' or ']', but got the end of the file");
    EXPECTED.put("unterminated-string.json", "the text ends inside a string");
    EXPECTED.put("utf16-with-bom.yaml", "the file is not UTF-8; it looks like UTF-16");
    EXPECTED.put("utf16-without-bom.json", "the file is not UTF-8; it looks like UTF-16");
    EXPECTED.put("utf32.yaml", "the file is not UTF-8; it looks like UTF-32");
    EXPECTED.put("yes-is-text.yaml", "expected true or false for 'onwardDelegationAllowed', found the text 'yes'");
  }

  /** Names that must never reach a user. */
  static final List<String> JARGON = List.of("Exception", "java.", "jackson", "Jackson", "snakeyaml",
      "SnakeYAML", "org.", "\tat ", "<stream", "<block", "<scalar", "JsonNode", "+SEQ", "ALLOW_");

  static Stream<Arguments> corpus() {
    return EXPECTED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @Test
  void everyFileOfTheCorpusHasAnExpectedOutcome() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
      assertThat(names).containsExactlyElementsOf(new TreeSet<>(EXPECTED.keySet()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void corpusFile_endsCleanly(String name, String expected) {
    Path file = CORPUS.resolve(name);
    if (expected.equals(VALID)) {
      assertThat(ModelFiles.read(file)).isNotNull();
      return;
    }
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class, () -> ModelFiles.read(file));
    assertThat(e).as("%s must be rejected", name).isNotNull();
    assertThat(e.getMessage()).contains(expected);
    assertPlain(e);
  }

  @Test
  void tildeAndNullAreAlike() {
    IcsModel tilde = ModelFiles.read(CORPUS.resolve("tilde-is-null.yaml"));
    IcsModel nul = ModelFiles.read(CORPUS.resolve("null-is-null.yaml"));
    assertThat(ModelFiles.write(tilde, ModelFormat.YAML)).isEqualTo(ModelFiles.write(nul, ModelFormat.YAML));
    assertThat(tilde.delegations().get(0).reportsTo()).isEmpty();
  }

  @Test
  void aPipeIsNotRead(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("model.yaml");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException noMkfifo) {
      org.junit.jupiter.api.Assumptions.abort("mkfifo is not available here");
      return;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    assertThatThrownBy(() -> ModelFiles.read(fifo)).isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("not a regular file");
  }

  @Test
  void tenMegabyteScalars_stopAtTheTextLimit(@TempDir Path dir) throws IOException {
    String ten = "a".repeat(10_000_000);
    for (String text : List.of("name: " + ten + "\n", "name: \"" + ten + "\"\n", ten + ": 1\n",
        "{\"name\": \"" + ten + "\"}")) {
      Path file = dir.resolve(text.startsWith("{") ? "big.json" : "big.yaml");
      Files.writeString(file, text);
      ModelValidationException e = catchThrowableOfType(ModelValidationException.class, () -> ModelFiles.read(file));
      assertThat(e.getMessage()).contains("characters is longer than the limit of 100000");
      assertPlain(e);
    }
  }

  @Test
  void overTheDocumentLimit_isRefusedBeforeParsing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("huge.yaml");
    byte[] bytes = new byte[32 * 1024 * 1024 + 1];
    java.util.Arrays.fill(bytes, (byte) ' ');
    Files.write(file, bytes);
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class, () -> ModelFiles.read(file));
    assertThat(e.getMessage()).contains("the document is larger than the limit of 33554432 bytes");
  }

  @Test
  void manyTinyValues_stopAtTheValueLimit() {
    String json = "{\"x\": [" + "1,".repeat(2_000_000) + "1]}";
    String yaml = "x: [" + "1,".repeat(2_000_000) + "1]\n";
    for (var input : Map.of(ModelFormat.JSON, json, ModelFormat.YAML, yaml).entrySet()) {
      ModelValidationException e = catchThrowableOfType(
          ModelValidationException.class, () -> ModelFiles.read(input.getValue(), input.getKey()));
      assertThat(e.getMessage()).as("%s", input.getKey())
          .contains("the document holds more than the limit of 2000000 values");
    }
  }

  @Test
  void hundredThousandProblems_printAHundred() {
    StringBuilder yaml = new StringBuilder("name: many\norganisations:\n");
    for (int i = 0; i < 100_000; i++) {
      yaml.append("  - {id: o").append(i).append(", name: O, kind: no-such-kind, from: 2022-07-01}\n");
    }
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class,
        () -> ModelFiles.read(yaml.toString(), ModelFormat.YAML));
    assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(100_000);
    assertThat(e.getMessage().lines().count()).isEqualTo(1 + ModelValidationException.MAX_PROBLEMS_IN_MESSAGE + 1);
    assertThat(e.getMessage()).startsWith(String.format(java.util.Locale.UK, "%,d problems in", e.problems().size()))
        .endsWith(String.format(java.util.Locale.UK, "… and %,d more problems", e.problems().size() - 100));
  }

  @Test
  void aLongUnknownPropertyIsQuotedShort() {
    String key = "k".repeat(50_000);
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class,
        () -> ModelFiles.read("{\"" + key + "\": 1}", ModelFormat.JSON));
    Problem p = e.problems().get(0);
    assertThat(p.message()).contains("… (50000 characters)").hasSizeLessThan(1000);
  }

  static void assertPlain(ModelValidationException e) {
    String all = e.getMessage();
    for (String word : JARGON) {
      assertThat(all).as("message must not contain %s", word).doesNotContain(word);
    }
    assertThat(all.chars().filter(c -> c < 0x20 && c != '\n').count()).as("control characters").isZero();
    assertThat(all.getBytes(StandardCharsets.UTF_8).length).isLessThan(200_000);
  }
}
