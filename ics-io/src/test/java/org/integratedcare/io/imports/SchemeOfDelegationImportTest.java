package org.integratedcare.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integratedcare.io.imports.Fixtures.EXAMPLE;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.FinancialLimit;
import org.integratedcare.core.function.LimitCategory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Importing and exporting a scheme of reservation and delegation ({@code ics import sord}). */
class SchemeOfDelegationImportTest {
  private static final Imports IMPORTS = Imports.standard();

  @Nested
  class TheBundledExample {
    @Test
    void importsIntoTheExampleWithoutItsDelegations_givingTheExampleItself() {
      ImportResult r = IMPORTS.schemeOfDelegation(Fixtures.exampleWithoutDelegations(),
          Fixtures.example("exampleshire-sord.csv"), "exampleshire-sord.csv");

      assertThat(r.model().delegations()).containsExactlyElementsOf(EXAMPLE.delegations());
      Fixtures.assertSameBesidesDelegations(r.model(), Fixtures.exampleWithoutDelegations());
      assertThat(r.added()).hasSize(EXAMPLE.delegations().size())
          .first().asString().startsWith("delegation del-nhse-icb-primary-medical: nhs-england to exampleshire-icb");
      assertThat(r.changed()).isEmpty();
      assertThat(r.notPlaced()).isEmpty();
    }

    @Test
    void importedAgain_changesNothing() {
      ImportResult r = IMPORTS.schemeOfDelegation(EXAMPLE, Fixtures.example("exampleshire-sord.csv"), "sord.csv");

      assertThat(r.changedNothing()).isTrue();
      assertThat(r.unchanged()).isEqualTo(EXAMPLE.delegations().size());
      assertThat(r.model()).isEqualTo(EXAMPLE);
    }

    @Test
    void exported_andImportedBack_givesTheSameDelegations() {
      String csv = Imports.exportSchemeOfDelegation(EXAMPLE);

      ImportResult r = IMPORTS.schemeOfDelegation(Fixtures.exampleWithoutDelegations(),
          csv.getBytes(StandardCharsets.UTF_8), "export.csv");

      assertThat(r.model().delegations()).containsExactlyElementsOf(EXAMPLE.delegations());
      assertThat(csv).startsWith(String.join(",", Imports.schemeOfDelegationColumns()) + "\n");
    }

    @Test
    void intoAnEmptyModel_everyNameIsReportedAsUnknown() {
      var problems = Fixtures.problems(() -> IMPORTS.schemeOfDelegation(IcsModel.empty(),
          Fixtures.example("exampleshire-sord.csv"), "sord.csv"));

      assertThat(Fixtures.lines(problems)).contains(
          "row 2, column B (delegator): no body, organisation or post has the id or name 'NHS England'");
    }
  }

  @Nested
  class LimitsAndReservations {
    private final ImportResult result = IMPORTS.schemeOfDelegation(EXAMPLE, Fixtures.resource("sord-limits.csv"),
        "sord-limits.csv");

    @Test
    void rowsWithoutAnIdOrParties_addLimitsToTheDelegationAbove() {
      Delegation d = result.model().delegations().stream()
          .filter(x -> x.id().equals("del-fc-director-of-finance")).findFirst().orElseThrow();

      assertThat(d.delegator()).isEqualTo("icb-finance-committee");
      assertThat(d.delegate()).isEqualTo("post-icb-director-of-finance");
      assertThat(d.limits()).containsExactly(
          FinancialLimit.of(LimitCategory.REVENUE, new BigDecimal("1000000")),
          FinancialLimit.of(LimitCategory.CAPITAL, new BigDecimal("250000")),
          FinancialLimit.of(LimitCategory.CONTRACT_AWARD, new BigDecimal("500000.00")));
      assertThat(d.onwardDelegationAllowed()).contains(false);
      assertThat(d.conditions()).containsExactly("within the annual financial plan");
      assertThat(d.sources()).singleElement().satisfies(s -> assertThat(s.clause()).contains("4.2.4"));
    }

    @Test
    void aReservedRow_reservesTheFunctionToTheBoard() {
      assertThat(result.model().body("icb-board").orElseThrow().reservedFunctions())
          .containsExactly("fn-icb-joint-forward-plan");
      assertThat(result.changed()).containsExactly(
          "body icb-board: reserves fn-icb-joint-forward-plan (row 5)");
      assertThat(result.added()).containsExactly(
          "delegation del-fc-director-of-finance: icb-finance-committee to post-icb-director-of-finance (row 2)");
    }

    @Test
    void exported_writesOneRowPerLimit_andTheReservation() {
      String csv = Imports.exportSchemeOfDelegation(result.model());

      assertThat(csv).contains("\ndel-fc-director-of-finance,icb-finance-committee,post-icb-director-of-finance,"
          + "fn-icb-commissioning,,scheme-of-delegation,SoRD 4.2.4 (illustrative),within the annual financial plan,,"
          + "revenue,1000000,no,icb-finance-committee,2024-04-01,,");
      assertThat(csv).contains("\ndel-fc-director-of-finance,icb-finance-committee,post-icb-director-of-finance,"
          + "fn-icb-commissioning,,scheme-of-delegation,SoRD 4.2.4 (illustrative),,,capital,250000,");
      assertThat(csv).endsWith("\n,icb-board,,fn-icb-joint-forward-plan,yes,,,,,,,,,,,,,,\n");
    }

