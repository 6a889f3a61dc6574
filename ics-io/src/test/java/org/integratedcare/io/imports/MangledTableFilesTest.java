package org.integratedcare.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integratedcare.io.imports.Fixtures.EXAMPLE;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not well-formed CSV, or that go over a limit: each ends in one plain problem that
 * says where (row, line, character) and what to do, never a partial model or another exception.
 */
class MangledTableFilesTest {
  private static final String HEADER = String.join(",", Imports.registerOfInterestsColumns()) + "\n";

  private static List<String> problems(Imports imports, byte[] csv) {
    return Fixtures.lines(Fixtures.problems(() -> imports.registerOfInterests(EXAMPLE, csv, "register.csv")));
  }

  private static List<String> problems(String text) {
    return problems(Imports.standard(), text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aQuoteNeverClosed_isOneProblemWhereItOpens() {
    assertThat(problems(HEADER + "Anjali Desai,,,\"Trustee,potential\n")).containsExactly("row 2, character 16: a"
        + " quoted field starts here but never ends: a closing quote (\") is missing");
  }

  @Test
  void textAfterAClosingQuote_isOneProblem() {
    assertThat(problems(HEADER + "Anjali Desai,,,\"Trustee\"x,,potential\n")).containsExactly("row 2, character 25:"
        + " a quoted field must end at a comma or at the end of the line, but 'x' follows its closing quote (write a"
        + " quote inside a quoted field as two quotes: \"\")");
  }

  @Test
  void aQuoteInsideAnUnquotedField_isOneProblem() {
    assertThat(problems(HEADER + "Anjali Desai,,,Trustee \"of\",,potential\n")).containsExactly("row 2, character 24:"
        + " a quote (\") inside a field that does not start with one; quote the whole field and double the quote:"
        + " \"say \"\"yes\"\"\"");
  }

  @Test
  void aQuotedFieldMayHoldCommasQuotesAndLineBreaks_andRowsAreCountedAsASpreadsheetCountsThem() {
    List<String> p = problems(HEADER
        + "Anjali Desai,,,\"Trustee, \"\"Mind\"\"\nand friends\",,potential,,2020-01-01,,,\n"
        + "Anjali Desai,,,Treasurer,,possible,,2020-01-01,,,\n");

    assertThat(p).containsExactly("row 3 (line 4), column F (conflict): 'possible' is not one of: actual,"
        + " potential, perceived");
  }

  @Test
  void aRowOfEmptyCells_isSkipped_andARowOfTheWrongWidthIsReported() {
    List<String> p = problems(HEADER + ",,,,,,,,,,\nAnjali Desai,,,Treasurer\n");

    assertThat(p).containsExactly("row 3: the row has 4 cells but the layout has 11 columns; the row was not read");
  }

  @Test
  void utf16_isRecognised() {
    byte[] utf16 = (HEADER).getBytes(StandardCharsets.UTF_16LE);

    assertThat(problems(Imports.standard(), utf16)).containsExactly(
        "(file): the file is not UTF-8; it looks like UTF-16 or UTF-32 (save it as \"CSV UTF-8\")");
  }

  @Test
  void invalidUtf8_isReportedAtItsLine() {
    byte[] bytes = (HEADER + "Anjali Desai,,,Tr").getBytes(StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    bad[bytes.length] = (byte) 0xC3;

    assertThat(problems(Imports.standard(), bad)).singleElement().asString()
        .startsWith("line 2: the file is not valid UTF-8: byte " + (bytes.length + 1) + " (0xC3)");
  }

  @Test
  void aByteOrderMark_isAllowed() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = Fixtures.example("exampleshire-interests.csv");
    byte[] both = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, both, 0, 3);
    System.arraycopy(text, 0, both, 3, text.length);

    assertThat(Imports.standard().registerOfInterests(EXAMPLE, both, "x.csv").changedNothing()).isTrue();
  }

  @Test
  void controlCharacters_areNotAllowedInACell() {
    assertThat(problems(HEADER + "Anjali Desai,,,Trustee \u001B[31m,,potential,,2020-01-01,,,\n"))
        .singleElement().asString().startsWith("row 2, column D (interest): 'Trustee \\u001B[31m' is not allowed");
  }

  @Test
  void crlfAndLoneCrLineEnds_areRead() {
    String crlf = Imports.exportRegisterOfInterests(EXAMPLE).replace("\n", "\r\n");
    String cr = Imports.exportRegisterOfInterests(EXAMPLE).replace("\n", "\r");

    assertThat(Imports.standard().registerOfInterests(EXAMPLE, crlf.getBytes(StandardCharsets.UTF_8), "x")
        .changedNothing()).isTrue();
    assertThat(Imports.standard().registerOfInterests(EXAMPLE, cr.getBytes(StandardCharsets.UTF_8), "x")
        .changedNothing()).isTrue();
  }

  @Test
  void anEmptyFile_hasNoHeader() {
    assertThat(problems("")).containsExactly("row 1: the file has no header row; the first row must name the"
        + " columns: " + String.join(", ", Imports.registerOfInterestsColumns()));
  }

  @Test
  void eachLimit_stopsReadingWithOneProblem() {
    Imports tiny = Imports.withLimits(ImportLimits.defaults().withMaxFileBytes(50));
    Imports fewRows = Imports.withLimits(ImportLimits.defaults().withMaxRows(2));

    assertThat(problems(tiny, new byte[51])).containsExactly(
        "(file): the file is larger than the limit of 50 bytes");
    assertThat(problems(fewRows, (HEADER + "a\nb\nc\n").getBytes(StandardCharsets.UTF_8))).containsExactly(
        "row 3, character 1: the file has more than the limit of 2 rows");
    assertThat(problems(HEADER + ",".repeat(ImportLimits.DEFAULT_MAX_COLUMNS) + "\n")).containsExactly(
        "row 2, character " + (ImportLimits.DEFAULT_MAX_COLUMNS + 1) + ": the row has more than the limit of "
            + ImportLimits.DEFAULT_MAX_COLUMNS + " columns");
    assertThat(problems("x".repeat(ImportLimits.DEFAULT_MAX_FIELD_LENGTH + 1))).containsExactly(
        "row 1, character " + (ImportLimits.DEFAULT_MAX_FIELD_LENGTH + 1) + ": a field is longer than the limit of "
            + ImportLimits.DEFAULT_MAX_FIELD_LENGTH + " characters");
  }

  @Test
  void aFileOfManyBadRows_stopsAfterAThousandProblems() {
    String rows = "Anjali Desai,,,Treasurer,,possible,,2020-01-01,,,\n".repeat(5_000);

    List<Problem> p = Fixtures.problems(() -> Imports.standard().registerOfInterests(EXAMPLE,
        (HEADER + rows).getBytes(StandardCharsets.UTF_8), "x.csv"));

    assertThat(p).hasSize(Table.MAX_PROBLEMS + 1).last().asString()
        .isEqualTo("(file): reading stopped after 1000 problems; correct these first");
  }

  @Test
  void readFile_refusesADirectory_andAFileOverTheLimitBeforeReadingIt(@TempDir Path dir) throws Exception {
    Path big = Files.write(dir.resolve("big.csv"), new byte[100]);
    Imports tiny = Imports.withLimits(ImportLimits.defaults().withMaxFileBytes(50));

    assertThatThrownBy(() -> Imports.standard().readFile(dir)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("it is not a regular file");
    assertThat(Fixtures.lines(Fixtures.problems(() -> tiny.readFile(big))))
        .containsExactly("(file): the file is larger than the limit of 50 bytes");
    assertThat(Imports.standard().readFile(big)).hasSize(100);
  }

  @Test
  void aMisspeltPersonNearNoOne_becomesANewPerson_butTheModelIsOtherwiseUntouched() {
    IcsModel before = EXAMPLE;
    ImportResult r = Imports.standard().registerOfInterests(before, (HEADER
        + "Zoe Quartermaine,,,Trustee,,potential,,2020-01-01,,,\n").getBytes(StandardCharsets.UTF_8), "x.csv");

    assertThat(r.model().people()).hasSize(before.people().size() + 1);
    assertThat(r.model().delegations()).isEqualTo(before.delegations());
  }
}
