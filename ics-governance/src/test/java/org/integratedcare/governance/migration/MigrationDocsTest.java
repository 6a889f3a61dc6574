package org.integratedcare.governance.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.io.ModelFiles;
import org.junit.jupiter.api.Test;

/** The Java sample of the {@code ics migrate} section of docs/cli.md works as written. */
class MigrationDocsTest {
  private static final Path REPOSITORY = Path.of("..");

  @Test
  void javaSample_runsAsDocumented() throws Exception {
    String docs = Files.readString(REPOSITORY.resolve("docs/cli.md"));
    assertThat(docs).contains("IcsModel model = ModelFiles.read(Path.of(\"examples/exampleshire-ics.yaml\"));\n"
        + "MigrationResult result = Migration.of(model).assumingCarryOverWhereUnsaid(false).to(LocalDate.of(2026, 6, 1));\n"
        + "result.entries().forEach(e -> System.out.println(e.kind() + \" \" + e.record() + \": \" + e.sentence()));\n"
        + "IcsModel migrated = result.model();");

    // the sample, with the path made relative to this module
    IcsModel model = ModelFiles.read(REPOSITORY.resolve(Path.of("examples/exampleshire-ics.yaml")));
    MigrationResult result = Migration.of(model).assumingCarryOverWhereUnsaid(false).to(LocalDate.of(2026, 6, 1));
    result.entries().forEach(e -> System.out.println(e.kind() + " " + e.record() + ": " + e.sentence()));
    IcsModel migrated = result.model();

    assertThat(ModelFiles.read(ModelFiles.write(migrated, org.integratedcare.io.ModelFormat.YAML),
        org.integratedcare.io.ModelFormat.YAML)).isEqualTo(migrated);
  }
}
