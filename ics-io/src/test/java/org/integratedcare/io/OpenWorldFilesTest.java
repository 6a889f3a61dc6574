package org.integratedcare.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.integratedcare.core.Completeness;
import org.integratedcare.core.Completeness.Aspect;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.integratedcare.core.time.DatePrecision;
import org.junit.jupiter.api.Test;

/**
 * What a file says about what it does not know: partial dates, declarations of completeness, and
 * file-level defaults for {@code from} and {@code sources}.
 */
class OpenWorldFilesTest {

  private static final String ORGS = """
      organisations:
        - id: nhs-england
          name: NHS England
          kind: nhs-england
          from: 2013
        - id: icb
          name: NHS Somewhere ICB
          kind: integrated-care-board
          from: "2022-07"
      bodies:
        - id: board
          name: Board
          kind: unitary-board
          organisations: [icb]
          from: 2022-07-01
      """;

  @Test
  void partialDates_readAndWrittenAsGiven() {
    IcsModel model = ModelFiles.read(ORGS, ModelFormat.YAML);

    assertThat(model.organisation("nhs-england").orElseThrow().period().startPrecision()).isEqualTo(DatePrecision.YEAR);
    assertThat(model.organisation("icb").orElseThrow().period().describe()).isEqualTo("from July 2022");
    String written = ModelFiles.write(model, ModelFormat.YAML);
    assertThat(written).contains("from: \"2013\"").contains("from: 2022-07\n");
    assertThat(ModelFiles.read(written, ModelFormat.YAML)).isEqualTo(model);
    assertThat(ModelFiles.read(ModelFiles.write(model, ModelFormat.JSON), ModelFormat.JSON)).isEqualTo(model);
  }

  @Test
  void noDeclaration_isTheOpenWorld() {
    IcsModel model = ModelFiles.read(ORGS, ModelFormat.YAML);

    assertThat(model.completeness()).isEmpty();
    assertThat(model.isComplete(Aspect.APPOINTMENTS, "board")).isFalse();
  }

  @Test
  void completeAll_closesTheWorld() {
    IcsModel model = ModelFiles.read("complete: all\n" + ORGS, ModelFormat.YAML);

    assertThat(model.completeness()).containsExactly(Completeness.everything());
    assertThat(model.isComplete(Aspect.DELEGATIONS, "anything")).isTrue();
    assertThat(ModelFiles.write(model, ModelFormat.YAML)).contains("complete: all");
  }

  @Test
  void completeForSomeRecords_coversOnlyThem() {
    IcsModel model = ModelFiles.read("""
        complete:
          - aspects: [posts, appointments]
            of: [board]
          - aspects: [delegations]
        """ + ORGS, ModelFormat.YAML);

    assertThat(model.isComplete(Aspect.POSTS, "post-x", "board")).isTrue();
    assertThat(model.isComplete(Aspect.POSTS, "icb")).isFalse();
    assertThat(model.isComplete(Aspect.DELEGATIONS, "icb")).isTrue();
    assertThat(model.completeness().get(0)).isEqualTo(
        Completeness.forRecords(Set.of(Aspect.APPOINTMENTS, Aspect.POSTS), Set.of("board")));
    assertThat(ModelFiles.read(ModelFiles.write(model, ModelFormat.YAML), ModelFormat.YAML)).isEqualTo(model);
  }

