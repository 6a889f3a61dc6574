package app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void runsOnTheModulePath() {
    assertEquals("app", Main.class.getModule().getName());
    assertTrue(ModuleLayer.boot().findModule("org.integratedcare.governance").isPresent());
    assertTrue(ModuleLayer.boot().findModule("org.integratedcare.metrics").isPresent());
  }

  @Test
  void answersTheQuestions() {
    Main.Answers answers = Main.ask(Path.of(System.getProperty("ics.example")));

    assertFalse(answers.over().bindsAll());
    assertTrue(answers.over().sentence().contains("above the £2,000,000 limit of the delegation 'del-board-north-place'"));
    assertTrue(answers.within().bindsAll());
    assertTrue(answers.termini().containsAll(java.util.List.of("parliament", "exampleshire-communities")));
    assertFalse(answers.rules().findings().isEmpty());
    assertFalse(answers.rules().hasErrors());
    assertTrue(answers.rulesJson().contains("\"rulesRun\""));
    assertTrue(answers.metricsJson().contains("\"date\" : \"2025-06-01\""), answers.metricsJson());
  }
}
