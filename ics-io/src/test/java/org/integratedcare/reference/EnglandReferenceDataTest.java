package org.integratedcare.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Source;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.core.organisation.GssCode;
import org.integratedcare.core.organisation.OdsCode;
import org.integratedcare.core.organisation.Organisation;
import org.junit.jupiter.api.Test;

/** The England reference data answers the questions its sources (the ICB table, the 2026 merger sources) settle. */
class EnglandReferenceDataTest {
  private static final EnglandReferenceData ENGLAND = EnglandReferenceData.load();

  @Test
  void fortyTwoIcbs_inForceOnFirstJune2025() {
    // 42 ICBs from 1 July 2022 (NHS Act 2006 Part 2 Chapter A3; ONS ICB April 2023 boundaries)
    assertThat(ENGLAND.icbsOn(LocalDate.of(2025, 6, 1))).hasSize(42);
    assertThat(ENGLAND.icbsOn(LocalDate.of(2022, 7, 1))).hasSize(42);
    assertThat(ENGLAND.icbsOn(LocalDate.of(2026, 3, 31))).hasSize(42);
    assertThat(ENGLAND.icbsOn(LocalDate.of(2022, 6, 30))).isEmpty();
  }

  @Test
  void thirtySixIcbs_inForceOnFirstJune2026() {
    // 12 abolished, 6 new, Hampshire and Isle of Wight continues: 36 (NHS ODS, ICB Mergers Phase 1 change summary)
    List<Organisation> icbs = ENGLAND.icbsOn(LocalDate.of(2026, 6, 1));
    assertThat(icbs).hasSize(36);
    assertThat(icbs).extracting(Organisation::id).contains("icb-hampshire-and-isle-of-wight",
        "icb-thames-valley", "icb-central-east").doesNotContain("icb-frimley", "icb-sussex");
    assertThat(ENGLAND.icbsOn(LocalDate.of(2026, 4, 1))).hasSize(36);
  }

  @Test
  void icb_isFoundByIdOrOdsCode_withItsCodesAndRegion() {
    Organisation blmk = ENGLAND.icb("QHG").orElseThrow();
    assertThat(blmk.id()).isEqualTo("icb-bedfordshire-luton-and-milton-keynes");
    assertThat(blmk.name()).isEqualTo("NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board");
    assertThat(blmk.gssCodeOn(LocalDate.of(2024, 1, 1))).contains(GssCode.of("E54000024"));
    assertThat(blmk.period().end()).contains(LocalDate.of(2026, 3, 31));
    assertThat(ENGLAND.icb("icb-bedfordshire-luton-and-milton-keynes")).contains(blmk);
    assertThat(ENGLAND.regionOf("QHG", LocalDate.of(2024, 1, 1)).map(Organisation::id))
        .contains("nhse-region-east-of-england");
    assertThat(ENGLAND.icb("ZZZ")).isEmpty();
  }

  @Test
  void continuingIcbs_stayOpen() {
    Organisation nenc = ENGLAND.icb("QHM").orElseThrow();
    assertThat(nenc.period().isOpen()).isTrue();
    assertThat(ENGLAND.successorsOf("QHM")).isEmpty();
  }

  @Test
  void surreyAndSussex_carryTheApril2023GssCodes() {
    // The ONS table has the April 2023 vintage; the earlier codes are not modelled
    assertThat(ENGLAND.icb("QXU").orElseThrow().gssCodes()).singleElement()
        .satisfies(d -> assertThat(d.value()).isEqualTo(GssCode.of("E54000063")));
    assertThat(ENGLAND.icb("QNX").orElseThrow().gssCodes()).singleElement()
        .satisfies(d -> assertThat(d.value()).isEqualTo(GssCode.of("E54000064")));
  }

  @Test
  void sevenRegions_withOdsAndGssCodes() {
    // ODS codes Y56..Y63; E40 codes (July 2022 set)
    assertThat(ENGLAND.regions()).hasSize(7);
    Organisation ney = ENGLAND.model().organisation("nhse-region-north-east-and-yorkshire").orElseThrow();
    assertThat(ney.odsCode()).contains(OdsCode.of("Y63"));
    assertThat(ney.gssCodeOn(LocalDate.of(2025, 1, 1))).contains(GssCode.of("E40000012"));
    assertThat(ney.partOf()).contains("nhs-england");
  }

