package org.integratedcare.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integratedcare.io.imports.Fixtures.EXAMPLE;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Importing NHS England's ODS files ({@code ics import ods}): trusts (etr), GP practices (epraccur)
 * and practices' memberships of primary care networks (the PCN core partner details of epcn).
 */
class OdsImportTest {
  private static final Imports IMPORTS = Imports.standard();

  private static ImportResult example(String file, OdsFile layout, IcsModel into) {
    return IMPORTS.ods(into, Fixtures.example("ods/" + file), file, layout);
  }

  @Nested
  class Trusts {
    private final ImportResult result = example("etr.csv", OdsFile.ETR, EXAMPLE);

    @Test
    void aTrustOfTheSameName_gainsTheCode_forItsWholePeriod() {
      Organisation riverton = result.model().organisation("riverton-hospitals-ft").orElseThrow();
      assertThat(riverton.odsCodeOn(riverton.period().start()).orElseThrow().value()).isEqualTo("XEA");
      assertThat(riverton.name()).as("the model's own name is kept").isEqualTo(
          "Riverton University Hospitals NHS Foundation Trust");
      assertThat(result.changed()).hasSize(4).first().isEqualTo("organisation riverton-hospitals-ft: gains ODS code"
          + " XEA (row 1)");
    }

    @Test
    void aTrustTheModelDoesNotHold_isAdded_asAFoundationTrustWhenItsNameSaysSo() {
      Organisation added = result.model().organisationsByOdsCode("XEE").get(0);
      assertThat(added.id()).isEqualTo("exampleshire-ambulance-service-nhs-foundation-trust");
      assertThat(added.kind()).isEqualTo(OrganisationKind.NHS_FOUNDATION_TRUST);
      assertThat(added.period().start()).isEqualTo(LocalDate.of(2006, 7, 1));
      assertThat(added.sources()).singleElement().satisfies(s -> assertThat(s.url()).hasValueSatisfying(
          u -> assertThat(u).startsWith("https://www.odsdatasearchandexport.nhs.uk/referenceDataCatalogue/")));
    }

    @Test
    void importedAgain_changesNothing() {
      ImportResult again = example("etr.csv", OdsFile.ETR, result.model());

      assertThat(again.changedNothing()).isTrue();
      assertThat(again.model()).isEqualTo(result.model());
    }

    @Test
    void aFileWithMistakes_reportsEveryMistakeByRowAndColumn() {
      var problems = Fixtures.problems(() -> IMPORTS.ods(EXAMPLE, Fixtures.resource("etr-mistakes.csv"), "etr.csv",
          OdsFile.ETR));

      assertThat(Fixtures.lines(problems)).containsExactlyInAnyOrder(
          "row 5: the row has 11 cells but the layout has 27 columns; the row was not read",
          "row 1, column K (open date): '2004-04-31' is not a date: ODS files write dates as YYYYMMDD, such as"
              + " 20220701 (2022-07-01 and 01/07/2022 are also read)",
          "row 2, column A (organisation code): 'xeb' is not an ODS code",
          "row 3, column B (name): the name is missing: give the organisation's name",
          "row 3, column L (close date): the organisation closes (2007-04-01) before it opens (2008-04-01)",
          "row 4, column A (organisation code): the code XEA is given twice (also on row 1)");
    }
  }

  @Test
  void practices_gainTheirCodes_andOnlyGpPracticesAreRead() {
    byte[] walkIn = ("X00009,RIVERTON WALK-IN CENTRE,,,,,,,,,20150401,,A,,,,,,,,,,,,,1,\n")
        .getBytes(StandardCharsets.UTF_8);

    ImportResult r = example("epraccur.csv", OdsFile.EPRACCUR, EXAMPLE);
    ImportResult other = IMPORTS.ods(EXAMPLE, walkIn, "epraccur.csv", OdsFile.EPRACCUR);

    assertThat(r.added()).containsExactly("organisation estuary-road-surgery: ESTUARY ROAD SURGERY (X00004,"
        + " gp-practice) (row 4)");
    assertThat(r.model().organisationsByOdsCode("X00001")).extracting(Organisation::id)
        .containsExactly("riverside-medical-practice");
    assertThat(other.notPlaced()).containsExactly("row 1: X00009 has prescribing setting 1, not 4 (GP practice);"
        + " only GP practices are imported");
    assertThat(other.changedNothing()).isTrue();
  }

  @Nested
  class NetworkMembership {
    private final ImportResult result = example("epcncorepartnerdetails.csv", OdsFile.EPCN, EXAMPLE);

    @Test
    void aPracticeThatJoined_isAddedToTheNetworksMembers() {
      assertThat(Fixtures.network(result.model(), "riverton-central-pcn").memberPractices()).containsExactlyInAnyOrder(
          "riverside-medical-practice", "harbour-lane-surgery", "old-mill-health-centre", "estuary-road-surgery");
      assertThat(result.model().organisation("estuary-road-surgery").orElseThrow().period().start())
          .as("the practice's first day is the start of its membership, the earliest the file gives")
          .isEqualTo(LocalDate.of(2024, 4, 1));
      assertThat(result.changed()).contains("primary care network riverton-central-pcn: adds member practices"
          + " estuary-road-surgery (row 2)");
    }

    @Test
    void aMembershipThatEnded_isListedAsNotPlaced() {
      assertThat(result.notPlaced()).containsExactly("row 6: X00005 left UX0001 on 2024-03-31; the model records a"
          + " network's current member practices only");
      assertThat(result.model().organisationsByOdsCode("X00005")).isEmpty();
    }

    @Test
    void importedAgain_changesNothing() {
      ImportResult again = example("epcncorepartnerdetails.csv", OdsFile.EPCN, result.model());

      assertThat(again.changedNothing()).isTrue();
      assertThat(again.model()).isEqualTo(result.model());
    }

    @Test
    void intoANewModel_makesTheNetworkAndItsPractices() {
      ImportResult r = example("epcncorepartnerdetails.csv", OdsFile.EPCN, IcsModel.empty());

      assertThat(r.model().organisations()).extracting(Organisation::kind).containsOnly(
          OrganisationKind.PRIMARY_CARE_NETWORK, OrganisationKind.GP_PRACTICE);
      assertThat(Fixtures.network(r.model(), "riverton-central-primary-care-network").memberPractices()).hasSize(4);
    }

    @Test
    void aFileWithMistakes_reportsEveryMistakeByRowAndColumn() {
      var problems = Fixtures.problems(() -> IMPORTS.ods(EXAMPLE, Fixtures.resource("epcn-mistakes.csv"), "epcn.csv",
          OdsFile.EPCN));

      assertThat(Fixtures.lines(problems)).containsExactlyInAnyOrder(
          "row 2, column E (pcn code): 'UX-0001' is not an ODS code",
          "row 3, column B (partner name): the partner name is missing: give the practice's name",
          "row 3, column I (practice to pcn relationship start date): 'July 2022' is not a date: ODS files write"
              + " dates as YYYYMMDD, such as 20220701 (2022-07-01 and 01/07/2022 are also read)",
          "row 4, column J (practice to pcn relationship end date): '2022-13-01' is not a date: ODS files write"
              + " dates as YYYYMMDD, such as 20220701 (2022-07-01 and 01/07/2022 are also read)");
    }
  }
}
