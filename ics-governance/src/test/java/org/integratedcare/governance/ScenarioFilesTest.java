package org.integratedcare.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.integratedcare.core.IcsModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenario model files themselves: each is a valid model and opens with a comment a domain
 * expert can review, stating the scenario, its legal or guidance basis with a public source a reader can
 * open, and its expected answers, and naming the nested test class that asserts those answers.
 */
class ScenarioFilesTest {
  private static final Pattern TEST_REFERENCE = Pattern.compile("\\b(\\w+Test)\\.(\\w+)");

  /**
   * Marks of a citation a reader can open: a legislation.gov.uk or NHS England address, the title of an
   * NHS England publication, or the author of a published article.
   */
  private static final List<String> PUBLIC_SOURCES = List.of("https://www.legislation.gov.uk/",
      "https://www.england.nhs.uk/", "Arrangements for delegation and joint exercise of statutory functions",
      "NHS Oversight Framework", "Mills & Reeve", "NHS Providers", "Browne Jacobson", "Matthew Taylor",
      "Peter Allanson", "Michael West", "Niall Dickson");

  static Stream<String> scenarioFiles() throws IOException, URISyntaxException {
    URL folder = Scenarios.class.getResource(Scenarios.FOLDER);
    assertThat(folder).as("scenario folder on the test classpath").isNotNull();
    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("scenarioFiles")
  void scenarioFile_isAValidModel(String file) {
    IcsModel model = Scenarios.load(file);

    assertThat(model.name()).hasValueSatisfying(name -> assertThat(name).isNotBlank());
    assertThat(model.organisations()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("scenarioFiles")
  void scenarioFile_opensWithScenarioBasisAndExpectedAnswers(String file) throws IOException {
    List<String> comment = openingComment(file);

    assertThat(comment).as("opening comment of %s", file).isNotEmpty();
    assertThat(comment.get(0)).startsWith("# Scenario: ");
    assertThat(comment).anySatisfy(line -> assertThat(line).startsWith("# Basis: "));
    assertThat(prose(comment)).as("opening comment of %s", file).doesNotContain("§")
        .doesNotContainPattern("(?i)domain\\s+reference");
    assertThat(PUBLIC_SOURCES).as("public sources cited by %s", file)
        .anySatisfy(source -> assertThat(prose(comment)).contains(source));
    assertThat(comment).anySatisfy(line -> assertThat(line).startsWith("# Expected answer"));
  }

  @ParameterizedTest
  @MethodSource("scenarioFiles")
  void scenarioFile_namesTheTestsThatAssertItsAnswers(String file) throws IOException {
    Matcher m = TEST_REFERENCE.matcher(prose(openingComment(file)));
    List<String> nested = new ArrayList<>();
    while (m.find()) {
      nested.add(m.group(1) + "$" + m.group(2));
    }

    assertThat(nested).as("tests named by %s", file).isNotEmpty();
    for (String name : nested) {
      assertThat(TEST_PACKAGES.stream().filter(p -> exists(p + "." + name)).toList())
          .as("%s names %s, a nested test class in one of %s", file, name, TEST_PACKAGES).hasSize(1);
    }
  }

  private static final List<String> TEST_PACKAGES = List.of("org.integratedcare.governance",
      "org.integratedcare.governance.authority", "org.integratedcare.governance.accountability",
      "org.integratedcare.governance.rules", "org.integratedcare.governance.rules.england",
      "org.integratedcare.governance.migration");

  private static boolean exists(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** The comment as running text: the {@code #} markers dropped and the lines joined by spaces. */
  private static String prose(List<String> comment) {
    return String.join(" ", comment.stream().map(line -> line.replaceFirst("^#\\s*", "")).toList());
  }

  private static List<String> openingComment(String file) throws IOException {
    Path path = Path.of("src/test/resources", Scenarios.class.getPackageName().replace('.', '/'), Scenarios.FOLDER,
        file);
    List<String> comment = new ArrayList<>();
    for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
      if (!line.startsWith("#")) {
        break;
      }
      comment.add(line);
    }
    return comment;
  }
}
