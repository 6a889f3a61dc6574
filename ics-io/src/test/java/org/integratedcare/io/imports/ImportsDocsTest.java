package org.integratedcare.io.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.integratedcare.core.IcsModel;
import org.integratedcare.io.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java snippet of docs/imports.md works as written. */
class ImportsDocsTest {
  private static final Path REPOSITORY = Path.of("..");

  @Test
  void javaSnippet_runsAsDocumented(@TempDir Path dir) throws Exception {
    String docs = Files.readString(REPOSITORY.resolve("docs/imports.md"));
    assertThat(docs).contains("""
        IcsModel model = ModelFiles.read(Path.of("examples/exampleshire-ics.yaml"));
        Imports imports = Imports.standard();
        ImportResult result = imports.registerOfInterests(model,
            imports.readFile(Path.of("examples/exampleshire-interests.csv")), "exampleshire-interests.csv");
        System.out.print(result.summary());
        ModelFiles.write(result.model(), Path.of("merged.yaml"));
        String csv = Imports.exportSchemeOfDelegation(result.model());
        """);

    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    String csv;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      // the snippet, with the paths made relative to this module and the output in a temporary directory
      IcsModel model = ModelFiles.read(REPOSITORY.resolve(Path.of("examples/exampleshire-ics.yaml")));
      Imports imports = Imports.standard();
      ImportResult result = imports.registerOfInterests(model,
          imports.readFile(REPOSITORY.resolve(Path.of("examples/exampleshire-interests.csv"))), "exampleshire-interests.csv");
      System.out.print(result.summary());
      ModelFiles.write(result.model(), dir.resolve(Path.of("merged.yaml")));
      csv = Imports.exportSchemeOfDelegation(result.model());
    } finally {
      System.setOut(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo("0 added, 0 changed, 4 unchanged, 0 not placed\n");
    assertThat(ModelFiles.read(dir.resolve("merged.yaml"))).isEqualTo(ModelFiles.read(
        REPOSITORY.resolve("examples/exampleshire-ics.yaml")));
    assertThat(csv).startsWith("id,delegator,delegate,functions,");
  }
}
