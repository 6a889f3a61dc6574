package org.integratedcare.governance.accountability;

import org.integratedcare.governance.Scenarios;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.accountability.AccountabilityBasis;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.organisation.OrganisationKind;
import static org.integratedcare.governance.Scenarios.MERGER_DAY;
import static org.integratedcare.governance.Scenarios.TODAY;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Scenario tests of {@link Accountability}. The reviewable scenarios are model files under
 * {@code src/test/resources/org/integratedcare/governance/scenarios/}, one nested class per file,
 * each file's opening comment giving the scenario, its basis and the expected answers asserted
 * here; the models generated at scale (crossing lines, a 5,000-member circle) stay in Java below.
 */
class AccountabilityTest {

  // An ICB answers to NHS England (NHS Act 2006 s.14Z59), NHS England to the Secretary of State
  // (mandate, s.13A) and ministers to Parliament; a foundation trust answers under the NHS Oversight
  // Framework 2025/26 (NHS England, 26 June 2025) and to its governors and members.
  @Nested
  class AccountabilityChains {
    private final Accountability lines = Accountability.of(Scenarios.load("accountability-chains.yaml"));

    @Test
    void icb_answersVerticallyToParliament() {
      AccountabilityReport report = lines.chains("icb", TODAY);

      assertThat(report.chains()).hasSize(1);
      AccountabilityChain chain = report.chains().get(0);
      assertThat(chain.end()).isEqualTo(ChainEnd.TERMINUS);
      assertThat(chain.members()).containsExactly("icb", "nhse", "sos", "parliament");
      assertThat(chain.isVertical()).isTrue();
      ChainStep first = chain.steps().get(0);
      assertThat(first.link()).contains("l-icb");
      assertThat(first.direction()).contains(AccountabilityDirection.VERTICAL);
      assertThat(first.basis()).contains(AccountabilityBasis.STATUTE);
      assertThat(first.citation()).contains("NHS Act 2006 s.14Z59");
      assertThat(report.gap()).isEmpty();
      assertThat(chain.sentence()).isEqualTo("NHS Northshire ICB answers to NHS England (vertical, statute, NHS Act"
          + " 2006 s.14Z59, from 1 July 2022); then NHS England answers to Secretary of State for Health and Social"
          + " Care (vertical, statute, NHS Act 2006 s.13A (mandate), from 1 July 2022); then Secretary of State for"
          + " Health and Social Care answers to Parliament (vertical, statute, Ministerial accountability to"
          + " Parliament, from 1 July 2022), ending with Parliament, an ultimate account-holder.");
    }

    @Test
    void foundationTrust_answersToParliamentAndToItsMembers() {
      AccountabilityReport report = lines.chains("ft", TODAY);

      assertThat(report.termini()).containsExactly("parliament", "members");
      assertThat(report.chains()).extracting(AccountabilityChain::members).containsExactly(
          List.of("ft", "nhse", "sos", "parliament"),
          List.of("ft", "governors", "members"));
      assertThat(report.chains().get(1).isVertical()).isFalse();
      assertThat(report.gap()).isEmpty();
    }

    // A place committee answers up to the ICB board under the scheme of delegation; the board, having
    // no vertical link of its own, answers through the ICB, which is accountable for functions
    // exercised through its committees (South West London ICB board page; NHS Act 2006 Sch 1B). Its lateral
    // line ends at the council; its bottom-up line at patients and communities (Matthew Taylor, NHS
    // Confederation, 2022).
    @Test
    void placeCommittee_answersThroughTheBoardAndItsOrganisation() {
      AccountabilityReport report = lines.chains("place", TODAY);

      assertThat(report.chains()).extracting(AccountabilityChain::end)
          .containsExactly(ChainEnd.TERMINUS, ChainEnd.PEER, ChainEnd.TERMINUS);
      AccountabilityChain vertical = report.chains().get(0);
      assertThat(vertical.members()).containsExactly("place", "icb-board", "icb", "nhse", "sos", "parliament");
      assertThat(vertical.steps().get(1).kind()).isEqualTo(ChainStepKind.THROUGH_ORGANISATION);
      assertThat(report.chains().get(1).last()).isEqualTo("council");
      assertThat(report.chains().get(2).last()).isEqualTo("public");
      assertThat(report.termini()).containsExactly("parliament", "public");
    }

