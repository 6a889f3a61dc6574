package org.integratedcare.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integratedcare.io.imports.Fixtures.EXAMPLE;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.ConflictType;
import org.integratedcare.core.body.Declaration;
import org.integratedcare.core.body.InterestType;
import org.integratedcare.core.body.Person;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Importing and exporting a register of interests ({@code ics import interests}). */
class RegisterOfInterestsImportTest {
  private static final Imports IMPORTS = Imports.standard();
  private static final String HEADER = String.join(",", Imports.registerOfInterestsColumns()) + "\n";

  @Nested
  class TheBundledExample {
    @Test
    void importsIntoTheExampleWithoutItsDeclarations_givingTheExampleItself() {
      ImportResult r = IMPORTS.registerOfInterests(Fixtures.exampleWithoutDeclarations(),
          Fixtures.example("exampleshire-interests.csv"), "exampleshire-interests.csv");

      assertThat(r.model().people()).containsExactlyElementsOf(EXAMPLE.people());
      assertThat(r.model()).isEqualTo(EXAMPLE);
      assertThat(r.added()).hasSize(4).first().isEqualTo(
          "declaration of priya-raman: Chief executive of Riverton University Hospitals NHS Foundation Trust (row 2)");
      assertThat(r.notPlaced()).as("each person holds the post on the board the file names").isEmpty();
    }

    @Test
    void importedAgain_changesNothing() {
      ImportResult r = IMPORTS.registerOfInterests(EXAMPLE, Fixtures.example("exampleshire-interests.csv"), "x.csv");

      assertThat(r.changedNothing()).isTrue();
      assertThat(r.unchanged()).isEqualTo(4);
      assertThat(r.model()).isEqualTo(EXAMPLE);
    }

    @Test
    void exported_andImportedBack_givesTheSameRegister() {
      String csv = Imports.exportRegisterOfInterests(EXAMPLE);

      ImportResult r = IMPORTS.registerOfInterests(Fixtures.exampleWithoutDeclarations(),
          csv.getBytes(StandardCharsets.UTF_8), "export.csv");

      assertThat(r.model()).isEqualTo(EXAMPLE);
      assertThat(csv).startsWith(HEADER).contains("\npriya-raman,Partner Member (NHS trusts and foundation trusts),"
          + "icb-board,Chief executive of Riverton University Hospitals NHS Foundation Trust,financial,actual,"
          + "riverton-hospitals-ft,2019-09-01,,Withdraws from items on contracts with or funding for the trust,"
          + "2022-07-01\n");
    }
  }

  /**
   * A register in the shape ICBs publish it: the columns of the template register in NHS England's
   * <i>Managing conflicts of interest in the NHS</i>
   * (https://www.england.nhs.uk/long-read/managing-conflicts-of-interest-in-the-nhs/) and of ICBs'
   * published registers that follow it - name, position, type of interest, description of the
   * interest and the organisation, date of interest from and to, and action taken - under this
   * layout's names. It has no conflict column: an entry on a register is an interest, and whether it
   * is an actual, potential or perceived conflict is judged against a decision.
   */
  @Nested
  class ARegisterAsPublished {
    private static final String PUBLISHED = "person,role,type,interest,organisation,from,to,action taken\n"
        + "Priya Raman,Partner Member (NHS trusts and foundation trusts),financial,Chief executive of Riverton "
        + "University Hospitals NHS Foundation Trust,Riverton University Hospitals NHS Foundation Trust,2019-09-01,,"
        + "Withdraws from items on contracts with or funding for the trust\n"
        + "Dr Kofi Mensah,Partner Member (primary medical services),indirect,Spouse is a practice manager at "
        + "Riverside Medical Practice,Riverside Medical Practice,2021-04,2024-03,\n";

