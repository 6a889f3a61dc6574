package org.integratedcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code ics decide --law-in-force-only}: the answer that rests on the Health Bill 2026 in the
 * governance scenario health-bill-nhs-england-functions.yaml, asked both ways.
 */
class LawInForceOnlyTest {
  private static final String MODEL = Path.of("..", "ics-governance", "src", "test", "resources", "org",
      "integratedcare", "governance", "scenarios", "health-bill-nhs-england-functions.yaml").toString();

  @Test
  void asRecorded_theAnswerSaysItRestsOnTheBill() {
    Run run = Run.ics("decide", MODEL, "--function", "specialised", "--for", "sos", "--by", "sos",
        "--date", "2027-04-02");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("BINDING", "Not law in force: this rests on acquisition 'hb-nhse-to-sos', "
        + "which stands only on Health Bill 2026 (as introduced) (bill), not law on 2 April 2027");
  }

  @Test
  void lawInForceOnly_theBillIsSetAside_andTheAnswerSaysSo() {
    Run run = Run.ics("decide", MODEL, "--function", "specialised", "--for", "sos", "--by", "sos",
        "--date", "2027-04-02", "--law-in-force-only");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain("BINDING")
        .contains("Set aside (law in force only): acquisition 'hb-nhse-to-sos' effective 1 April 2027")
        .contains("Law in force only: set aside 1 fact of the model:");
  }

  @Test
  void lawInForceOnly_json_marksTheVerdictInForce_andListsWhatWasSetAside() {
    Run run = Run.ics("decide", MODEL, "--function", "specialised", "--for", "nhse", "--by", "nhse-board",
        "--date", "2027-04-02", "--law-in-force-only", "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"status\" : \"in-force\"", "\"setAside\" : [", "\"record\" : \"hb-nhse-to-sos\"",
        "\"status\" : \"bill\"");
  }
}