    // Delegation never moves accountability: NHS England "retains overall accountability" for primary
    // care functions delegated to ICBs (NHS England's primary care delegation page).
    @Test
    void delegatedFunction_isAnsweredForThroughTheDelegator() {
      AccountabilityReport report = lines.chains("pms", TODAY);

      assertThat(report.chains()).hasSize(1);
      AccountabilityChain chain = report.chains().get(0);
      assertThat(chain.steps().get(0).kind()).isEqualTo(ChainStepKind.FUNCTION_HOLDER);
      assertThat(chain.members()).containsExactly("pms", "nhse", "sos", "parliament");
      assertThat(chain.members()).doesNotContain("icb");
      assertThat(report.exercisedBy()).containsExactly("icb");
      assertThat(report.sentence()).contains("delegation moves the doing, not the answering");
    }

    @Test
    void systemWithEveryHolderAccountable_hasNoGaps() {
      assertThat(lines.gaps(TODAY)).isEmpty();
      assertThat(lines.cycles(TODAY)).isEmpty();
    }

    @Test
    void unknownSubject_isRejectedWithItsId() {
      assertThatThrownBy(() -> lines.chains("nowhere", TODAY))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'nowhere'");
    }
  }

  // A holder of a function with no vertical chain to a statutory terminus is an accountability gap
  // (NHS Act 2006 s.14Z59 and s.13A).
  @Nested
  class HolderWithOnlyALateralLine {
    @Test
    void holderWithOnlyALateralLine_isAGap() {
      Accountability withGap = Accountability.of(Scenarios.load("accountability-gap.yaml"));

      assertThat(withGap.gaps(TODAY)).singleElement().satisfies(g -> {
        assertThat(g.holder()).isEqualTo("trust");
        assertThat(g.functions()).containsExactly("community");
        assertThat(g.sentence()).isEqualTo("On 1 October 2025, Orphan Community NHS Trust holds Provision of"
            + " community services but has no vertical line of accountability for it to Parliament, an electorate or"
            + " foundation trust members: an accountability gap.");
      });
      AccountabilityReport report = withGap.chains("trust", TODAY);
      assertThat(report.gap()).isPresent();
      assertThat(report.chains()).singleElement().extracting(AccountabilityChain::end).isEqualTo(ChainEnd.PEER);
    }
  }

  // A cycle is reported once with every member, and resolution terminates.
  @Nested
  class CircularLines {
    @Test
    void circularLines_areReportedAsOneCycleWithEveryMember() {
      Accountability circular = Accountability.of(Scenarios.load("accountability-cycle.yaml"));

      assertThat(circular.cycles(TODAY)).singleElement().satisfies(c -> {
        assertThat(c.members()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(c.links()).containsExactlyInAnyOrder("l-ab", "l-bc", "l-ca");
      });
      AccountabilityReport report = circular.chains("a", TODAY);
      assertThat(report.chains()).singleElement().satisfies(chain -> {
        assertThat(chain.end()).isEqualTo(ChainEnd.CYCLE);
        assertThat(chain.members()).containsExactly("a", "b", "c", "a");
      });
      assertThat(report.cycles()).singleElement().satisfies(c -> {
        assertThat(c.members()).containsExactly("a", "b", "c");
        assertThat(c.sentence()).isEqualTo("On 1 October 2025 accountability runs in a circle: Alpha NHS Trust answers"
            + " to Beta NHS Trust, Beta NHS Trust answers to Gamma NHS Trust and Gamma NHS Trust answers to Alpha NHS"
            + " Trust; none of them reaches an ultimate account-holder through this circle.");
      });
      assertThat(report.gap()).isPresent();
      assertThat(circular.gaps(TODAY)).extracting(AccountabilityGap::holder).containsExactly("a");
    }
  }

