package org.integratedcare.example.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.Person;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.organisation.Area;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.Icb;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.RulePack;
import org.integratedcare.governance.rules.RulePacks;
import org.integratedcare.governance.rules.RuleReport;
import org.integratedcare.governance.rules.RuleRunner;
import org.integratedcare.governance.rules.Severity;
import org.integratedcare.governance.rules.Suppression;
import org.junit.jupiter.api.Test;

/**
 * Proves the extension point: the library's runner, given the packs {@code RulePacks.discover()}
 * finds, runs this module's own pack beside the built-in ones, and its findings carry this
 * module's rule ids. Nothing in the library names this pack.
 */
class DiscoveredPackTest {
  private static final LocalDate DATE = LocalDate.of(2025, 6, 1);
  private static final DateRange SINCE = DateRange.from(LocalDate.of(2022, 7, 1));

  /** An ICB whose board has five members, and a delegation that names no one to report to. */
  private static IcsModel smallSystem() {
    IcsModel.Builder b = IcsModel.builder().name("Westshire")
        .add(Organisation.of("icb-w", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS Westshire ICB", SINCE))
        .add(Icb.builder().id("icb-w").area(Area.of("E10000099")).board("board-w").period(SINCE).build())
        .add(Body.builder().id("board-w").name("Board of NHS Westshire ICB").kind(BodyKind.UNITARY_BOARD)
            .addOrganisations("icb-w").period(SINCE).build())
        .add(Body.builder().id("committee-w").name("Finance Committee").kind(BodyKind.COMMITTEE)
            .parent("board-w").addOrganisations("icb-w").period(SINCE).build())
        .add(StatutoryFunction.builder().id("fn-w").name("Financial duties").holder("icb-w")
            .basis("NHS Act 2006 s.223GB").period(SINCE).build())
        .add(Delegation.builder().id("dlg-w").delegator("board-w").delegate("committee-w")
            .addFunctions("fn-w").instrument(DelegationInstrument.SCHEME_OF_DELEGATION)
            .onwardDelegationAllowed(false).period(SINCE).build());
    PostRole[] roles = {PostRole.CHAIR, PostRole.CHIEF_EXECUTIVE, PostRole.PARTNER_MEMBER_TRUSTS,
        PostRole.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES, PostRole.PARTNER_MEMBER_LOCAL_AUTHORITIES};
    for (int i = 0; i < roles.length; i++) {
      b.add(Post.builder().id("post-" + i).body("board-w").title(roles[i].typeName()).role(roles[i]).period(SINCE).build());
      b.add(Person.builder().id("person-" + i).name("Member " + i).build());
      b.add(Appointment.builder().id("appt-" + i).post("post-" + i).person("person-" + i).period(SINCE).build());
    }
    return b.build();
  }

  @Test
  void serviceLoader_findsThisModulesPackBesideTheBuiltInOnes() {
    List<RulePack> packs = RulePacks.discover();

    assertThat(packs).extracting(RulePack::id)
        .contains(LocalConstitutionPack.ID, "england.statutory", "england.guidance");
  }

  @Test
  void runnerWithDiscoveredPacks_reportsThisPacksFindingsUnderItsOwnIds() {
    RuleReport report = RuleRunner.builder().addPacks(RulePacks.discover()).build().run(smallSystem(), DATE);

    assertThat(report.ruleSets()).anySatisfy(v -> {
      assertThat(v.packId()).isEqualTo("example.constitution");
      assertThat(v.version()).isEqualTo("2026.1");
    });
    assertThat(report.findingsOf("example.constitution.board-of-ten")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.subject().id()).isEqualTo("board-w");
      assertThat(f.message()).contains("has 5 members");
    });
    assertThat(report.findingsOf("example.constitution.delegations-report-back"))
        .extracting(Finding::subject).extracting(s -> s.path()).containsExactly("delegations[0]");
    assertThat(report.ruleErrors()).isEmpty();
  }

  @Test
  void usersOwnRules_takeOverridesAndSuppressionsLikeBuiltInOnes() {
    RuleReport report = RuleRunner.builder()
        .addPack(new LocalConstitutionPack())
        .override("example.constitution.board-of-ten", Severity.INFO)
        .suppress(Suppression.of("example.constitution.delegations-report-back", "dlg-w",
            "Finance Committee reports to the board under its terms of reference, not the delegation"))
        .build().run(smallSystem(), DATE);

    assertThat(report.counts()).containsEntry(Severity.INFO, 1).containsEntry(Severity.ERROR, 0);
    assertThat(report.suppressedFindings()).singleElement()
        .extracting(Finding::ruleId).isEqualTo("example.constitution.delegations-report-back");
  }
}
