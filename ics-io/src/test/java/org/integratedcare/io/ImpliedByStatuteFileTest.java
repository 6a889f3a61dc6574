package org.integratedcare.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.junit.jupiter.api.Test;

/** The file-level switch {@code impliedByStatute}: links statute fixes are implied unless a file says not. */
class ImpliedByStatuteFileTest {

  private static final String ORGS = """
      organisations:
        - {id: nhs-england, name: NHS England, kind: nhs-england, from: 2022-07-01}
        - {id: icb, name: NHS Somewhere ICB, kind: integrated-care-board, from: 2022-07-01}
      """;

  @Test
  void noSetting_impliesLinks_andTheWriterLeavesItOut() {
    IcsModel model = ModelFiles.read(ORGS, ModelFormat.YAML);

    assertThat(model.impliedByStatute()).isTrue();
    assertThat(ModelFiles.write(model, ModelFormat.YAML)).doesNotContain("impliedByStatute");
  }

  @Test
  void impliedByStatuteFalse_isReadAndWrittenBack() {
    IcsModel model = ModelFiles.read("impliedByStatute: false\n" + ORGS, ModelFormat.YAML);

    assertThat(model.impliedByStatute()).isFalse();
    assertThat(model).isNotEqualTo(ModelFiles.read(ORGS, ModelFormat.YAML));
    String yaml = ModelFiles.write(model, ModelFormat.YAML);
    assertThat(yaml).contains("impliedByStatute: false");
    assertThat(ModelFiles.read(yaml, ModelFormat.YAML)).isEqualTo(model);
    assertThat(ModelFiles.read(ModelFiles.write(model, ModelFormat.JSON), ModelFormat.JSON)).isEqualTo(model);
  }

  @Test
  void impliedByStatuteNotABoolean_isAnErrorAtItsPath() {
    assertThatThrownBy(() -> ModelFiles.read("impliedByStatute: no\n" + ORGS, ModelFormat.YAML))
        .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.problems())
            .extracting(Problem::path).containsExactly("impliedByStatute"));
  }

  @Test
  void linkMarkedImplied_isNotAPropertyOfAFile() {
    assertThatThrownBy(() -> ModelFiles.read(ORGS + """
        accountabilityLinks:
          - {id: l, giver: icb, holder: nhs-england, direction: vertical, basis: statute,
             impliedByStatute: true, from: 2022-07-01}
        """, ModelFormat.YAML))
        .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.problems())
            .extracting(Problem::path).containsExactly("accountabilityLinks[0].impliedByStatute"));
  }
}