  // From a merger's effective date the successor answers for the predecessor's functions (NHS Act
  // 2006 ss.56 and 56A; ODS successions).
  @Nested
  class MergerBeforeAndAfterItsEffectiveDate {
    @Test
    void functionOfAMergedOrganisation_isAnsweredForByItsSuccessor() {
      Accountability merged = Accountability.of(Scenarios.load("merger-of-two-icbs.yaml"));

      AccountabilityReport after = merged.chains("old-a-jfp", MERGER_DAY);
      AccountabilityReport before = merged.chains("old-a-jfp", MERGER_DAY.minusDays(1));

      assertThat(after.chains()).singleElement().satisfies(chain -> {
        assertThat(chain.members()).containsExactly("old-a-jfp", "old-a", "new");
        assertThat(chain.steps().get(1).kind()).isEqualTo(ChainStepKind.SUCCESSION);
        assertThat(chain.end()).isEqualTo(ChainEnd.OPEN_END);
      });
      assertThat(after.gap()).hasValueSatisfying(g -> assertThat(g.holder()).isEqualTo("new"));
      assertThat(before.gap()).hasValueSatisfying(g -> assertThat(g.holder()).isEqualTo("old-a"));
      assertThat(merged.gaps(MERGER_DAY)).extracting(AccountabilityGap::holder).containsExactly("new");
    }
  }

  // An abolition that names its successors: a line through the abolished body follows the successor
  // that took over the function, or stops in a gap naming the abolished body and its last day
  // (Health Bill 2026, a Bill; NHS Act 2006 ss.14Z59, 13A and 1(3)).
  @Nested
  class NhsEnglandAbolishedWithASuccessor {
    private final IcsModel model = Scenarios.load("nhs-england-abolished-with-successor.yaml");
    private final Accountability lines = Accountability.of(model);
    private final java.time.LocalDate lastDay = java.time.LocalDate.of(2027, 3, 31);
    private final java.time.LocalDate after = java.time.LocalDate.of(2027, 6, 1);

    @Test
    void beforeTheAbolition_theIcbAnswersThroughNhsEnglandToParliament() {
      assertThat(lines.chains("icb", lastDay).chains()).singleElement().satisfies(chain -> {
        assertThat(chain.members()).containsExactly("icb", "nhse", "sos", "parliament");
        assertThat(chain.end()).isEqualTo(ChainEnd.TERMINUS);
      });
    }

    @Test
    void afterTheAbolition_aLinkToNhsEngland_followsItsSuccessor() {
      AccountabilityReport report = lines.chains("icb", after);

      assertThat(report.chains()).singleElement().satisfies(chain -> {
        assertThat(chain.members()).containsExactly("icb", "nhse", "sos", "parliament");
        assertThat(chain.steps()).extracting(ChainStep::kind)
            .containsExactly(ChainStepKind.LINK, ChainStepKind.SUCCESSION, ChainStepKind.LINK);
        assertThat(chain.steps().get(1).sentence()).isEqualTo("Secretary of State for Health and Social Care"
            + " answers for it as successor to NHS England under the abolition 'nhse-abolished' effective"
            + " 1 April 2027");
        assertThat(chain.end()).isEqualTo(ChainEnd.TERMINUS);
      });
    }

    @Test
    void afterTheAbolition_aFunctionRoutedToTheSecretaryOfState_isAnsweredForByIt() {
      AccountabilityReport report = lines.chains("fn-assessment", after);

      assertThat(report.chains()).singleElement().satisfies(chain ->
          assertThat(chain.members()).containsExactly("fn-assessment", "nhse", "sos", "parliament"));
      assertThat(report.gap()).isEmpty();
    }

