package org.integratedcare.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelView;
import org.junit.jupiter.api.Test;

/** The "load a file in three lines" snippet of docs/model-format.md works as written. */
class ModelFilesDocsTest {
  private static final Path REPOSITORY = Path.of("..");

  @Test
  void threeLineSnippet_runsAsDocumented() throws Exception {
    String docs = Files.readString(REPOSITORY.resolve("docs/model-format.md"));
    assertThat(docs).contains(
        "IcsModel model = ModelFiles.read(Path.of(\"examples/exampleshire-ics.yaml\"));\n"
            + "ModelView today = model.on(LocalDate.of(2025, 6, 1));\n"
            + "today.postsOf(\"icb-board\").forEach(post -> System.out.println(post.title()));");

    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      // the snippet, with the path made relative to this module
      IcsModel model = ModelFiles.read(REPOSITORY.resolve(Path.of("examples/exampleshire-ics.yaml")));
      ModelView today = model.on(LocalDate.of(2025, 6, 1));
      today.postsOf("icb-board").forEach(post -> System.out.println(post.title()));
    } finally {
      System.setOut(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).contains("Chair", "Chief Executive",
        "Partner Member (local authorities)");
  }
}
