package app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Surefire runs this patched into the module 'app', with the library on the module path. */
class MainTest {

  @Test
  void runsOnTheModulePathWithoutJackson() {
    assertEquals("app", Main.class.getModule().getName());
    for (String module : List.of("org.integratedcare.json", "org.integratedcare.io", "org.integratedcare.governance",
        "org.integratedcare.metrics")) {
      assertTrue(ModuleLayer.boot().findModule(module).isPresent(), module);
    }
    assertTrue(ModuleLayer.boot().modules().stream().noneMatch(m -> m.getName().contains("jackson")),
        () -> "a Jackson module is on the module path: " + ModuleLayer.boot().modules());
  }

  @Test
  void answersTheQuestions() {
    // the bundled example, passed in by the build as -Dics.example
    Main.Answers answers = Main.ask(Path.of(System.getProperty("ics.example")));

    assertTrue(answers.over().sentence().contains("above the £2,000,000 limit of the delegation 'del-board-north-place'"));
    assertTrue(outcome("no-authority").matcher(answers.overJson()).find(), answers.overJson());
    assertTrue(outcome("binding").matcher(answers.withinJson()).find(), answers.withinJson());
    assertTrue(answers.termini().containsAll(List.of("parliament", "exampleshire-communities")));
    assertFalse(answers.rules().findings().isEmpty());
    assertFalse(answers.rules().hasErrors());
    assertTrue(answers.rulesJson().contains("\"rulesRun\""), answers.rulesJson());
    assertTrue(Pattern.compile("\"date\"\\s*:\\s*\"2025-06-01\"").matcher(answers.metricsJson()).find(), answers.metricsJson());
  }

  private static Pattern outcome(String value) {
    return Pattern.compile("\"outcome\"\\s*:\\s*\"" + value + "\"");
  }
}
