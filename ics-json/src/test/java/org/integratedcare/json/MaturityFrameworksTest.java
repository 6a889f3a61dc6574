package org.integratedcare.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.integratedcare.metrics.maturity.Evidence;
import org.integratedcare.metrics.maturity.MaturityAssessment;
import org.integratedcare.metrics.maturity.MaturityFramework;
import org.integratedcare.metrics.maturity.ModelSignal;
import org.integratedcare.metrics.maturity.ModelSignalRule;
import org.junit.jupiter.api.Test;

/** Maturity frameworks kept as JSON files. */
class MaturityFrameworksTest {

  @Test
  void userFramework_isReadFromJson() {
    MaturityFramework f = MaturityFrameworks.parse("""
        {"id": "mine", "name": "Mine", "source": "Our board",
         "stages": [{"id": "low", "name": "Low"}, {"id": "high", "name": "High"}],
         "themes": [{"id": "trust", "name": "Trust", "description": "Partners trust each other"}],
         "modelSignals": [{"signal": "joint-posts", "theme": "trust", "stageFrom": "high", "stageTo": "high", "weight": 2}]}
        """);

    assertThat(f.stageIndex("high")).hasValue(1);
    assertThat(f.modelSignalRules()).containsExactly(new ModelSignalRule(ModelSignal.JOINT_POSTS, "trust", "high", "high", 2));
    assertThat(MaturityAssessment.assess(f, List.of(Evidence.of("trust", "low", 1, "s", "d"))).theme("trust").stage())
        .hasValue("low");
  }

  @Test
  void badFrameworkFile_reportsEveryProblemWithItsPath() {
    assertThatThrownBy(() -> MaturityFrameworks.parse("""
        {"id": "bad", "name": "Bad", "source": "x", "colour": "red",
         "stages": [{"id": "a", "name": "A"}, {"id": "a", "name": "A again"}],
         "themes": [{"id": "t", "name": "T"}],
         "modelSignals": [{"signal": "telepathy", "theme": "t", "stageFrom": "a", "stageTo": "z", "weight": -1}]}
        """))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("colour: unknown property")
        .hasMessageContaining("stages[1].id: stage id 'a' is used twice")
        .hasMessageContaining("themes[0].description: required text is missing or blank")
        .hasMessageContaining("modelSignals[0].signal: unknown model signal 'telepathy'")
        .hasMessageContaining("modelSignals[0].weight: must be a positive number");
    assertThatThrownBy(() -> MaturityFrameworks.parse("{\"name\": \"No id\", \"source\": \"x\", \"themes\": []}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id: required text is missing or blank")
        .hasMessageContaining("stages: must be an array")
        .hasMessageContaining("themes: at least one theme is needed");
    assertThatThrownBy(() -> MaturityFrameworks.parse("{not json"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid JSON");
  }
}
