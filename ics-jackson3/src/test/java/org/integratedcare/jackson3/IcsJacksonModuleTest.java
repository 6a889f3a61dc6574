package org.integratedcare.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.integratedcare.governance.accountability.Accountability;
import org.integratedcare.governance.authority.AuthorityAnswer;
import org.integratedcare.governance.authority.AuthorityQuery;
import org.integratedcare.governance.authority.DecisionAuthority;
import org.integratedcare.governance.diff.ModelDiff;
import org.integratedcare.governance.reform.WhatIf;
import org.integratedcare.json.ReformScenarios;
import org.integratedcare.governance.rules.RulePacks;
import org.integratedcare.governance.rules.RuleRunner;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.io.tree.JsonDocumentWriter;
import org.integratedcare.json.IcsJson;
import org.integratedcare.metrics.MetricsReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The module writes what the library's own JSON writer writes, and reads models back. */
class IcsJacksonModuleTest {
  static final LocalDate DATE = LocalDate.of(2025, 6, 1);
  static final IcsModel MODEL = ModelFiles.read(Path.of("..", "examples", "exampleshire-ics.yaml"));
  static final JsonMapper MAPPER = JsonMapper.builder().addModule(new IcsJacksonModule()).build();

  static AuthorityAnswer decide(String amount) {
    return DecisionAuthority.of(MODEL).decide(
        AuthorityQuery.of("north-exampleshire-place-committee", "fn-icb-commissioning", DATE, "exampleshire-icb")
            .withAmount(new BigDecimal(amount)));
  }

  /** A value of every supported type, from the bundled example. */
  static Stream<Object> values() {
    AuthorityAnswer over = decide("7000000");
    return Stream.of(over, decide("1000000"), over.verdicts().get(0),
        DecisionAuthority.of(MODEL).whoMayDecide("fn-icb-commissioning", DATE, "exampleshire-icb"),
        Accountability.of(MODEL).chains("north-exampleshire-place-committee", DATE),
        RuleRunner.builder().addPacks(RulePacks.discover()).build().run(MODEL, DATE),
        MetricsReport.of(MODEL, DATE), MODEL, ModelDiff.between(MODEL, DATE.minusYears(3), MODEL, DATE),
        WhatIf.of(MODEL, ReformScenarios.bundled("health-bill-2026"), DATE, DATE));
  }

  @Test
  void theValuesCoverEverySupportedType() {
    assertThat(IcsJson.supportedTypes())
        .allSatisfy(type -> assertThat(values()).anyMatch(type::isInstance));
  }

  @ParameterizedTest
  @MethodSource("values")
  void writesTheSameTreeAsTheLibrary(Object value) {
    String json = MAPPER.writeValueAsString(value);
    assertThat(MAPPER.readTree(json)).isEqualTo(MAPPER.readTree(IcsJson.write(value)));
    // and with a mapper's defaults, the very bytes of the library's compact JSON
    assertThat(json).isEqualTo(JsonDocumentWriter.compact().writeString(IcsJson.toTree(value)));
  }

  @ParameterizedTest
  @MethodSource("values")
  void writesPrettyJsonAsTheMapperIsConfigured(Object value) {
    JsonMapper pretty = MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    String json = pretty.writeValueAsString(value);
    assertThat(json).contains("\n");
    assertThat(MAPPER.readTree(json)).isEqualTo(MAPPER.readTree(IcsJson.write(value)));
  }

