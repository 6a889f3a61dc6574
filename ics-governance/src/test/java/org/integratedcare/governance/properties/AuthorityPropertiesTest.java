package org.integratedcare.governance.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.governance.authority.AuthorityQuery;
import org.integratedcare.governance.authority.DecisionAuthority;
import org.integratedcare.governance.authority.Verdict;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.io.ModelFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of reading and of decision authority over random valid models ({@link RandomSystems}),
 * each checked for 40 fixed seeds, so a failure names its seed and always reproduces.
 */
class AuthorityPropertiesTest {
  private static final LocalDate[] DATES = {LocalDate.of(2022, 7, 1), LocalDate.of(2024, 1, 1),
      LocalDate.of(2026, 6, 30)};

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  /** Every question the model can be asked: each decider, function of the holder, date. */
  private static List<AuthorityQuery> questions(RandomSystems s) {
    List<AuthorityQuery> out = new ArrayList<>();
    for (String decider : s.deciders()) {
      for (StatutoryFunction f : s.functions) {
        for (LocalDate date : DATES) {
          out.add(AuthorityQuery.of(decider, f.id(), date, f.holder()));
        }
      }
    }
    return out;
  }

  private static List<Verdict> answers(DecisionAuthority authority, List<AuthorityQuery> questions) {
    List<Verdict> out = new ArrayList<>();
    for (AuthorityQuery q : questions) {
      out.add(authority.decide(q).verdicts().get(0));
    }
    return out;
  }

  /** The properties are not vacuous: the seeds give binding and refused answers, through delegations. */
  @org.junit.jupiter.api.Test
  void theGeneratedModels_giveBothAnswers() {
    int binding = 0;
    int refused = 0;
    int throughDelegation = 0;
    for (long seed : seeds().toArray()) {
      RandomSystems s = RandomSystems.generate(seed);
      for (Verdict v : answers(DecisionAuthority.of(s.model()), questions(s))) {
        if (v.isBinding()) {
          binding++;
          if (v.grants().stream().anyMatch(g -> g.delegation().isPresent())) {
            throughDelegation++;
          }
        } else {
          refused++;
        }
      }
    }
    assertThat(binding).isGreaterThan(100);
    assertThat(refused).isGreaterThan(100);
    assertThat(throughDelegation).isGreaterThan(20);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writingThenReading_givesTheSameModel(long seed) {
    IcsModel model = RandomSystems.generate(seed).model();
    for (ModelFormat format : ModelFormat.values()) {
      String text = ModelFiles.write(model, format);
      IcsModel back = ModelFiles.read(text, format);
      assertThat(back).as("%s", format).isEqualTo(model);
      assertThat(ModelFiles.write(back, format)).isEqualTo(text);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyQuestion_isAnsweredAndTheSearchVisitsEachNodeAtMostOnce(long seed) {
    RandomSystems s = RandomSystems.generate(seed);
    DecisionAuthority authority = DecisionAuthority.of(s.model());
    List<AuthorityQuery> questions = questions(s);
    List<Verdict> verdicts = answers(authority, questions);
    assertThat(verdicts).hasSameSizeAs(questions).allSatisfy(v -> assertThat(v.sentence()).isNotBlank());
    for (Verdict v : verdicts) {
      // a path of grants never repeats a delegation and is no longer than the records behind it
      List<String> used = v.grants().stream().flatMap(g -> g.delegation().stream()).toList();
      assertThat(used).doesNotHaveDuplicates();
      assertThat(v.grants().size()).isLessThanOrEqualTo(s.delegations.size() + s.bodies.size() + 1);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void removingADelegation_neverAddsAuthority(long seed) {
    RandomSystems s = RandomSystems.generate(seed);
    List<AuthorityQuery> questions = questions(s);
    List<Verdict> before = answers(DecisionAuthority.of(s.model()), questions);
    for (Delegation removed : s.delegations) {
      List<Verdict> after = answers(DecisionAuthority.of(s.model(d -> d.equals(removed))), questions);
      for (int i = 0; i < questions.size(); i++) {
        if (after.get(i).isBinding()) {
          assertThat(before.get(i).isBinding()).as("without %s, %s", removed.id(), questions.get(i)).isTrue();
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void addingAnUnrelatedRecord_neverChangesAnAnswer(long seed) {
    RandomSystems s = RandomSystems.generate(seed);
    List<AuthorityQuery> questions = questions(s);
    IcsModel model = s.model();
    IcsModel more = model.toBuilder()
        .add(Organisation.of("elsewhere", OrganisationKind.NHS_TRUST, "Elsewhere Trust", DateRange.from(RandomSystems.START)))
        .add(Body.builder().id("elsewhere-board").name("Elsewhere Board").kind(BodyKind.UNITARY_BOARD)
            .addOrganisations("elsewhere").period(DateRange.from(RandomSystems.START)).build())
        .add(StatutoryFunction.builder().id("elsewhere-fn").name("Function 0").holder("elsewhere")
            .period(DateRange.from(RandomSystems.START)).build())
        .build();
    assertThat(answers(DecisionAuthority.of(more), questions))
        .isEqualTo(answers(DecisionAuthority.of(model), questions));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sixteenThreads_giveTheSingleThreadedAnswers(long seed) throws Exception {
    RandomSystems s = RandomSystems.generate(seed);
    DecisionAuthority authority = DecisionAuthority.of(s.model());
    List<AuthorityQuery> questions = questions(s);
    List<Verdict> alone = answers(authority, questions);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<List<Verdict>>> runs = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        Callable<List<Verdict>> task = () -> answers(authority, questions);
        runs.add(pool.submit(task));
      }
      for (Future<List<Verdict>> run : runs) {
        assertThat(run.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
