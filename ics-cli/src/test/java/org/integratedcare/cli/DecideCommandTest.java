package org.integratedcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.integratedcare.testkit.SampleSystems;
import org.integratedcare.io.tree.DocumentLimits;
import org.integratedcare.io.tree.JsonDocumentReader;
import org.integratedcare.io.tree.Node;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ics decide}: who may take a decision on a function that binds an organisation. */
class DecideCommandTest {
  @TempDir
  Path dir;

  private String model;

  @BeforeEach
  void writeModel() throws Exception {
    model = SampleSystems.riversideFile(dir).toString();
  }

  @Test
  void decideBy_committeeUnderTheSchemeOfDelegation_bindsWithThePathOfGrants() {
    // The ICB holds "Contract awards"; its unitary board exercises the ICB's functions and delegated
    // them to the Finance & Performance Committee under the scheme of reservation and delegation.
    Run run = Run.ics("decide", model, "--function", "contracts", "--for", "icb", "--by", "finance");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("May Finance & Performance Committee (finance) take a decision on Contract awards (contracts) on 2026-04-01?")
        .contains("For NHS Riverside \"Integrated\" Care Board (icb): BINDING", "Path of grants:\n    1. ",
            "Financial limit: £2,500,000");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void decideBy_amountAboveTheDelegatedLimit_doesNotBindAndSaysWhy() {
    Run run = Run.ics("decide", model, "--function", "contracts", "--for", "icb", "--by", "finance",
        "--amount", "£3,000,000");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain(": BINDING")
        .contains("Reasons:\n    - The decision commits £3,000,000, above the £2,500,000 limit");
    // the reason is said once, not again in a sentence before the list
    assertThat(run.out().split("above the £2,500,000 limit", -1)).hasSize(2);
  }

  @Test
  void decideBy_mistypedDecider_suggestsTheNearest() {
    Runs.assertBadInput(Run.ics("decide", model, "--function", "contracts", "--for", "icb", "--by", "finanse"),
        "--by: 'finanse' is not a body, post or organisation of the model; did you mean 'finance'?");
  }

  @Test
  void decide_withoutBy_listsTheBodiesWhoseDecisionBinds() {
    Run run = Run.ics("decide", model, "--function", "contracts", "--for", "icb");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Who may take a decision on Contract awards (contracts) that binds NHS Riverside \"Integrated\" Care Board (icb) on 2026-04-01?")
        .contains("Binding (", "* ICB Board (board)\n", "* Finance & Performance Committee (finance)\n",
            "* Chief Finance Officer, ICB Board (cfo)\n");
  }

  @Test
  void decide_json_givesTheVerdictsAsData() {
    Run run = Run.ics("decide", model, "--function", "contracts", "--for", "icb", "--by", "cfo", "--format", "json");

    Node root = json(run.out());
    Node verdict = root.path("answers").get(0).path("verdicts").get(0);
    assertThat(run.exitCode()).isZero();
    assertThat(root.path("function").asString()).isEqualTo("contracts");
    assertThat(root.path("amount").isNull()).isTrue();
    assertThat(verdict.path("outcome").asString()).isEqualTo("binding");
    assertThat(verdict.path("grants").values()).extracting(g -> g.path("kind").asString())
        .containsExactly("held-by-law", "board-of-organisation", "delegation", "delegation");
    assertThat(verdict.path("financialLimit").decimalValue()).isEqualByComparingTo("250000.50");
  }

  @Test
  void decide_jsonWithoutBy_listsTheAnswersThatBind() {
    Run run = Run.ics("decide", model, "--function", "contracts", "--for", "icb", "-f", "json");

    Node answers = json(run.out()).path("answers");
    assertThat(answers.values()).extracting(a -> a.path("decider").asString()).contains("board", "finance", "cfo");
  }

  @Test
  void decide_unknownFunction_exits2ListingTheFunctions() {
    Runs.assertBadInput(Run.ics("decide", model, "--function", "nope", "--for", "icb"),
        "--function: 'nope' is not a function of the model", "commissioning, contracts");
  }

  @Test
  void decide_forABody_exits2SayingWhatItIs() {
    Runs.assertBadInput(Run.ics("decide", model, "--function", "contracts", "--for", "board"),
        "--for: 'board' is not an organisation of the model (it is a body)");
  }

  @Test
  void decide_byAFunction_exits2() {
    Runs.assertBadInput(Run.ics("decide", model, "--function", "contracts", "--for", "icb", "--by", "commissioning"),
        "--by: 'commissioning' is not a body, post or organisation");
  }

  @Test
  void decide_missingFunction_exits2() {
    Runs.assertBadInput(Run.ics("decide", model, "--for", "icb"), "Missing required option", "--function");
  }

  @Test
  void decide_negativeAmount_exits2() {
    Runs.assertBadInput(Run.ics("decide", model, "--function", "contracts", "--for", "icb", "--amount", "-5"),
        "--amount", "a sum of money must not be negative");
  }

  @Test
  void decide_amountNotANumber_exits2() {
    Runs.assertBadInput(Run.ics("decide", model, "--function", "contracts", "--for", "icb", "--amount", "lots"),
        "'lots' is not an amount in pounds");
  }

  private static Node json(String text) {
    return new JsonDocumentReader(DocumentLimits.DEFAULTS).read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