    @Test
    void importsWithoutAConflictColumn_eachInterestNotAssessedAsAConflict() {
      ImportResult r = IMPORTS.registerOfInterests(Fixtures.exampleWithoutDeclarations(),
          PUBLISHED.getBytes(StandardCharsets.UTF_8), "register.csv");

      Declaration priya = r.model().person("priya-raman").orElseThrow().declarations().get(0);
      assertThat(priya.conflict()).as("not assessed").isEmpty();
      assertThat(priya.interestType()).contains(InterestType.FINANCIAL);
      assertThat(priya.organisation()).contains("riverton-hospitals-ft");
      assertThat(priya.actionTaken()).contains("Withdraws from items on contracts with or funding for the trust");
      Declaration kofi = r.model().person("dr-kofi-mensah").orElseThrow().declarations().get(0);
      assertThat(kofi.conflict()).isEmpty();
      assertThat(kofi.interestType()).contains(InterestType.INDIRECT);
      assertThat(kofi.period().endText()).contains("2024-03");
      assertThat(r.added()).hasSize(2);
      assertThat(r.notPlaced()).as("each role is the title of the post the person holds").isEmpty();
    }

    @Test
    void exportsWithoutAConflictColumn_andReadsBackTheSame() {
      IcsModel imported = IMPORTS.registerOfInterests(Fixtures.exampleWithoutDeclarations(),
          PUBLISHED.getBytes(StandardCharsets.UTF_8), "register.csv").model();

      String csv = Imports.exportRegisterOfInterests(imported);

      assertThat(csv).startsWith("person,role,body,interest,type,organisation,from,to,action taken,declared\n");
      assertThat(IMPORTS.registerOfInterests(Fixtures.exampleWithoutDeclarations(),
          csv.getBytes(StandardCharsets.UTF_8), "export.csv").model()).isEqualTo(imported);
    }

    @Test
    void aRegisterWithoutSomeColumns_leavesWhatTheModelRecordsInThemAsItIs() {
      // the published shape: no body, conflict, organisation or declared columns; the model's
      // own assessments of these four interests must survive the import
      String csv = "person,role,interest,type,from,to,action taken\n"
          + "Priya Raman,Partner Member (NHS trusts and foundation trusts),Chief executive of Riverton University"
          + " Hospitals NHS Foundation Trust,financial,2019-09-01,,Withdraws from items on contracts with or"
          + " funding for the trust\n"
          + "Dr Kofi Mensah,Partner Member (primary medical services),\"GP partner at Riverside Medical Practice,"
          + " the PCN's nominated payee\",financial,2012-04-01,,\n";

      ImportResult r = IMPORTS.registerOfInterests(EXAMPLE, csv.getBytes(StandardCharsets.UTF_8), "register.csv");

      assertThat(r.model()).isEqualTo(EXAMPLE);
      assertThat(r.changed()).isEmpty();
      assertThat(r.added()).isEmpty();
    }

    @Test
    void anEmptyCellInAColumnTheFileHas_clearsWhatTheModelRecorded() {
      String csv = "person,interest,from,conflict\n"
          + "Priya Raman,Chief executive of Riverton University Hospitals NHS Foundation Trust,2019-09-01,\n";

      ImportResult r = IMPORTS.registerOfInterests(EXAMPLE, csv.getBytes(StandardCharsets.UTF_8), "register.csv");

      Declaration priya = r.model().person("priya-raman").orElseThrow().declarations().get(0);
      assertThat(priya.conflict()).as("the file says: not assessed").isEmpty();
      assertThat(priya.interestType()).as("no type column: kept").contains(InterestType.FINANCIAL);
      assertThat(r.changed()).hasSize(1);
    }

    @Test
    void anEmptyConflictCell_isNotAssessed_andIsExportedEmptyBesideTheAssessedOnes() {
      String csv = Imports.exportRegisterOfInterests(EXAMPLE).replace(",financial,actual,", ",financial,,");

      ImportResult r = IMPORTS.registerOfInterests(Fixtures.exampleWithoutDeclarations(),
          csv.getBytes(StandardCharsets.UTF_8), "x.csv");

      assertThat(r.model().person("priya-raman").orElseThrow().declarations().get(0).conflict()).isEmpty();
      assertThat(r.model().person("dr-kofi-mensah").orElseThrow().declarations().get(0).conflict())
          .contains(ConflictType.POTENTIAL);
      assertThat(Imports.exportRegisterOfInterests(r.model())).isEqualTo(csv);
    }
  }

