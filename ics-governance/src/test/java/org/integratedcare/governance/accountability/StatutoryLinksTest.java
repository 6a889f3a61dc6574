package org.integratedcare.governance.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integratedcare.governance.Scenarios.TODAY;

import java.time.LocalDate;
import java.util.List;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.accountability.AccountabilityBasis;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.governance.Scenarios;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Scenario tests of {@link StatutoryLinks} and of {@link Accountability} following the links it
 * implies: the file {@code implied-by-statute.yaml} types almost no link, and the chains still run
 * to Parliament, the electorate and the foundation trust's members.
 */
class StatutoryLinksTest {

  // NHS Act 2006 s.14Z59 (ICB to NHS England), s.13A (NHS England to the Secretary of State),
  // s.1(3) (ministerial responsibility to Parliament); NHS England's NHS Oversight Framework
  // 2025/26; a council to its electorate; a foundation trust to its governors and members.
  @Nested
  class ImpliedByStatute {
    private final IcsModel model = Scenarios.load("implied-by-statute.yaml");
    private final Accountability lines = Accountability.of(model);

    @Test
    void icb_answersToParliamentThroughImpliedLinks() {
      AccountabilityReport report = lines.chains("icb", TODAY);

      assertThat(report.chains()).extracting(AccountabilityChain::members).containsExactly(
          List.of("icb", "nhse", "sos", "parliament"),
          List.of("icb", "nhse", "sos", "parliament"));
      AccountabilityChain recorded = report.chains().get(0);
      assertThat(recorded.steps().get(0).link()).contains("l-icb-pms");
      assertThat(recorded.steps().get(0).implied()).isFalse();
      AccountabilityChain implied = report.chains().get(1);
      assertThat(implied.steps()).allSatisfy(s -> assertThat(s.implied()).isTrue());
      ChainStep first = implied.steps().get(0);
      assertThat(first.link()).contains("statute:icb-nhs-england:icb:nhse");
      assertThat(first.direction()).contains(AccountabilityDirection.VERTICAL);
      assertThat(first.basis()).contains(AccountabilityBasis.STATUTE);
      assertThat(first.citation()).contains("NHS Act 2006 s.14Z59");
      assertThat(implied.sentence()).isEqualTo("NHS Northshire ICB answers to NHS England (vertical, implied by"
          + " statute, NHS Act 2006 s.14Z59, from 1 July 2022); then NHS England answers to Secretary of State for"
          + " Health and Social Care (vertical, implied by statute, NHS Act 2006 s.13A (the mandate), from 1 July"
          + " 2022); then Secretary of State for Health and Social Care answers to Parliament (vertical, implied by"
          + " statute, NHS Act 2006 s.1(3) (ministerial responsibility to Parliament), from 1 July 2022), ending"
          + " with Parliament, an ultimate account-holder.");
      assertThat(report.gap()).isEmpty();
    }

    @Test
    void foundationTrust_answersToNhsEnglandAndThroughItsGovernorsToItsMembers() {
      AccountabilityReport report = lines.chains("ft", TODAY);

      assertThat(report.chains()).extracting(AccountabilityChain::members).containsExactly(
          List.of("ft", "nhse", "sos", "parliament"),
          List.of("ft", "governors", "members"));
      assertThat(report.chains().get(0).steps().get(0).sentence()).isEqualTo("Northshire Hospitals NHS FT answers"
          + " to NHS England (vertical, implied by regulation, NHS Oversight Framework, from 1 July 2022)");
      AccountabilityChain members = report.chains().get(1);
      assertThat(members.end()).isEqualTo(ChainEnd.TERMINUS);
      assertThat(members.steps()).allSatisfy(s -> {
        assertThat(s.implied()).isTrue();
        assertThat(s.direction()).contains(AccountabilityDirection.BOTTOM_UP);
        assertThat(s.citation()).isEmpty();
      });
      assertThat(members.steps().get(1).sentence()).isEqualTo("Council of Governors of Northshire Hospitals answers"
          + " to Members of Northshire Hospitals NHS FT (bottom-up, implied by statute, from 1 July 2022)");
    }

    @Test
    void recordedLinkForTheSameGiverHolderAndDirection_replacesTheImpliedOne() {
      AccountabilityReport report = lines.chains("trust", TODAY);

      assertThat(report.chains()).singleElement().satisfies(c -> {
        assertThat(c.members()).containsExactly("trust", "nhse", "sos", "parliament");
        assertThat(c.steps().get(0).link()).contains("l-trust-nhse");
        assertThat(c.steps().get(0).implied()).isFalse();
      });
      assertThat(StatutoryLinks.impliedOn(model, TODAY)).extracting(AccountabilityLink::giver).doesNotContain("trust");
    }