  @Test
  void badDeclarations_everyProblemAtOnce() {
    assertThatThrownBy(() -> ModelFiles.read("""
        complete:
          - aspects: [apointments]
            of: [board, nobody]
          - of: [board]
        """ + ORGS, ModelFormat.YAML))
        .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.problems())
            .extracting(Problem::path, Problem::message)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("complete[0].aspects[0]", "unknown aspect 'apointments'"
                    + " (did you mean 'appointments'?); expected one of posts, appointments, members, delegations,"
                    + " declarations, all"),
                org.assertj.core.groups.Tuple.tuple("complete[1].aspects",
                    "name at least one aspect declared complete, such as appointments")));
    assertThatThrownBy(() -> ModelFiles.read("""
        complete:
          - aspects: [posts]
            of: [board, nobody]
        """ + ORGS, ModelFormat.YAML))
        .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.problems())
            .extracting(Problem::path, Problem::message)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("complete[0].of[1]",
                "'nobody' is declared complete, but there is no record with that id")));
  }

  @Test
  void defaults_fillFromAndSourcesOfRecordsThatGiveNone() {
    IcsModel model = ModelFiles.read("""
        defaults:
          from: 2022-07-01
          sources:
            - document: NHS Somewhere ICB constitution
              url: https://example.org/constitution.pdf
        organisations:
          - id: icb
            name: NHS Somewhere ICB
            kind: integrated-care-board
          - id: council
            name: Somewhere Council
            kind: unitary-authority
            from: 2009-04
            sources:
              - document: Council website
        """, ModelFormat.YAML);

    assertThat(model.organisation("icb").orElseThrow().period().startText()).isEqualTo("2022-07-01");
    assertThat(model.organisation("icb").orElseThrow().sources()).singleElement()
        .satisfies(s -> assertThat(s.document()).isEqualTo("NHS Somewhere ICB constitution"));
    assertThat(model.organisation("council").orElseThrow().period().startText()).isEqualTo("2009-04");
    assertThat(model.organisation("council").orElseThrow().sources()).singleElement()
        .satisfies(s -> assertThat(s.document()).isEqualTo("Council website"));
  }

  @Test
  void badPartialDate_saysWhatIsAccepted() {
    assertThatThrownBy(() -> ModelFiles.read("""
        organisations:
          - id: icb
            name: NHS Somewhere ICB
            kind: integrated-care-board
            from: May 2023
        """, ModelFormat.YAML))
        .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.problems())
            .extracting(Problem::message).containsExactly("'May 2023' is not a date: write it as YYYY-MM-DD,"
                + " such as 2022-07-01, or as a month (2023-05) or a year (2017) where the source gives no more"));
  }

  // What real constitutions hold: a CCG predecessor, a London borough, a place member's seat naming
  // its place, a deputy chief executive.
  @Test
  void realArrangements_readAndWrittenBack() {
    String file = """
        organisations:
          - id: ccg
            name: NHS Somewhere CCG
            kind: clinical-commissioning-group
            from: 2013-04-01
            to: 2022-06-30
          - id: icb
            name: NHS Somewhere ICB
            kind: integrated-care-board
            from: 2022-07-01
          - id: borough
            name: London Borough of Somewhere
            kind: london-borough
            from: 1965
        structures:
          - id: place-a
            kind: place
            name: Somewhere place
            icb: icb
            from: 2022-07-01
        bodies:
          - id: board
            name: Board
            kind: unitary-board
            organisations: [icb]
            from: 2022-07-01
        posts:
          - id: post-place
            body: board
            title: Place member (Somewhere)
            role: place-member
            place: place-a
            from: 2022-07-01
          - id: post-dce
            body: board
            title: Chief finance officer and deputy chief executive
            role: director-of-finance
            from: 2022-07-01
        people:
          - id: p1
            name: A. Person
        appointments:
          - id: a1
            post: post-dce
            person: p1
            designations: [deputy-chief-executive]
            from: 2022-07-01
        """;
    IcsModel model = ModelFiles.read(file, ModelFormat.YAML);

    assertThat(model.post("post-place").orElseThrow().place()).contains("place-a");
    assertThat(ModelFiles.read(ModelFiles.write(model, ModelFormat.YAML), ModelFormat.YAML)).isEqualTo(model);
    assertThatThrownBy(() -> ModelFiles.read(file.replace("place: place-a", "place: board"), ModelFormat.YAML))
        .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.problems())
            .extracting(Problem::path).containsExactly("posts[0].place"));
  }
}