  @Test
  void aPersonTheModelDoesNotHold_isAddedWithAnIdFromTheirName_andTheirRoleListedAsNotPlaced() {
    byte[] csv = (HEADER + "Dr Sam Okafor,Chair,NHS Exampleshire ICB Board,Director of a care home group,financial,"
        + "potential,,2023-01-01,,Leaves the meeting for items on care homes,2023-02-01\n")
        .getBytes(StandardCharsets.UTF_8);

    ImportResult r = IMPORTS.registerOfInterests(EXAMPLE, csv, "x.csv");

    Person p = r.model().person("dr-sam-okafor").orElseThrow();
    assertThat(p.name()).isEqualTo("Dr Sam Okafor");
    assertThat(p.declarations()).singleElement().satisfies(d -> {
      assertThat(d.interestType()).contains(InterestType.FINANCIAL);
      assertThat(d.conflict()).contains(ConflictType.POTENTIAL);
      assertThat(d.actionTaken()).contains("Leaves the meeting for items on care homes");
      assertThat(d.declaredOn()).contains(LocalDate.of(2023, 2, 1));
    });
    assertThat(r.added()).containsExactly("declaration of dr-sam-okafor: Director of a care home group (row 2)",
        "person dr-sam-okafor: Dr Sam Okafor (row 2)");
    assertThat(r.notPlaced()).singleElement().asString().startsWith(
        "role of dr-sam-okafor: 'Chair' on icb-board (row 2): the model records no appointment of the person");
    assertThat(IMPORTS.registerOfInterests(r.model(), csv, "x.csv").changedNothing()).isTrue();
  }

  @Test
  void aRowForADeclarationAlreadyHeld_withAnotherAction_changesIt() {
    String csv = Imports.exportRegisterOfInterests(EXAMPLE).replace(",,2022-07-01\ncllr-helen-marsh",
        ",Takes no part in decisions on the better care fund,2022-07-01\ncllr-helen-marsh");

    ImportResult r = IMPORTS.registerOfInterests(EXAMPLE, csv.getBytes(StandardCharsets.UTF_8), "x.csv");

    assertThat(r.changed()).containsExactly("declaration of dr-kofi-mensah: GP partner at Riverside Medical Practice,"
        + " the PCN's nominated payee (row 3)");
    Declaration d = r.model().person("dr-kofi-mensah").orElseThrow().declarations().get(0);
    assertThat(d.actionTaken()).contains("Takes no part in decisions on the better care fund");
  }

  @Test
  void aFileWithMistakes_reportsEveryMistakeByRowAndColumn() {
    var problems = Fixtures.problems(() -> IMPORTS.registerOfInterests(EXAMPLE,
        Fixtures.resource("interests-mistakes.csv"), "interests-mistakes.csv"));

    assertThat(Fixtures.lines(problems)).containsExactlyInAnyOrder(
        "row 2, column A (person): no person has the id or name 'Dr Kofi Mensa'; did you mean 'Dr Kofi Mensah'?"
            + " (to add a new person of that name, first add them to the model)",
        "row 3, column C (body): no body has the id or name 'NHS Exampleshire ICB Bord'; did you mean"
            + " 'NHS Exampleshire ICB Board'?",
        "row 3, column F (conflict): 'possible' is not one of: actual, potential, perceived",
        "row 4, column D (interest): the interest is missing: give what the interest is",
        "row 4, column G (organisation): no organisation has the id or name 'Riverton Univeristy Hospitals NHS"
            + " Foundation Trust'; did you mean 'Riverton University Hospitals NHS Foundation Trust'?",
        "row 4, column H (from): '2020-13-01' is not a date: write it as YYYY-MM-DD (or a month 2023-05, or a"
            + " year 2017)",
        "row 4, column K (declared): '1 July 2022' is not a date: write it as YYYY-MM-DD, such as 2022-07-01");
  }
}
