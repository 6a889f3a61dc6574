package org.integratedcare.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Capacity;
import org.junit.jupiter.api.Test;

/**
 * Who presided at a meeting ({@code meetings[].chairedBy}) and in what capacity a post is held
 * ({@code appointments[].capacity}): both optional, and left out when not recorded.
 */
class PresidingAndCapacityFilesTest {

  private static final String BOARD = """
      organisations:
        - {id: icb, name: NHS Somewhere ICB, kind: integrated-care-board, from: 2022-07-01}
      bodies:
        - {id: board, name: Board, kind: unitary-board, organisations: [icb], from: 2022-07-01}
      posts:
        - {id: chair, body: board, title: Chair, role: chair, from: 2022-07-01}
        - {id: ned, body: board, title: Non-executive Member, role: non-executive, from: 2022-07-01}
      people:
        - {id: ann, name: Ann Archer}
        - {id: bob, name: Bob Brown}
      """;

  @Test
  void chairedByAndCapacity_areReadWrittenAndReadBack() {
    IcsModel model = ModelFiles.read(BOARD + """
        appointments:
          - {id: ap-ned, post: ned, person: ann, designations: [deputy-chair], from: 2022-07-01}
          - {id: ap-acting, post: chair, person: ann, capacity: acting, from: 2025-01-01, to: 2025-03-31}
          - {id: ap-interim, post: chair, person: bob, capacity: interim, appointedBy: icb, from: 2025-04-01}
        meetings:
          - {id: m1, body: board, date: 2025-02-05, chairedBy: ann}
          - {id: m2, body: board, date: 2025-05-07}
        """, ModelFormat.YAML);

    assertThat(model.find("ap-acting", Appointment.class).orElseThrow().capacity()).contains(Capacity.ACTING);
    assertThat(model.find("ap-acting", Appointment.class).orElseThrow().isActing()).isTrue();
    assertThat(model.find("ap-interim", Appointment.class).orElseThrow().capacity()).contains(Capacity.INTERIM);
    assertThat(model.find("ap-ned", Appointment.class).orElseThrow().capacity()).as("not recorded").isEmpty();
    assertThat(model.meetings().get(0).chairedBy()).contains("ann");
    assertThat(model.meetings().get(1).chairedBy()).as("not recorded").isEmpty();

    String yaml = ModelFiles.write(model, ModelFormat.YAML);
    assertThat(yaml).contains("capacity: acting").contains("capacity: interim").contains("chairedBy: ann");
    assertThat(ModelFiles.read(yaml, ModelFormat.YAML)).isEqualTo(model);
    assertThat(ModelFiles.read(ModelFiles.write(model, ModelFormat.JSON), ModelFormat.JSON)).isEqualTo(model);
  }

  @Test
  void badCapacityAndChairedBy_everyProblemAtOnce_withTheirPaths() {
    assertThatThrownBy(() -> ModelFiles.read(BOARD + """
        appointments:
          - {id: ap-chair, post: chair, person: ann, capacity: temporary, from: 2022-07-01}
        meetings:
          - {id: m1, body: board, date: 2025-02-05, chairedBy: nobody}
          - id: m2
            body: board
            date: 2025-03-05
            chairedBy: bob
            attendance:
              - {person: bob, kind: apologies}
        """, ModelFormat.YAML))
        .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.problems())
            .extracting(Problem::path)
            .containsExactlyInAnyOrder("appointments[0].capacity", "meetings[0].chairedBy", "meetings[1].chairedBy")
            .as("every problem is said in plain words")
            .isNotEmpty());
    assertThatThrownBy(() -> ModelFiles.read(BOARD + """
        appointments:
          - {id: ap-chair, post: chair, person: ann, capacity: temporary, from: 2022-07-01}
        """, ModelFormat.YAML))
        .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.problems())
            .extracting(Problem::message).singleElement().asString()
            .contains("temporary").contains("substantive, interim, acting"));
  }
}