    @Test
    void council_answersToTheElectorateThatIsPartOfIt() {
      AccountabilityReport report = lines.chains("council", TODAY);

      assertThat(report.chains()).singleElement().satisfies(c -> {
        assertThat(c.last()).isEqualTo("electorate");
        assertThat(c.end()).isEqualTo(ChainEnd.TERMINUS);
        assertThat(c.sentence()).isEqualTo("Northshire Council answers to Electorate of Northshire (vertical, implied"
            + " by election, from 1 July 2022), ending with Electorate of Northshire, an ultimate account-holder.");
      });
    }

    @Test
    void councilWhoseElectorateIsNotRecorded_hasNothingImplied() {
      assertThat(lines.chains("district", TODAY).chains()).isEmpty();
    }

    @Test
    void system_hasNoGapsAndNoCycles() {
      assertThat(lines.gaps(TODAY)).isEmpty();
      assertThat(lines.cycles(TODAY)).isEmpty();
    }

    @Test
    void impliedLinksSwitchedOff_leaveTheStatutoryHoldersAsGaps() {
      Accountability recordedOnly = lines.withLinksImpliedByStatute(false);
      Accountability fileSwitch = Accountability.of(model.toBuilder().impliedByStatute(false).build());

      assertThat(recordedOnly.linksImpliedByStatute()).isFalse();
      assertThat(recordedOnly.gaps(TODAY)).extracting(AccountabilityGap::holder).containsExactly("icb", "ft", "trust", "nhse");
      assertThat(fileSwitch.linksImpliedByStatute()).isFalse();
      assertThat(fileSwitch.gaps(TODAY)).extracting(AccountabilityGap::holder).containsExactly("icb", "ft", "trust", "nhse");
      assertThat(fileSwitch.withLinksImpliedByStatute(true).gaps(TODAY)).isEmpty();
    }

    @Test
    void impliedLinks_areListedWithTheirBases() {
      assertThat(StatutoryLinks.impliedOn(model, TODAY)).extracting(AccountabilityLink::id).containsExactly(
          "statute:secretary-of-state-parliament:sos:parliament",
          "statute:nhs-england-secretary-of-state:nhse:sos",
          "statute:icb-nhs-england:icb:nhse",
          "statute:trust-nhs-england:ft:nhse",
          "statute:foundation-trust-governors:ft:governors",
          "statute:governors-members:governors:members",
          "statute:council-electorate:council:electorate");
      assertThat(StatutoryLinks.impliedOn(model, TODAY)).allSatisfy(l -> {
        assertThat(l.impliedByStatute()).isTrue();
        assertThat(l.functions()).isEmpty();
      });
      assertThat(Accountability.of(model).linksFrom("icb", TODAY)).extracting(AccountabilityLink::id)
          .containsExactly("l-icb-pms", "statute:icb-nhs-england:icb:nhse");
    }

    // The gap scenario records every line by hand and switches implied links off; with them on, its
    // orphan trust answers to NHS England under the Oversight Framework.
    @Test
    void gapScenario_withImpliedLinksOn_hasNoGap() {
      Accountability gap = Accountability.of(Scenarios.load("accountability-gap.yaml"));

      assertThat(gap.linksImpliedByStatute()).isFalse();
      assertThat(gap.withLinksImpliedByStatute(true).gaps(TODAY)).isEmpty();
    }
  }

  // A link holds only while the giver is of its kind and both ends exist: a trust that became a
  // foundation trust answers to NHS England throughout, and an NHS England given a last day (as the
  // Health Bill 2026 proposes; not law as far as the sources show) is answered to no longer.
  @Test
  void impliedLink_holdsOnlyWhileBothEndsExist() {
    LocalDate since = LocalDate.of(2022, 7, 1);
    LocalDate abolished = LocalDate.of(2027, 3, 31);
    IcsModel model = IcsModel.builder()
        .add(Organisation.of("nhse", OrganisationKind.NHS_ENGLAND, "NHS England", DateRange.of(since, abolished)))
        .add(Organisation.of("icb", OrganisationKind.INTEGRATED_CARE_BOARD, "NHS Northshire ICB", DateRange.from(since)))
        .build();

    assertThat(StatutoryLinks.of(model).all()).singleElement().satisfies(l -> {
      assertThat(l.period()).isEqualTo(DateRange.of(since, abolished));
      assertThat(l.sources()).singleElement().satisfies(s ->
          assertThat(s.url()).contains("https://www.legislation.gov.uk/ukpga/2006/41/section/14Z59"));
    });
    assertThat(StatutoryLinks.impliedOn(model, abolished.plusDays(1))).isEmpty();
    assertThat(Accountability.of(model).chains("icb", abolished.plusDays(1)).chains()).isEmpty();
  }

  @Test
  void implied_isMarkedOnlyOnLinkSteps() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ChainStep(ChainStepKind.THROUGH_BODY, "p", "b",
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
        DateRange.from(LocalDate.of(2022, 7, 1)), "P answers through B", true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
