package org.integratedcare.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.governance.authority.DecisionAuthority;
import org.integratedcare.governance.authority.Outcome;
import org.integratedcare.governance.authority.Verdict;
import org.integratedcare.governance.diff.FindingChange;
import org.integratedcare.governance.reform.ReformChange;
import org.integratedcare.governance.reform.ReformScenario;
import org.integratedcare.governance.reform.WhatIf;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.io.ModelFormat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The bundled reform scenarios, their file shape, and what one changes in a model. */
class WhatIfTest {
  private static final LocalDate EFFECTIVE = LocalDate.of(2027, 4, 1);

  @Test
  void healthBill2026_isBundled_everyChangeWithItsSourceAsABill() {
    ReformScenario s = ReformScenarios.bundled("health-bill-2026");

    assertThat(ReformScenarios.bundledNames()).containsExactly("health-bill-2026");
    assertThat(s.name()).isEqualTo("Health Bill 2026 as introduced");
    assertThat(s.changes()).extracting(ReformChange::id)
        .containsExactly("nhs-england-abolished", "healthwatch-abolished", "icps-not-required");
    assertThat(s.changes()).allSatisfy(c -> {
      assertThat(c.source().document()).isEqualTo("Health Bill 2026 (as introduced)");
      assertThat(c.source().status()).hasValue(SourceStatus.BILL);
    });
  }

  @Test
  void unknownScenario_isRefusedNamingTheBundledOnes() {
    assertThatThrownBy(() -> ReformScenarios.bundled("health-bill-2025"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no bundled reform scenario 'health-bill-2025'; the bundled scenarios are: health-bill-2026");
  }

  @Test
  void badScenarioFile_listsEveryProblemWithItsPath() {
    String text = """
        id: x
        changes:
          - id: a
            abolish: nhs-englund
            description: d
            source: {document: Bill}
          - id: a
            requirementDropped: []
            abolish: healthwatch
            description: d
            source: {document: Bill, status: rumour}
        extra: 1
        """;

    assertThatThrownBy(() -> ReformScenarios.parse(text, ModelFormat.YAML, "mine.yaml"))
        .isInstanceOf(ModelValidationException.class)
        .hasMessageContaining("reform scenario 'mine.yaml'")
        .hasMessageContaining("extra: unknown field")
        .hasMessageContaining("name: missing")
        .hasMessageContaining("changes[0].abolish: ")
        .hasMessageContaining("changes[0].source.status: missing")
        .hasMessageContaining("changes[1].id: another change has the id 'a'")
        .hasMessageContaining("changes[1].source.status: 'rumour' is not a status")
        .hasMessageContaining("changes[1]: give exactly one of 'abolish'");
  }

  /** health-bill-2026-whatif.yaml under the bundled health-bill-2026. */
  @Nested
  class HealthBillOnASmallSystem {
    private final IcsModel model = load("health-bill-2026-whatif.yaml");
    private final WhatIf whatIf = WhatIf.of(model, ReformScenarios.bundled("health-bill-2026"), EFFECTIVE, EFFECTIVE);

    @Test
    void eachChangeSaysWhatItDid_withItsSourceAndStatus() {
      assertThat(whatIf.applied().applied()).extracting(ReformScenario.AppliedChange::sentence).satisfiesExactly(
          nhse -> assertThat(nhse).contains("NHS England abolished: 1 function to NHS Northshire ICB; 1 function to "
              + "Secretary of State for Health and Social Care").endsWith("; bill)."),
          healthwatch -> assertThat(healthwatch).contains("Healthwatch Northshire abolished"),
          icp -> assertThat(icp).contains("the findings of england.statutory.icp-statutory-members no longer stand"));
    }

    @Test
    void whoMayDecide_passesFromNhsEnglandToTheIcbAndTheSecretaryOfState() {
      assertThat(whatIf.diff().authority()).filteredOn(a -> a.function().equals("fn-pms")).singleElement()
          .satisfies(a -> {
            assertThat(a.before().binding()).contains("NHS England");
            assertThat(a.after().binding()).doesNotContain("NHS England").contains("NHS Northshire ICB");
          });
      assertThat(whatIf.diff().authority()).filteredOn(a -> a.function().equals("fn-assess")).singleElement()
          .satisfies(a -> {
            assertThat(a.before().binding()).containsExactly("NHS England");
            assertThat(a.after().binding()).containsExactly("Secretary of State for Health and Social Care");
          });
    }

    @Test
    void theSecretaryOfStatesDecision_restsOnTheBill() {
      Verdict v = DecisionAuthority.of(whatIf.applied().model()).verdict("sos", "fn-assess", "sos", EFFECTIVE);

      assertThat(v.outcome()).isEqualTo(Outcome.BINDING);
      assertThat(v.status()).isEqualTo(SourceStatus.BILL);
      assertThat(v.sentence()).contains("which stands only on Health Bill 2026 (as introduced) (bill), not law on "
          + "1 April 2027");
    }

    @Test
    void theIcpGap_clearsBecauseTheBillRemovesTheRequirement() {
      assertThat(whatIf.diff().findings())
          .filteredOn(f -> f.finding().ruleId().equals("england.statutory.icp-statutory-members"))
          .isNotEmpty()
          .allSatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FindingChange.Kind.CLEARED);
            assertThat(f.because()).hasValueSatisfying(b -> assertThat(b)
                .startsWith("the requirement to set up an integrated care partnership")
                .endsWith("from 1 April 2027: Health Bill 2026 (as introduced) (bill)"));
          });
    }

    @Test
    void beforeTheEffectiveDate_onlyTheRecordsOfTheReformAreNew() {
      WhatIf early = WhatIf.of(model, ReformScenarios.bundled("health-bill-2026"), EFFECTIVE, EFFECTIVE.minusDays(1));

      assertThat(early.diff().authority()).isEmpty();
      assertThat(early.diff().findings()).isEmpty();
      assertThat(early.diff().records()).allSatisfy(r -> assertThat(r.type()).isEqualTo("change event"));
    }

    @Test
    void json_listsTheChangesWithTheirStatus_thenTheDiff() {
      String json = IcsJson.write(whatIf);

      assertThat(json).contains("\"id\" : \"health-bill-2026\"", "\"effective\" : \"2027-04-01\"",
          "\"status\" : \"bill\"", "\"diff\" : {", "\"because\" : \"the requirement to set up");
    }
  }

  private static IcsModel load(String file) {
    try (InputStream in = WhatIfTest.class.getResourceAsStream(file)) {
      return ModelFiles.read(in, ModelFormat.YAML);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
