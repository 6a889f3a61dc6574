package org.integratedcare.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.MechanismKind;
import org.integratedcare.core.StructureKind;
import org.junit.jupiter.api.Test;

class ExampleFileTest {
  static final Path EXAMPLE = Path.of("..", "examples", "exampleshire-ics.yaml");

  @Test
  void example_loads() {
    IcsModel model = ModelFiles.read(EXAMPLE);
    assertThat(model.name()).contains("Exampleshire integrated care system (illustrative)");
    System.out.println(ModelFiles.write(model, ModelFormat.YAML).substring(0, 3000));
  }
}