  @Test
  void theAnswersSayWhoMayDecide() {
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(decide("7000000"))).findValuesAsString("outcome"))
        .containsExactly("no-authority");
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(decide("1000000"))).findValuesAsString("outcome"))
        .containsExactly("binding");
  }

  @Test
  void valuesInsideOtherValues_areWrittenTheSame() {
    AuthorityAnswer answer = decide("7000000");
    String json = MAPPER.writeValueAsString(Map.of("answers", List.of(answer)));
    assertThat(MAPPER.readTree(json).get("answers").get(0)).isEqualTo(MAPPER.readTree(IcsJson.write(answer)));
  }

  @Test
  void roundTripsTheModel() {
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(MODEL), IcsModel.class)).isEqualTo(MODEL);
    // from the library's own JSON too
    assertThat(MAPPER.readValue(IcsJson.write(MODEL), IcsModel.class)).isEqualTo(MODEL);
  }

  @Test
  void roundTripsTheModelThroughJacksonsTrees() {
    // Jackson's trees strip the trailing zeros of decimals by default (2000000.00 becomes 2E+6):
    // the model read back has the same values
    IcsModel back = MAPPER.treeToValue(MAPPER.valueToTree(MODEL), IcsModel.class);
    assertThat(ModelFiles.toTree(back)).isEqualTo(ModelFiles.toTree(MODEL));
    // and the very same model where the mapper keeps them
    JsonMapper exact = JsonMapper.builder().addModule(new IcsJacksonModule())
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    assertThat(exact.treeToValue(exact.valueToTree(MODEL), IcsModel.class)).isEqualTo(MODEL);
  }

  @Test
  void readsModelsInsideOtherValues_leavingTheParserAfterEach() {
    String json = "{\"a\":" + IcsJson.write(MODEL) + ",\"b\":" + MAPPER.writeValueAsString(MODEL) + ",\"c\":null}";
    Map<String, IcsModel> read = MAPPER.readValue(json, new TypeReference<Map<String, IcsModel>>() {});
    assertThat(read).containsEntry("a", MODEL).containsEntry("b", MODEL).containsEntry("c", null);
  }

  @Test
  void keepsDecimalsExact_evenWhereTheMapperReadsDoubles() {
    JsonMapper doubles = MAPPER.rebuild().disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    String json = IcsJson.write(MODEL);
    assertThat(doubles.readValue(json, IcsModel.class)).isEqualTo(MODEL);
  }

  @Test
  void anInvalidModel_failsWithTheLibrarysProblemsAsAJacksonMappingException() {
    String json = "{\"name\":\"x\",\"colour\":\"blue\",\"organisations\":[{\"id\":\"a\",\"flavour\":1}]}";
    ValueInstantiationException e = catchThrowableOfType(ValueInstantiationException.class,
        () -> MAPPER.readValue(json, IcsModel.class));

    assertThat(e).isInstanceOf(DatabindException.class);
    assertThat(e.getType().getRawClass()).isEqualTo(IcsModel.class);
    assertThat(e.getCause()).isInstanceOf(ModelValidationException.class);
    ModelValidationException cause = (ModelValidationException) e.getCause();
    assertThat(cause.problems()).extracting(Problem::path).contains("colour", "organisations[0].flavour");
    assertThat(e.getOriginalMessage()).contains("the JSON input", "colour", "organisations[0].flavour");
  }

  @Test
  void aPropertyGivenTwice_failsWithItsPathAndPosition() {
    String json = "{\"name\":\"x\",\n\"organisations\":[{\"id\":\"a\",\n \"id\":\"b\"}]}";
    ValueInstantiationException e = catchThrowableOfType(ValueInstantiationException.class,
        () -> MAPPER.readValue(json, IcsModel.class));

    Problem problem = ((ModelValidationException) e.getCause()).problems().get(0);
    assertThat(problem.path()).isEqualTo("organisations[0].id");
    assertThat(problem.message()).contains("duplicate property 'id'");
    assertThat(problem.line()).hasValue(3);
  }

  @Test
  void notAModel_orNotJson_failsAsJacksonDoes() {
    assertThatThrownBy(() -> MAPPER.readValue("[1, 2]", IcsModel.class))
        .isInstanceOf(ValueInstantiationException.class).hasCauseInstanceOf(ModelValidationException.class);
    assertThatThrownBy(() -> MAPPER.readValue("{\"name\": ", IcsModel.class))
        .isInstanceOfAny(StreamReadException.class, MismatchedInputException.class);
    assertThatThrownBy(() -> MAPPER.readValue("{\"name\": nope}", IcsModel.class))
        .isInstanceOf(StreamReadException.class);
  }

  @Test
  void deepInputIsReadWithoutRecursion() {
    // under Jackson 3's default limit of 500 levels
    String deep = "[".repeat(400) + "]".repeat(400);
    ValueInstantiationException e = catchThrowableOfType(ValueInstantiationException.class,
        () -> MAPPER.readValue("{\"name\":\"x\",\"colour\":" + deep + "}", IcsModel.class));
    assertThat(((ModelValidationException) e.getCause()).problems()).extracting(Problem::path).contains("colour");
  }

  @Test
  void findAndRegisterModules_findsTheModule_once() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().addModule(new IcsJacksonModule()).build();
    assertThat(found.registeredModules()).filteredOn(m -> m instanceof IcsJacksonModule).hasSize(1);
    assertThat(new IcsJacksonModule().version().getArtifactId()).isEqualTo("ics-jackson3");
    assertThat(new IcsJacksonModule().version().isUnknownVersion()).isFalse();
  }
}