    @Test
    void afterTheAbolition_aFunctionNoTransferRoutes_isAGapNamingNhsEnglandAndItsLastDay() {
      AccountabilityReport report = lines.chains("fn-unrouted", after);

      assertThat(report.chains()).isEmpty();
      assertThat(report.gap()).hasValueSatisfying(g -> {
        assertThat(g.holder()).isEqualTo("nhse");
        assertThat(g.sentence()).isEqualTo("On 1 June 2027, A function of NHS England this model routes nowhere"
            + " is in force but NHS England, which held it, ended after 31 March 2027 (abolition"
            + " 'nhse-abolished') and nothing succeeds to it: nobody answers for it, an accountability gap.");
      });
    }

    @Test
    void functionHolderInForce_warnsOnlyAboutTheFunctionNobodySucceedsTo() {
      var report = org.integratedcare.governance.rules.RuleRunner.builder()
          .addPack(new org.integratedcare.governance.rules.england.AccountabilityClarityPack()).build()
          .run(model, after);

      assertThat(report.findingsOf("england.accountability.function-holder-in-force")).singleElement()
          .satisfies(f -> {
            assertThat(f.subject().id()).isEqualTo("fn-unrouted");
            assertThat(f.message()).contains("NHS England (nhse) ended after 2027-03-31 (abolition nhse-abolished,"
                + " which names no successor for it)");
          });
    }
  }

  // Every route is a chain, so crossing lines multiply them; a report stops at its limit and says so.
  @Test
  void manyCrossingLines_stopAtTheLimitAndSaySo() {
    IcsModel.Builder b = IcsModel.builder().add(Scenarios.org("parliament", OrganisationKind.PARLIAMENT, "Parliament"));
    int layers = 12;
    for (int layer = 0; layer < layers; layer++) {
      for (int side = 0; side < 2; side++) {
        b.add(Scenarios.org("n" + layer + "-" + side, OrganisationKind.NHS_TRUST, "Trust " + layer + "-" + side));
      }
    }
    for (int layer = 0; layer < layers; layer++) {
      for (int side = 0; side < 2; side++) {
        String from = "n" + layer + "-" + side;
        for (int to = 0; to < 2; to++) {
          String target = layer + 1 < layers ? "n" + (layer + 1) + "-" + to : "parliament";
          if (layer + 1 < layers || to == 0) {
            b.add(Scenarios.link("l-" + from + "-" + to, from, target, AccountabilityDirection.VERTICAL,
                AccountabilityBasis.STATUTE, null));
          }
        }
      }
    }
    Accountability accountability = Accountability.of(b.build());

    AccountabilityReport all = accountability.chains("n0-0", TODAY);
    AccountabilityReport limited = accountability.withMaxChains(50).chains("n0-0", TODAY);

    assertThat(all.chains()).hasSize(1 << (layers - 1));
    assertThat(all.truncated()).isFalse();
    assertThat(limited.chains()).hasSize(50);
    assertThat(limited.truncated()).isTrue();
    assertThat(limited.sentence()).endsWith("Only the first 50 lines are listed.");
  }

  // Resolution always terminates, however long the circle.
  @Test
  void longCircle_isFoundWithoutExhaustingTheStack() {
    IcsModel.Builder b = IcsModel.builder();
    int size = 5000;
    for (int i = 0; i < size; i++) {
      b.add(Scenarios.org("t" + i, OrganisationKind.NHS_TRUST, "Trust " + i));
    }
    for (int i = 0; i < size; i++) {
      b.add(Scenarios.link("l" + i, "t" + i, "t" + ((i + 1) % size), AccountabilityDirection.VERTICAL,
          AccountabilityBasis.AGREEMENT, null));
    }

    Accountability accountability = Accountability.of(b.build());

    assertThat(accountability.cycles(TODAY)).singleElement().satisfies(c -> {
      assertThat(c.members()).hasSize(size);
      assertThat(c.links()).hasSize(size);
    });
    assertThat(accountability.chains("t0", TODAY).chains()).singleElement().satisfies(c -> {
      assertThat(c.end()).isEqualTo(ChainEnd.CYCLE);
      assertThat(c.length()).isEqualTo(size);
    });
  }
}
