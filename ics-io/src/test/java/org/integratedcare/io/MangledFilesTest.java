package org.integratedcare.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.integratedcare.core.ModelValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever is done to a model file, reading it gives a model or a {@link ModelValidationException}
 * with at least one located problem: never a null pointer, a class cast or a raw parser exception.
 * Mutations are drawn from fixed seeds, so a failure reproduces.
 */
class MangledFilesTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
  void mangledExample_givesAModelOrProblems(long seed) throws Exception {
    Random random = new Random(seed);
    String yaml = Files.readString(ExampleFileTest.EXAMPLE);
    String json = ModelFiles.write(ModelFiles.read(ExampleFileTest.EXAMPLE), ModelFormat.JSON);
    for (int i = 0; i < 40; i++) {
      check(mangle(yaml, random), ModelFormat.YAML);
      check(mangle(json, random), ModelFormat.JSON);
    }
  }

  private static void check(String text, ModelFormat format) {
    Throwable t = catchThrowable(() -> ModelFiles.read(text, format));
    if (t != null) {
      assertThat(t).as("reading a mangled %s file", format).isInstanceOf(ModelValidationException.class);
      assertThat(((ModelValidationException) t).problems()).isNotEmpty()
          .allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }
  }

  private static String mangle(String text, Random random) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    int at = random.nextInt(lines.size());
    switch (random.nextInt(6)) {
      case 0 -> lines.remove(at);
      case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
      case 2 -> lines.set(at, lines.get(at).replaceFirst("[a-z]", "x"));
      case 3 -> lines.set(at, lines.get(at).replaceFirst(": .*", ": 12"));
      case 4 -> lines.set(at, lines.get(at).replaceFirst("\\d{4}-\\d\\d-\\d\\d", "2030-13-40"));
      default -> {
        return text.substring(0, random.nextInt(text.length()));
      }
    }
    return String.join("\n", lines) + "\n";
  }
}