  @Test
  void wholeMerger_hasOneWholeSuccessor() {
    List<Succession> s = ENGLAND.successorsOf("QNX");
    assertThat(s).singleElement().satisfies(x -> {
      assertThat(x.successor().id()).isEqualTo("icb-surrey-and-sussex");
      assertThat(x.wholeArea()).isTrue();
      assertThat(x.effectiveDate()).isEqualTo(LocalDate.of(2026, 4, 1));
      assertThat(x.reason()).startsWith("From 2026-04-01 NHS Surrey and Sussex Integrated Care Board"
          + " succeeded NHS Sussex Integrated Care Board (merger)");
      assertThat(x.sources()).extracting(Source::status).contains(java.util.Optional.of(SourceStatus.REPORTED));
    });
  }

  @Test
  void splitIcbs_haveAPartialSuccessionForEachSuccessor() {
    // Hertfordshire and West Essex split by sub-ICB location; Frimley by LSOA (NHS ODS change summary)
    assertThat(ENGLAND.successorsOf("QM7")).extracting(x -> x.successor().id(), Succession::wholeArea)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("icb-central-east", false),
            org.assertj.core.groups.Tuple.tuple("icb-essex", false));
    assertThat(ENGLAND.successorsOf("QNQ")).extracting(x -> x.successor().id()).containsExactly(
        "icb-thames-valley", "icb-surrey-and-sussex", "icb-hampshire-and-isle-of-wight");
    assertThat(ENGLAND.successorsOf("icb-suffolk-and-north-east-essex"))
        .extracting(x -> x.successor().id()).containsExactly("icb-essex", "icb-norfolk-and-suffolk");
    assertThat(ENGLAND.successorsOf("QM7").get(0).reason()).contains("06K and 06N");
  }

  @Test
  void twelveAbolished_sixNew_oneEnlarged() {
    IcsModel m = ENGLAND.model();
    LocalDate before = LocalDate.of(2026, 3, 31);
    long abolished = m.organisations().stream()
        .filter(o -> o.period().end().map(before::equals).orElse(false)).count();
    assertThat(abolished).isEqualTo(12);
    long created = m.organisations().stream()
        .filter(o -> o.period().start().equals(LocalDate.of(2026, 4, 1))).count();
    assertThat(created).isEqualTo(6);
    assertThat(m.changesInto("icb-hampshire-and-isle-of-wight")).singleElement()
        .satisfies(e -> assertThat(e.kind().typeName()).isEqualTo("boundary-change"));
  }

  @Test
  void newIcbCodes_areReported_andThamesValleyHasNone() {
    Organisation essex = ENGLAND.icb("D7T5G").orElseThrow();
    assertThat(essex.id()).isEqualTo("icb-essex");
    assertThat(essex.sources()).extracting(Source::status).containsOnly(java.util.Optional.of(SourceStatus.REPORTED));
    Organisation thamesValley = ENGLAND.icb("icb-thames-valley").orElseThrow();
    assertThat(thamesValley.odsCodes()).isEmpty();
    assertThat(thamesValley.gssCodes()).isEmpty();
  }

  @Test
  void mergeInto_addsTheReferenceRecords_andKeepsTheUsersOwn() {
    IcsModel example = ModelFiles.read(Path.of("..", "examples", "exampleshire-ics.yaml"));
    IcsModel merged = ENGLAND.mergeInto(example);
    assertThat(merged.name()).isEqualTo(example.name());
    // the example defines nhs-england and the South West region itself: its records are kept
    assertThat(merged.organisation("nhs-england")).isEqualTo(example.organisation("nhs-england"));
    assertThat(merged.organisations()).hasSize(example.organisations().size() + 48 + 7 - 1);
    assertThat(merged.on(LocalDate.of(2025, 6, 1)).organisations(
        org.integratedcare.core.organisation.OrganisationKind.INTEGRATED_CARE_BOARD)).hasSize(43);
    assertThat(merged.changeEvents()).hasSize(example.changeEvents().size() + 7);
  }

  @Test
  void data_matchesTheIcbCsv() throws IOException {
    Path csv = Path.of("..", "..", "shared", "domain", "icbs-2022-2026.csv");
    assumeThat(Files.exists(csv)).as("the ICB table used to prepare the data is beside the repository").isTrue();
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines).hasSize(43);
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = cells(line);
      Organisation icb = ENGLAND.icb(cells.get(1)).orElseThrow();
      assertThat(icb.names()).singleElement().satisfies(n -> assertThat(n.value()).isEqualTo(cells.get(0)));
      assertThat(icb.gssCodes()).singleElement()
          .satisfies(g -> assertThat(g.value().value()).isEqualTo(cells.get(2)));
      assertThat(ENGLAND.regionOf(cells.get(1), LocalDate.of(2025, 6, 1)).orElseThrow().name())
          .isEqualTo("NHS England " + cells.get(3));
    }
  }

  private static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
