package org.integratedcare.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integratedcare.io.imports.Fixtures.EXAMPLE;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
      assertThat(d.conflict()).isEqualTo(ConflictType.POTENTIAL);
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
