package org.integratedcare.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.junit.jupiter.api.Test;

/**
 * Every problem of a file is reported in one reading: a malformed value does not hide a duplicate
 * id, a self-reference does not hide a longer cycle, and a reference of the wrong kind is reported
 * beside them, each at its path in the file.
 */
class AllProblemsAtOnceTest {

  private static final String FILE = """
      organisations:
        - id: a
          name: Org A
          kind: nhs-trust
          odsCode: "not a code!"
          from: 2022-07-01
        - id: b
          name: Org B
          kind: nhs-trust
          partOf: c
          from: 2022-07-01
        - id: c
          name: Org C
          kind: nhs-trust
          partOf: b
          from: 2022-07-01
        - id: b
          name: Org B again
          kind: nhs-trust
          from: 2022-07-01
        - id: d
          name: Org D
          kind: nhs-trust
          partOf: d
          from: 2022-07-01
      bodies:
        - id: board
          name: Board
          kind: unitary-board
          organisations: [a, b]
          parent: board
          from: 2022-07-01
        - id: committee
          name: Committee
          kind: committee
          organisations: [b]
          parent: c
          from: 2022-07-01
      """;

  @Test
  void malformedValues_selfReferences_duplicates_cyclesAndWrongKinds_allInOneReading() {
    assertThatThrownBy(() -> ModelFiles.read(FILE, ModelFormat.YAML))
        .isInstanceOfSatisfying(ModelValidationException.class, e -> {
          assertThat(e.problems()).extracting(Problem::path).contains(
              "organisations[0].odsCode",   // malformed
              "organisations[4]",           // part of itself
              "bodies[0]",                  // its own parent
              "organisations[3].id",        // duplicate, found beside the malformed values
              "bodies[1].parent");          // names an organisation, not a body
          assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).isEqualTo("'b' is part of itself through b -> c -> b"));
          assertThat(e.problems()).anySatisfy(p -> assertThat(p.message())
              .isEqualTo("id 'b' is already used by organisations[1]; ids must be unique across the model"));
          // the records that could not be read are not reported again as missing
          assertThat(e.problems()).noneSatisfy(p -> assertThat(p.message())
              .contains("'board' should be").contains("no record with that id"));
        });
  }
}
