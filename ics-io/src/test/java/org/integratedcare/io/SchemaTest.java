package org.integratedcare.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.core.accountability.AccountabilityBasis;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.change.ChangeKind;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.mechanism.MechanismKind;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.reference.EnglandReferenceData;
import org.integratedcare.core.structure.StructureKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema shipped with the library accepts the bundled files, rejects what the reader
 * rejects at the level of shape, and names exactly the properties and type names the reader knows.
 */
class SchemaTest {
  private static Schema schema;
  private static JsonNode schemaTree;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = ModelFiles.class.getResourceAsStream(ModelFiles.SCHEMA_RESOURCE)) {
      assertThat(in).as("schema resource").isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      schemaTree = JsonMapper.builder().build().readTree(text);
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
    }
  }

  private static List<String> errors(String text, InputFormat format) {
    List<String> out = new ArrayList<>();
    for (Error e : schema.validate(text, format)) {
      out.add(e.getInstanceLocation() + ": " + e.getMessage());
    }
    return out;
  }

  @Test
  void exampleYaml_isValid() throws IOException {
    String yaml = Files.readString(ExampleFileTest.EXAMPLE);
    assertThat(errors(yaml, InputFormat.YAML)).isEmpty();
  }

  @Test
  void exampleAsJson_isValid() {
    String json = ModelFiles.write(ModelFiles.read(ExampleFileTest.EXAMPLE), ModelFormat.JSON);
    assertThat(errors(json, InputFormat.JSON)).isEmpty();
  }

  @Test
  void referenceData_isValid() throws IOException {
    try (InputStream in = EnglandReferenceData.class.getResourceAsStream(EnglandReferenceData.RESOURCE)) {
      assertThat(errors(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.YAML)).isEmpty();
    }
  }

  @Test
  void everyRecordTypeAndKind_asWritten_isValid() {
    for (ModelFormat format : ModelFormat.values()) {
      String text = ModelFiles.write(RoundTripTest.everything(), format);
      assertThat(errors(text, format == ModelFormat.JSON ? InputFormat.JSON : InputFormat.YAML)).isEmpty();
    }
  }

  /** Onward delegation has no statutory default: a delegation may leave it unsaid. */
  @Test
  void schema_acceptsDelegationWithoutOnwardDelegationAndWithLimits() {
    assertThat(errors("{\"delegations\": [{\"id\": \"d\", \"delegator\": \"a\", \"delegate\": \"b\","
        + " \"functions\": [\"f\"], \"instrument\": \"scheme-of-delegation\", \"from\": \"2022-07-01\","
        + " \"limits\": [{\"category\": \"contract-award\", \"amount\": 500000}]}]}", InputFormat.JSON)).isEmpty();
  }

  @Test
  void schema_rejectsUnknownPropertiesKindsAndMissingFields() {
    assertThat(errors("{\"colour\": \"blue\"}", InputFormat.JSON)).isNotEmpty();
    assertThat(errors("{\"mechanisms\": [{\"id\": \"m\", \"kind\": \"joint-comittee\", \"name\": \"x\","
        + " \"from\": \"2022-07-01\"}]}", InputFormat.JSON)).isNotEmpty();
    assertThat(errors("{\"delegations\": [{\"id\": \"d\", \"delegator\": \"a\", \"delegate\": \"b\","
        + " \"functions\": [\"f\"], \"from\": \"2022-07-01\"}]}",
        InputFormat.JSON)).isNotEmpty();
    assertThat(errors("{\"delegations\": [{\"id\": \"d\", \"delegator\": \"a\", \"delegate\": \"b\","
        + " \"functions\": [\"f\"], \"instrument\": \"s65z5-delegation\", \"from\": \"2022-07-01\","
        + " \"limits\": [{\"category\": \"capitol\", \"amount\": 5}]}]}", InputFormat.JSON)).isNotEmpty();
    assertThat(errors("{\"organisations\": [{\"id\": \"o\", \"name\": \"O\", \"kind\": \"nhs-trust\","
        + " \"odsCode\": \"q-hg\", \"from\": \"2022-07-01\"}]}", InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void schema_namesExactlyThePropertiesTheReaderAccepts() {
    JsonNode defs = schemaTree.get("$defs");
    for (Map.Entry<String, List<String>> e : Vocabulary.OBJECTS.entrySet()) {
      List<JsonNode> targets = switch (e.getKey()) {
        case "model" -> List.of(schemaTree);
        case "datedCode" -> List.of(defs.get("datedOdsCode"), defs.get("datedGssCode"));
        default -> List.of(defs.get(e.getKey()));
      };
      for (JsonNode target : targets) {
        assertThat(target).as("schema definition %s", e.getKey()).isNotNull();
        assertThat(new TreeSet<>(target.get("properties").propertyNames()))
            .as("properties of %s", e.getKey()).isEqualTo(new TreeSet<>(e.getValue()));
      }
    }
    assertThat(defs.get("structure").get("oneOf")).hasSize(StructureKind.values().length);
    assertThat(defs.get("mechanism").get("oneOf")).hasSize(MechanismKind.values().length);
  }

  @Test
  void schema_namesExactlyTheTypeNamesOfTheModel() {
    JsonNode defs = schemaTree.get("$defs");
    assertEnum(defs.get("structure").get("properties").get("kind"), StructureKind.class, StructureKind::typeName);
    assertEnum(defs.get("mechanism").get("properties").get("kind"), MechanismKind.class, MechanismKind::typeName);
    assertEnum(defs.get("organisation").get("properties").get("kind"), OrganisationKind.class, OrganisationKind::typeName);
    assertEnum(defs.get("body").get("properties").get("kind"), BodyKind.class, BodyKind::typeName);
    assertEnum(defs.get("post").get("properties").get("role"), PostRole.class, PostRole::typeName);
    assertEnum(defs.get("delegation").get("properties").get("instrument"), DelegationInstrument.class,
        DelegationInstrument::typeName);
    assertEnum(defs.get("accountabilityLink").get("properties").get("direction"),
        AccountabilityDirection.class, AccountabilityDirection::typeName);
    assertEnum(defs.get("accountabilityLink").get("properties").get("basis"), AccountabilityBasis.class,
        AccountabilityBasis::typeName);
    assertEnum(defs.get("changeEvent").get("properties").get("kind"), ChangeKind.class, ChangeKind::typeName);
    assertEnum(defs.get("source").get("properties").get("status"), SourceStatus.class, Vocabulary::name);
  }

  private static <E extends Enum<E>> void assertEnum(JsonNode property, Class<E> type, Function<E, String> naming) {
    List<String> inSchema = new ArrayList<>();
    property.get("enum").forEach(n -> inSchema.add(n.asString()));
    assertThat(inSchema).as(type.getSimpleName()).containsExactlyElementsOf(Vocabulary.names(type, naming));
  }

  @Test
  void schema_isTheResourceTheDocsName() {
    assertThat(ModelFiles.SCHEMA_RESOURCE).endsWith("ics-model.schema.json");
    assertThat(Set.of(schemaTree.get("$schema").asString()))
        .containsExactly("https://json-schema.org/draft/2020-12/schema");
  }
}
