package org.integratedcare.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.util.List;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.junit.jupiter.api.Test;

/**
 * One test per kind of mistake a user can make in a model file: each yields one clear problem
 * with its path (and, where the parser knows it, its line), never a partial model or a raw trace.
 */
class ReadingErrorsTest {
  /** A small valid model that each test breaks in one place. */
  private static final String VALID = """
      name: Test
      organisations:
        - id: nhse
          name: NHS England
          kind: nhs-england
          from: 2022-07-01
        - id: icb
          name: NHS Test Integrated Care Board
          kind: integrated-care-board
          odsCode: QHG
          gssCode: E54000024
          from: 2022-07-01
      functions:
        - id: fn-pms
          name: Commissioning primary medical services
          holder: nhse
          from: 2022-07-01
      delegations:
        - id: del-1
          delegator: nhse
          delegate: icb
          functions: [fn-pms]
          instrument: s65z5-delegation
          onwardDelegationAllowed: true
          from: 2022-07-01
      """;

  private static List<Problem> problems(String yaml) {
    return problems(yaml, ModelFormat.YAML);
  }

  private static List<Problem> problems(String text, ModelFormat format) {
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class,
        () -> ModelFiles.read(text, format));
    assertThat(e).as("reading should fail").isNotNull();
    return e.problems();
  }

  private static Problem only(String yaml) {
    List<Problem> problems = problems(yaml);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void validFile_reads() {
    assertThat(ModelFiles.read(VALID, ModelFormat.YAML).delegations()).hasSize(1);
  }

  @Test
  void syntaxError_stopsAtOnce_withLineAndColumn() {
    Problem p = only(VALID.replace("functions: [fn-pms]", "functions: [fn-pms"));
    assertThat(p.message()).startsWith("the file is not valid YAML:");
    assertThat(p.line()).isNotEmpty();
    assertThat(p.column()).isNotEmpty();
  }

  @Test
  void jsonSyntaxError_namesLineAndColumn() {
    Problem p = problems("{\"name\": \"x\",\n \"organisations\": [}", ModelFormat.JSON).get(0);
    assertThat(p.message()).isEqualTo("expected a value but found '}'");
    assertThat(p.line()).hasValue(2);
    assertThat(p.column()).hasValue(20);
  }

  @Test
  void unknownProperty_isNamed_withASuggestion() {
    Problem p = only(VALID.replace("delegate: icb", "delegat: icb\n    delegate: icb"));
    assertThat(p.path()).isEqualTo("delegations[0].delegat");
    assertThat(p.message()).contains("unknown property 'delegat'").contains("did you mean 'delegate'?");
    assertThat(p.line()).hasValue(21);
  }

  @Test
  void unknownTopLevelProperty_isReported() {
    Problem p = only(VALID + "comittees: []\n");
    assertThat(p.path()).isEqualTo("comittees");
    assertThat(p.message()).contains("unknown property 'comittees'");
  }

  @Test
  void unknownKind_listsTheKnownOnes() {
    Problem p = only(VALID + """
        mechanisms:
          - id: m1
            kind: joint-comittee
            name: A committee
            from: 2022-07-01
        """);
    assertThat(p.path()).isEqualTo("mechanisms[0].kind");
    assertThat(p.message()).contains("unknown kind 'joint-comittee'")
        .contains("did you mean 'joint-committee'?").contains("memorandum-of-understanding");
  }

  @Test
  void unknownEnumValue_listsTheKnownOnes() {
    Problem p = only(VALID.replace("instrument: s65z5-delegation", "instrument: section-65z5"));
    assertThat(p.path()).isEqualTo("delegations[0].instrument");
    assertThat(p.message()).contains("unknown instrument 'section-65z5'").contains("s65z5-delegation");
  }

  @Test
  void missingRequiredField_isNamed() {
    Problem p = only(VALID.replace("    instrument: s65z5-delegation\n", ""));
    assertThat(p.path()).isEqualTo("delegations[0].instrument");
    assertThat(p.message()).isEqualTo("missing required property 'instrument'");
  }

  /** Whether a delegate may delegate onward has no statutory default, so a file may leave it unsaid. */
  @Test
  void onwardDelegationLeftOut_isReadAsNotRecorded() throws Exception {
    IcsModel m = ModelFiles.read(VALID.replace("    onwardDelegationAllowed: true\n", ""), ModelFormat.YAML);
    assertThat(m.delegations().get(0).onwardDelegationAllowed()).isEmpty();
  }

  @Test
  void limitWithUnknownCategory_listsTheCategories() {
    Problem p = only(VALID.replace("    onwardDelegationAllowed: true\n",
        "    onwardDelegationAllowed: true\n    limits: [{category: revenu, amount: 100}]\n"));
    assertThat(p.path()).isEqualTo("delegations[0].limits[0].category");
    assertThat(p.message()).contains("unknown category 'revenu'").contains("losses-and-special-payments");
  }

  @Test
  void twoLimitsOfOneCategory_areRejectedAtTheDelegation() {
    Problem p = only(VALID.replace("    onwardDelegationAllowed: true\n",
        "    onwardDelegationAllowed: true\n    limits: [{category: capital, amount: 100}, {category: capital, amount: 200}]\n"));
    assertThat(p.path()).isEqualTo("delegations[0]");
    assertThat(p.message()).contains("sets more than one capital limit");
  }

  @Test
  void badOdsCode_isRejected() {
    Problem p = only(VALID.replace("odsCode: QHG", "odsCode: q-hg"));
    assertThat(p.path()).isEqualTo("organisations[1].odsCode");
    assertThat(p.message()).contains("'q-hg' is not an ODS code");
    assertThat(p.line()).hasValue(10);
  }

  @Test
  void odsCodeOfTheWrongShapeForTheKind_isRejectedAtTheOrganisation() {
    Problem p = only(VALID.replace("odsCode: QHG", "odsCode: QHGX"));
    assertThat(p.path()).isEqualTo("organisations[1]");
    assertThat(p.message()).contains("must be 3 or 5 letters and digits");
  }

  @Test
  void badGssCode_isRejected() {
    Problem p = only(VALID.replace("gssCode: E54000024", "gssCode: E5400002"));
    assertThat(p.path()).isEqualTo("organisations[1].gssCode");
    assertThat(p.message()).contains("'E5400002' is not a GSS code");
  }

  @Test
  void duplicateId_namesBothPlaces() {
    Problem p = only(VALID + "people:\n  - id: icb\n    name: Someone\n");
    assertThat(p.path()).isEqualTo("people[0].id");
    assertThat(p.message()).contains("id 'icb' is already used by organisations[1]");
    assertThat(p.line()).isNotEmpty();
  }

  @Test
  void referenceToUnknownId_isReported_atItsPathInTheFile() {
    Problem p = only(VALID.replace("delegate: icb", "delegate: icb-board"));
    assertThat(p.path()).isEqualTo("delegations[0].delegate");
    assertThat(p.message()).isEqualTo(
        "'icb-board' should be an organisation, body or post, but there is no record with that id");
    assertThat(p.line()).hasValue(21);
  }

  @Test
  void referenceInsideASet_pointsAtTheRightItem() {
    Problem p = only(VALID.replace("functions: [fn-pms]", "functions: [fn-pms, fn-missing]"));
    assertThat(p.path()).isEqualTo("delegations[0].functions[1]");
    assertThat(p.message()).contains("'fn-missing' should be a function");
  }

  @Test
  void invertedPeriod_isReported() {
    Problem p = only(VALID.replace("    onwardDelegationAllowed: true\n    from: 2022-07-01\n",
        "    onwardDelegationAllowed: true\n    from: 2022-07-01\n    to: 2021-03-31\n"));
    assertThat(p.path()).isEqualTo("delegations[0].to");
    assertThat(p.message()).isEqualTo("the period ends (2021-03-31) before it starts (2022-07-01)");
  }

  @Test
  void badDate_isReported() {
    Problem p = only(VALID.replace("holder: nhse\n    from: 2022-07-01", "holder: nhse\n    from: 1/7/2022"));
    assertThat(p.path()).isEqualTo("functions[0].from");
    assertThat(p.message()).contains("is not a date");
  }

  @Test
  void brokenInvariant_isReportedAtTheRecord() {
    Problem p = only(VALID.replace("delegate: icb", "delegate: nhse"));
    assertThat(p.path()).isEqualTo("delegations[0]");
    assertThat(p.message()).contains("delegates from 'nhse' to itself");
  }

  @Test
  void everyProblem_isReportedTogether() {
    List<Problem> problems = problems(VALID
        .replace("odsCode: QHG", "odsCode: q-hg")
        .replace("instrument: s65z5-delegation", "instrument: nope")
        .replace("holder: nhse", "holder: nhse\n    colour: blue"));
    assertThat(problems).extracting(Problem::path).containsExactly(
        "organisations[1].odsCode", "functions[0].colour", "delegations[0].instrument");
  }

  @Test
  void duplicateProperty_isASyntaxError() {
    Problem p = only(VALID.replace("delegate: icb", "delegate: icb\n    delegate: nhse"));
    assertThat(p.message()).isEqualTo("duplicate property 'delegate'");
    assertThat(p.path()).endsWith(".delegate");
    assertThat(p.line()).isNotEmpty();
  }

  @Test
  void textWhereANumberIsExpected_andNumberWhereTextIsExpected() {
    List<Problem> problems = problems(VALID.replace("name: Test", "name: 42")
        .replace("onwardDelegationAllowed: true", "onwardDelegationAllowed: yes"));
    assertThat(problems).extracting(Problem::message).containsExactly(
        "expected text for 'name', found the number 42 (put it in quotes)",
        "expected true or false for 'onwardDelegationAllowed', found the text 'yes'");
  }

  @Test
  void infinityWhereTextIsExpected_isAProblemNotAParserFailure() {
    Problem p = only(VALID.replace("name: Test", "name: .inf"));
    assertThat(p.path()).isEqualTo("name");
    assertThat(p.message()).startsWith("expected text for 'name', found the number");
  }

  @Test
  void emptyDocument_isReported() {
    assertThat(only("").message()).contains("the document is empty");
  }

  @Test
  void yamlAlias_isRejected() {
    Problem p = only(VALID.replace("functions: [fn-pms]", "functions: &f [fn-pms]")
        + "accountabilityLinks:\n  - id: l1\n    functions: *f\n");
    assertThat(p.message()).contains("YAML aliases");
  }

  @Test
  void oversizeDocument_isRejectedBeforeParsing() {
    ModelReader reader = ModelReader.withLimits(ReadLimits.defaults().withMaxDocumentBytes(200));
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class,
        () -> reader.read(VALID, ModelFormat.YAML));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEmpty();
      assertThat(p.message()).contains("larger than the limit of 200 bytes");
    });
  }

  @Test
  void oversizeStream_atTheDefaultLimit_isRejectedWithoutReadingItAll() {
    InputStream endless = new InputStream() {
      private long served;

      @Override
      public int read() {
        served++;
        return served < 6 ? "name:".charAt((int) served - 1) : ' ';
      }
    };
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class,
        () -> ModelFiles.read(endless, ModelFormat.YAML));
    assertThat(e.getMessage()).contains("larger than the limit of "
        + ReadLimits.DEFAULT_MAX_DOCUMENT_BYTES + " bytes");
  }

  @Test
  void tooDeepNesting_isRejected() {
    String deep = "name: x\nextra: " + "[".repeat(100) + "]".repeat(100) + "\n";
    Problem p = only(deep);
    assertThat(p.message()).isEqualTo("objects and lists are nested deeper than the limit of "
        + ReadLimits.DEFAULT_MAX_NESTING_DEPTH + " levels");
  }

  @Test
  void tooDeepNesting_inJson_isRejected() {
    String deep = "{\"extra\": " + "[".repeat(100) + "]".repeat(100) + "}";
    Problem p = problems(deep, ModelFormat.JSON).get(0);
    assertThat(p.message()).contains("nested deeper than the limit");
  }

  @Test
  void tooLongString_isRejected() {
    ModelReader reader = ModelReader.withLimits(ReadLimits.defaults().withMaxStringLength(20));
    for (ModelFormat format : ModelFormat.values()) {
      String text = format == ModelFormat.YAML
          ? "name: " + "x".repeat(21) + "\n" : "{\"name\": \"" + "x".repeat(21) + "\"}";
      ModelValidationException e = catchThrowableOfType(ModelValidationException.class,
          () -> reader.read(text, format));
      assertThat(e.problems()).singleElement()
          .satisfies(p -> assertThat(p.message()).contains("longer than the limit of 20"));
    }
  }

  @Test
  void unknownExtension_isRejected() {
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> ModelFormat.of(java.nio.file.Path.of("model.txt")))).hasMessageContaining(".yaml");
  }
}