    @Test
    void exported_andImportedAgain_changesNothing() {
      String csv = Imports.exportSchemeOfDelegation(result.model());

      ImportResult again = IMPORTS.schemeOfDelegation(result.model(), csv.getBytes(StandardCharsets.UTF_8), "x.csv");

      assertThat(again.changedNothing()).isTrue();
      assertThat(again.model()).isEqualTo(result.model());
    }
  }

  @Nested
  class AFileWithMistakes {
    @Test
    void everyMistake_isReportedByRowAndColumn_andNothingIsImported() {
      var problems = Fixtures.problems(() -> IMPORTS.schemeOfDelegation(EXAMPLE,
          Fixtures.resource("sord-mistakes.csv"), "sord-mistakes.csv"));

      assertThat(Fixtures.lines(problems)).containsExactlyInAnyOrder(
          "row 3, column B (delegator): 'Finance and Performance Committee' differs from the delegator of the same"
              + " delegation (del-a) on row 2; a delegation has one delegator",
          "row 3, column K (limit amount): a limit needs both its category and its amount",
          "row 2, column C (delegate): no body, organisation or post has the id or name"
              + " 'Primary Care Comissioning Committee'; did you mean 'Primary Care Commissioning Committee'?",
          "row 2, column F (instrument): 'scheme-of-delgation' is not one of: s65z5-delegation, s65z5-joint-exercise,"
              + " s13yb-direction, s47a-joint-arrangement, s75-partnership, scheme-of-delegation,"
              + " local-government-arrangement, contract; did you mean 'scheme-of-delegation'?",
          "row 2, column I (financial limit): '£2.5m' is not a sum of money: write pounds, such as 2500000 or"
              + " 2,500,000.00",
          "row 2, column L (onward delegation): 'maybe' is not yes or no",
          "row 4, column D (functions): no function has the id or name 'fn-no-such-function'",
          "row 4, column N (from): '31/03/2023' is not a date: write it as YYYY-MM-DD (or a month 2023-05, or a"
              + " year 2017)",
          "row 5, column O (to): the period ends (2023-03-31) before it starts (2024-04-01)",
          "row 5, column P (source): the source url is given but not the source document it belongs to");
    }

    @Test
    void aMisspeltOrMissingColumn_isReportedInTheHeaderRow() {
      byte[] csv = "id,delegater,delegate,functions,instrument,from\n".getBytes(StandardCharsets.UTF_8);

      var problems = Fixtures.problems(() -> IMPORTS.schemeOfDelegation(EXAMPLE, csv, "x.csv"));

      assertThat(Fixtures.lines(problems)).containsExactly(
          "row 1, column B: 'delegater' is not a column of this layout (its columns are: "
              + String.join(", ", Imports.schemeOfDelegationColumns()) + "); did you mean 'delegate' or 'delegator'?",
          "row 1: the column 'delegator' is missing; it is required");
    }

    @Test
    void aNameOfTwoPosts_mustBeGivenAsAnId() {
      byte[] csv = ("delegator,delegate,functions,instrument,from\n"
          + "Finance and Performance Committee,Chief Finance Officer,fn-icb-commissioning,scheme-of-delegation,"
          + "2024-04-01\n").getBytes(StandardCharsets.UTF_8);

      var problems = Fixtures.problems(() -> IMPORTS.schemeOfDelegation(EXAMPLE, csv, "x.csv"));

      assertThat(Fixtures.lines(problems)).containsExactly("row 2, column B (delegate): 'Chief Finance Officer' names"
          + " more than one body, organisation or post (post-icb-director-of-finance, post-finance-dof); give the id"
          + " instead");
    }
  }

  @Test
  void aDelegationWithoutAnId_takesOneMadeFromItsPartiesAndStart() {
    byte[] csv = ("delegator,delegate,functions,instrument,onward delegation,from\n"
        + "Finance and Performance Committee,post-finance-dof,fn-icb-commissioning,scheme-of-delegation,no,"
        + "2024-04-01\n").getBytes(StandardCharsets.UTF_8);

    ImportResult r = IMPORTS.schemeOfDelegation(EXAMPLE, csv, "x.csv");

    assertThat(r.added()).containsExactly(
        "delegation del-icb-finance-committee-post-finance-dof-2024-04-01: icb-finance-committee to post-finance-dof"
            + " (row 2)");
    assertThat(IMPORTS.schemeOfDelegation(r.model(), csv, "x.csv").changedNothing()).isTrue();
  }

  @Test
  void aChangedRow_replacesTheDelegationOfItsId() {
    String csv = Imports.exportSchemeOfDelegation(EXAMPLE).replace(",10000000,", ",12000000,");

    ImportResult r = IMPORTS.schemeOfDelegation(EXAMPLE, csv.getBytes(StandardCharsets.UTF_8), "x.csv");

    assertThat(r.changed()).containsExactly(
        "delegation del-board-finance-committee: icb-board to icb-finance-committee (row 6)");
    assertThat(r.model().delegations()).hasSameSizeAs(EXAMPLE.delegations());
    assertThat(r.model().delegations().get(4).financialLimit()).isEqualTo(Optional.of(new BigDecimal("12000000")));
    assertThat(List.copyOf(r.model().delegations()).get(4).id()).isEqualTo("del-board-finance-committee");
  }
}
