package org.integratedcare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's Spring Boot section shows the code the consumer apps under {@code integration-tests}
 * run: the same dependencies and the same module bean. If this test fails, the README and the apps
 * have drifted apart.
 */
class ReadmeSpringBootTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void theModuleBeansOfTheReadme_areTheConsumerAppsBeans() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String boot3 = Files.readString(ROOT.resolve("integration-tests/src/it/spring-boot-3/src/main/java/app/ConsumerApplication.java"));
    String boot4 = Files.readString(ROOT.resolve("integration-tests/src/it/spring-boot-4/src/main/java/app/ConsumerApplication.java"));

    assertThat(readme).contains("@Bean Module icsJacksonModule() { return new IcsJacksonModule(); }")
        .contains("@Bean JacksonModule icsJacksonModule() { return new IcsJacksonModule(); }");
    assertThat(squash(boot3)).contains("@Bean Module icsJacksonModule() { return new IcsJacksonModule(); }")
        .contains("import org.integratedcare.jackson2.IcsJacksonModule;")
        .contains("import com.fasterxml.jackson.databind.Module;");
    assertThat(squash(boot4)).contains("@Bean JacksonModule icsJacksonModule() { return new IcsJacksonModule(); }")
        .contains("import org.integratedcare.jackson3.IcsJacksonModule;")
        .contains("import tools.jackson.databind.JacksonModule;");
  }

  @Test
  void theDependenciesOfTheReadme_areTheConsumerAppsDependencies() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    for (String app : List.of("spring-boot-3", "spring-boot-4")) {
      String pom = Files.readString(ROOT.resolve("integration-tests/src/it/" + app + "/pom.xml"));
      String adapter = app.endsWith("3") ? "ics-jackson2" : "ics-jackson3";
      assertThat(pom).contains("<artifactId>" + adapter + "</artifactId>").contains("<artifactId>ics-bom</artifactId>");
      assertThat(readme).contains("<artifactId>" + adapter + "</artifactId>");
    }
  }

  /** The source with comments dropped and white space folded, so a bean over three lines reads as one. */
  private static String squash(String source) {
    return source.replaceAll("(?m)^\\s*/\\*\\*.*?\\*/\\s*$", "").replaceAll("\\s+", " ")
        .replace("@Bean JacksonModule", "@Bean JacksonModule").replace("{ return", "{ return");
  }
}
