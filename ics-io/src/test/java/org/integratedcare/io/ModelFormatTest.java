package org.integratedcare.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModelFormatTest {
  @Test
  void of_readsTheExtension_inAnyCase() {
    assertThat(ModelFormat.of(Path.of("a/model.yaml"))).isEqualTo(ModelFormat.YAML);
    assertThat(ModelFormat.of(Path.of("model.YML"))).isEqualTo(ModelFormat.YAML);
    assertThat(ModelFormat.of(Path.of("model.json"))).isEqualTo(ModelFormat.JSON);
    assertThat(ModelFormat.YAML.extensions()).containsExactly(".yaml", ".yml");
  }

  @Test
  void of_unknownExtension_rejected() {
    assertThatThrownBy(() -> ModelFormat.of(Path.of("model.xml")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model.xml");
  }
}
