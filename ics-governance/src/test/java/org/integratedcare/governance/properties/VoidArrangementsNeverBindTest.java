package org.integratedcare.governance.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.integratedcare.core.Completeness;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.governance.authority.AuthorityQuery;
import org.integratedcare.governance.authority.DecisionAuthority;
import org.integratedcare.governance.authority.Grant;
import org.integratedcare.governance.authority.Verdict;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;
import org.integratedcare.governance.rules.england.EnglandStatutoryPack;
import org.integratedcare.io.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One statement of the law for the rule pack and for decision authority: no arrangement that the
 * pack's {@code s65z5-parties} or {@code nhs-england-non-delegable-functions} reports as void (S.I.
 * 2022/642 reg 2, https://www.legislation.gov.uk/uksi/2022/642/regulation/2; NHS Act 2006 s.65Z5) is
 * ever on the path of a binding answer, over random models with NHS England functions (some whose
 * basis cites a section reg 2 excludes) and s.65Z5 arrangements with bodies the power does and does
 * not allow, and over the bundled example.
 */
class VoidArrangementsNeverBindTest {
  private static final LocalDate[] DATES = {LocalDate.of(2022, 7, 1), LocalDate.of(2024, 1, 1),
      LocalDate.of(2026, 6, 30)};
  private static final String[] BASES = {"NHS Act 2006 s.14Z59", "NHS Act 2006 s.14Z61", "NHS Act 2006 s.27B",
      "NHS Act 2006 s.33", "NHS Act 2006 s.83", "NHS Act 2006 s.3B", "Health and Social Care Act 2012 s.14Z59"};
  private static final OrganisationKind[] PARTNERS = {OrganisationKind.UNITARY_AUTHORITY,
      OrganisationKind.VCSE_ORGANISATION, OrganisationKind.INDEPENDENT_PROVIDER};
  private static final String VOID_PARTIES = EnglandStatutoryPack.ID + ".s65z5-parties";
  private static final String VOID_FUNCTION = EnglandStatutoryPack.ID + ".nhs-england-non-delegable-functions";

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  /** A random system, plus NHS England, some partners outside the NHS, and s.65Z5 arrangements. */
  static IcsModel model(long seed, boolean closedWorld) {
    RandomSystems s = RandomSystems.generate(seed);
    Random r = new Random(seed * 31 + 7);
    IcsModel.Builder b = s.model().toBuilder();
    b.add(Organisation.of("nhse", OrganisationKind.NHS_ENGLAND, "NHS England", DateRange.from(RandomSystems.START)));
    List<String> targets = new ArrayList<>(s.deciders());
    for (int p = 0; p < PARTNERS.length; p++) {
      b.add(Organisation.of("partner-" + p, PARTNERS[p], "Partner " + p, DateRange.from(RandomSystems.START)));
      targets.add("partner-" + p);
    }
    List<String> functions = new ArrayList<>();
    for (int f = 0; f < 3; f++) {
      String id = "nhse-fn" + f;
      functions.add(id);
      b.add(StatutoryFunction.builder().id(id).name("NHS England function " + f).holder("nhse")
          .basis(BASES[r.nextInt(BASES.length)]).delegable(r.nextInt(4) != 0)
          .period(DateRange.from(RandomSystems.START)).build());
    }
    DelegationInstrument[] instruments = {DelegationInstrument.S65Z5_DELEGATION,
        DelegationInstrument.S65Z5_JOINT_EXERCISE, DelegationInstrument.S13YB_DIRECTION};
    int count = 2 + r.nextInt(6);
    for (int d = 0; d < count; d++) {
      String to = targets.get(r.nextInt(targets.size()));
      Delegation.Builder db = Delegation.builder().id("nhse-d" + d).delegator("nhse").delegate(to)
          .instrument(instruments[r.nextInt(instruments.length)]).addFunctions(functions.get(r.nextInt(3)))
          .period(DateRange.from(RandomSystems.START.plusDays(r.nextInt(900))));
      if (r.nextInt(3) != 0) {
        db.onwardDelegationAllowed(r.nextBoolean());
      }
      b.add(db.build());
      // and onward, from the delegate's board or organisation to one of its committees
      String onwardTo = targets.get(r.nextInt(targets.size()));
      if (!onwardTo.equals(to)) {
        b.add(Delegation.builder().id("nhse-d" + d + "-onward").delegator(to).delegate(onwardTo)
            .instrument(DelegationInstrument.SCHEME_OF_DELEGATION).addFunctions(functions.get(r.nextInt(3)))
            .onwardDelegationAllowed(true).period(DateRange.from(RandomSystems.START)).build());
      }
    }
    if (closedWorld) {
      b.declareComplete(Completeness.everything());
    }
    return b.build();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void voidArrangement_isNeverOnABindingPath_openWorld(long seed) {
    assertNoVoidArrangementBinds(model(seed, false), "seed " + seed);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void voidArrangement_isNeverOnABindingPath_closedWorld(long seed) {
    assertNoVoidArrangementBinds(model(seed, true), "seed " + seed);
  }

  /** The generator does make arrangements the pack calls void, of both kinds, so the property is tested. */
  @Test
  void generator_makesVoidArrangementsOfBothKinds() {
    RuleRunner runner = RuleRunner.builder().addPack(new EnglandStatutoryPack()).build();
    int parties = 0;
    int functions = 0;
    for (long seed = 0; seed < 40; seed++) {
      RuleReport report = runner.run(model(seed, false), DATES[2]);
      parties += report.findingsOf(VOID_PARTIES).size();
      functions += report.findingsOf(VOID_FUNCTION).size();
    }
    assertThat(parties).isPositive();
    assertThat(functions).isPositive();
  }

  @Test
  void voidArrangement_isNeverOnABindingPath_inTheBundledExample() {
    IcsModel example = ModelFiles.read(Path.of("..", "examples", "exampleshire-ics.yaml"));
    assertNoVoidArrangementBinds(example, "the bundled example");
  }

  private static void assertNoVoidArrangementBinds(IcsModel model, String which) {
    DecisionAuthority authority = DecisionAuthority.of(model);
    RuleRunner runner = RuleRunner.builder().addPack(new EnglandStatutoryPack()).build();
    for (LocalDate date : DATES) {
      RuleReport report = runner.run(model, date);
      Set<String> voidArrangements = new HashSet<>();
      Set<String> voidForFunction = new HashSet<>();
      for (Finding f : report.findingsOf(VOID_PARTIES)) {
        voidArrangements.add(f.evidence().get(0));
      }
      for (Finding f : report.findingsOf(VOID_FUNCTION)) {
        voidForFunction.add(f.evidence().get(0) + "/" + f.evidence().get(1));
      }
      List<String> deciders = new ArrayList<>();
      model.organisations().forEach(o -> deciders.add(o.id()));
      model.bodies().forEach(b -> deciders.add(b.id()));
      model.posts().forEach(p -> deciders.add(p.id()));
      for (StatutoryFunction f : model.functions()) {
        if (model.organisation(f.holder()).isEmpty()) {
          continue;
        }
        for (String decider : deciders) {
          Verdict v = authority.decide(AuthorityQuery.of(decider, f.id(), date, f.holder())).verdicts().get(0);
          if (!v.isBinding()) {
            continue;
          }
          for (Grant g : v.grants()) {
            g.delegation().ifPresent(d -> {
              assertThat(voidArrangements).as("%s on %s: %s binds %s on %s through %s, which the pack calls void",
                  which, date, decider, f.holder(), f.id(), d).doesNotContain(d);
              assertThat(voidForFunction).as("%s on %s: %s binds %s on %s through %s, which the pack calls void"
                  + " for that function", which, date, decider, f.holder(), f.id(), d).doesNotContain(d + "/" + f.id());
            });
          }
        }
      }
    }
  }
}
