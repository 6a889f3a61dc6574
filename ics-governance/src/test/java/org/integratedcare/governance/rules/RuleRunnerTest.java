package org.integratedcare.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.time.DateRange;
import org.junit.jupiter.api.Test;

class RuleRunnerTest {
  private static final LocalDate DATE = LocalDate.of(2025, 6, 1);
  private static final DateRange SINCE = DateRange.from(LocalDate.of(2022, 7, 1));

  private static IcsModel model(int trusts) {
    IcsModel.Builder b = IcsModel.builder().name("Test system");
    for (int i = 0; i < trusts; i++) {
      b.add(Organisation.of("trust-" + i, OrganisationKind.NHS_TRUST, "Trust " + i, SINCE));
    }
    b.add(Organisation.of("council-a", OrganisationKind.UNITARY_AUTHORITY, "Council A", SINCE));
    return b.build();
  }

  private static RulePack pack(String id, Rule... rules) {
    return RulePack.of(id, "1.0", List.of(rules));
  }

  @Test
  void ruleThatThrows_becomesARuleError_andTheOtherRulesStillRun() {
    Rule crashing = new TestRule("acme.crashing", Severity.ERROR, (r, c) -> {
      throw new IllegalStateException("index out of date");
    });
    Rule working = TestRule.perOrganisation("acme.working", Severity.WARNING, "council");

    RuleReport report = RuleRunner.builder().addPack(pack("acme", crashing, working)).build()
        .run(model(1), DATE);

    assertThat(report.ruleErrors()).singleElement().satisfies(e -> {
      assertThat(e.packId()).isEqualTo("acme");
      assertThat(e.ruleId()).isEqualTo("acme.crashing");
      assertThat(e.problem()).isEqualTo("java.lang.IllegalStateException: index out of date");
    });
    assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("acme.working");
    assertThat(report.rulesRun()).isEqualTo(2);
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void ruleReturningNullOrAnotherRulesFinding_becomesARuleError() {
    Rule nulls = new TestRule("acme.nulls", Severity.ERROR, (r, c) -> null);
    Rule impostor = new TestRule("acme.impostor", Severity.ERROR, (r, c) -> List.of(
        new Finding("acme.someone-else", Severity.INFO, r.basis(), Subject.MODEL, "x", List.of(),
            java.util.Optional.empty())));

    RuleReport report = RuleRunner.builder().addPack(pack("acme", nulls, impostor)).build()
        .run(model(0), DATE);

    assertThat(report.ruleErrors()).extracting(RuleError::ruleId).containsExactly("acme.impostor", "acme.nulls");
    assertThat(report.findings()).isEmpty();
  }

  // A gap says the record cannot tell; raising a rule to error must not turn missing data into a breach.
  @Test
  void severityOverride_leavesGapsAsGaps() {
    TestRule rule = new TestRule("acme.trusts", Severity.WARNING, (r, ctx) -> ctx.view().organisations().stream()
        .map(o -> Finding.of(r, ctx.subject(o.id()), "Nothing recorded of " + o.name() + ".", o.id())
            .withSeverity(Severity.GAP))
        .toList());
    RuleReport report = RuleRunner.builder().addPack(pack("acme", rule))
        .override("acme.trusts", Severity.ERROR).build().run(model(2), DATE);

    assertThat(report.findings()).extracting(Finding::severity).containsOnly(Severity.GAP);
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void severityOverride_changesTheSeverityOfThatRulesFindings() {
    RuleReport report = RuleRunner.builder()
        .addPack(pack("acme", TestRule.perOrganisation("acme.trusts", Severity.ERROR, "trust")))
        .override("acme.trusts", Severity.INFO)
        .build().run(model(2), DATE);

    assertThat(report.findings()).extracting(Finding::severity).containsOnly(Severity.INFO);
    assertThat(report.counts()).containsExactly(Map.entry(Severity.ERROR, 0),
        Map.entry(Severity.WARNING, 0), Map.entry(Severity.INFO, 2), Map.entry(Severity.GAP, 0));
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void suppressedFinding_staysVisible_isNotCounted_andUnusedSuppressionsAreListed() {
    Suppression bySubject = Suppression.of("acme.trusts", "trust-0", "Trust 0 merges into Trust 1 on 1 July");
    Suppression byPath = Suppression.of("acme.trusts", "organisations[1]", "Accepted by the board on 3 March");
    Suppression stale = Suppression.of("acme.trusts", "trust-9", "Trust 9 closed last year");

    RuleReport report = RuleRunner.builder()
        .addPack(pack("acme", TestRule.perOrganisation("acme.trusts", Severity.ERROR, "trust")))
        .suppress(bySubject).suppress(byPath).suppress(stale)
        .build().run(model(3), DATE);

    assertThat(report.findings()).hasSize(3);
    assertThat(report.suppressedFindings()).extracting(f -> f.suppression().orElseThrow())
        .containsExactly(bySubject, byPath);
    assertThat(report.activeFindings()).extracting(f -> f.subject().id()).containsExactly("trust-2");
    assertThat(report.count(Severity.ERROR)).isEqualTo(1);
    assertThat(report.unusedSuppressions()).containsExactly(stale);
  }

  @Test
  void suppressionWithoutJustification_isRefused() {
    assertThatThrownBy(() -> Suppression.of("acme.trusts", "trust-0", "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a written justification")
        .hasMessageContaining("acme.trusts")
        .hasMessageContaining("trust-0");
  }

  @Test
  void misconfiguration_isReportedAllAtOnce() {
    Rule a = TestRule.perOrganisation("acme.rule", Severity.ERROR, "trust");
    Rule dup = TestRule.perOrganisation("acme.rule", Severity.ERROR, "trust");
    Rule badId = TestRule.perOrganisation("Acme Rule!", Severity.ERROR, "trust");

    assertThatThrownBy(() -> RuleRunner.builder()
        .addPack(pack("acme", a, badId)).addPack(pack("other", dup)).addPack(pack("acme"))
        .override("acme.missing", Severity.INFO)
        .suppress(Suppression.of("acme.unknown", "x", "because"))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has id 'Acme Rule!'")
        .hasMessageContaining("already used in pack 'acme'")
        .hasMessageContaining("'acme' is added twice")
        .hasMessageContaining("severity override names rule 'acme.missing'")
        .hasMessageContaining("names rule 'acme.unknown'");
  }

  @Test
  void findingsAreOrderedBySeverityRuleAndPath_whateverOrderRulesReturnThem() {
    Random random = new Random(20261122L);
    Rule shuffling = new TestRule("acme.shuffled", Severity.WARNING, (r, c) -> {
      List<Finding> out = new ArrayList<>();
      c.view().organisations().forEach(o -> out.add(Finding.of(r, c.subject(o.id()), "Flagged " + o.id(), o.id())));
      Collections.shuffle(out, random);
      return out;
    });
    Rule errors = TestRule.perOrganisation("acme.errors", Severity.ERROR, "council");
    RuleRunner runner = RuleRunner.builder().addPack(pack("acme", shuffling, errors)).build();

    RuleReport first = runner.run(model(12), DATE);
    RuleReport second = runner.run(model(12), DATE);

    assertThat(first.findings().get(0).ruleId()).isEqualTo("acme.errors");
    assertThat(first.findingsOf("acme.shuffled")).extracting(f -> f.subject().path())
        .containsExactly("organisations[0]", "organisations[1]", "organisations[2]", "organisations[3]",
            "organisations[4]", "organisations[5]", "organisations[6]", "organisations[7]",
            "organisations[8]", "organisations[9]", "organisations[10]", "organisations[11]",
            "organisations[12]");
    assertThat(first.findings()).isEqualTo(second.findings());
  }

  @Test
  void comparePaths_ordersNumbersAsNumbers() {
    assertThat(RuleReport.comparePaths("bodies[2]", "bodies[10]")).isNegative();
    assertThat(RuleReport.comparePaths("meetings[1].items[10]", "meetings[1].items[9]")).isPositive();
    assertThat(RuleReport.comparePaths("bodies[3]", "bodies[3]")).isZero();
    assertThat(RuleReport.comparePaths("$", "bodies[0]")).isNegative();
  }

  @Test
  void ruleContext_namesSubjectsByTheirPathInTheModel() {
    RuleContext context = RuleContext.of(model(2), DATE);

    assertThat(context.subject("trust-1")).isEqualTo(new Subject("trust-1", "organisations[1]"));
    assertThat(context.subject("nowhere")).isEqualTo(new Subject("nowhere", "$"));
    assertThat(context.date()).isEqualTo(DATE);
  }

  @Test
  void finding_rejectsBlankMessage_andDropsDuplicateEvidence() {
    Rule rule = TestRule.perOrganisation("acme.x", Severity.INFO, "x");

    assertThatThrownBy(() -> Finding.of(rule, Subject.MODEL, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acme.x");
    assertThat(Finding.of(rule, Subject.MODEL, "m", "a", "b", "a").evidence()).containsExactly("a", "b");
  }
}
