package org.integratedcare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.integratedcare.core.organisation.GssCode;
import org.integratedcare.core.organisation.OdsCode;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.time.DateRange;

/** ODS and GSS code formats, as ODS data and the gsscode package (https://pgxn.org/dist/gsscode/) show them. */
class CodesTest {
  private static final DateRange SINCE_2022 = DateRange.from(LocalDate.of(2022, 7, 1));

  @ParameterizedTest
  @ValueSource(strings = {"QHG", "QE1", "S1Y5D", "00L", "Y61", "RTD", "A82608"})
  void odsCode_acceptsObservedFormats(String code) {
    assertThat(OdsCode.of(code).value()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Q", "QH", "qhg", "QH-G", "A826081", " QHG"})
  void odsCode_rejectsOtherText(String code) {
    assertThatThrownBy(() -> OdsCode.of(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not an ODS code");
    assertThat(OdsCode.isValid(code)).isFalse();
  }

  @Test
  void odsCode_kindSpecificFormats() {
    assertThat(OdsCode.of("QHG").isIcbFormat()).isTrue();
    assertThat(OdsCode.of("S1Y5D").isIcbFormat()).isTrue();
    assertThat(OdsCode.of("A82608").isIcbFormat()).isFalse();
    assertThat(OdsCode.of("Y56").isRegionFormat()).isTrue();
    assertThat(OdsCode.of("QHG").isRegionFormat()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"E54000024", "E38000130", "E40000012", "W11000023"})
  void gssCode_acceptsLetterAndEightDigits(String code) {
    assertThat(GssCode.of(code).value()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"E5400002", "E540000241", "X54000024", "e54000024", "E54O00024"})
  void gssCode_rejectsOtherText(String code) {
    assertThatThrownBy(() -> GssCode.of(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a GSS code");
  }

  @Test
  void gssCode_entityPrefixTellsWhatItIs() {
    assertThat(GssCode.of("E54000024").entity()).isEqualTo(GssCode.ICB);
    assertThat(GssCode.of("E38000130").isEntity(GssCode.SUB_ICB_LOCATION)).isTrue();
    assertThat(GssCode.of("E40000012").isEntity(GssCode.NHS_ENGLAND_REGION)).isTrue();
  }

  @Test
  void organisation_icbWithPracticeShapedOdsCode_rejected() {
    assertThatThrownBy(() -> Organisation.builder().id("icb").name("NHS Example ICB", SINCE_2022)
            .kind(OrganisationKind.INTEGRATED_CARE_BOARD, SINCE_2022).odsCode("A82608", SINCE_2022).period(SINCE_2022).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ODS code 'A82608' of integrated-care-board 'icb' must be 3 or 5 letters and digits");
  }

  @Test
  void organisation_icbWithSubIcbGssCode_rejected() {
    assertThatThrownBy(() -> Organisation.builder().id("icb").name("NHS Example ICB", SINCE_2022)
            .kind(OrganisationKind.INTEGRATED_CARE_BOARD, SINCE_2022).gssCode("E38000130", SINCE_2022).period(SINCE_2022).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GSS code 'E38000130' of integrated-care-board 'icb' must start E54");
  }

  @Test
  void organisation_regionCodeMustBeYAndTwoDigits() {
    assertThatThrownBy(() -> Organisation.builder().id("r").name("Region", SINCE_2022)
            .kind(OrganisationKind.NHS_ENGLAND_REGION, SINCE_2022).odsCode("QHG", SINCE_2022).period(SINCE_2022).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be Y followed by two digits");
  }

  /** Surrey Heartlands kept its ODS code while its GSS code changed in April 2023 (ONS ICB April 2023 boundaries). */
  @Test
  void organisation_gssCodeChangesWhileOdsCodeStays() {
    LocalDate april2023 = LocalDate.of(2023, 4, 1);
    Organisation surrey = Organisation.builder().id("surrey").period(SINCE_2022)
        .name("NHS Surrey Heartlands Integrated Care Board", SINCE_2022)
        .kind(OrganisationKind.INTEGRATED_CARE_BOARD, SINCE_2022)
        .odsCode("QXU", SINCE_2022)
        .gssCode("E54000052", DateRange.of(LocalDate.of(2022, 7, 1), april2023.minusDays(1)))
        .gssCode("E54000063", DateRange.from(april2023))
        .build();

    assertThat(surrey.gssCodeOn(LocalDate.of(2022, 12, 1))).contains(GssCode.of("E54000052"));
    assertThat(surrey.gssCodeOn(april2023)).contains(GssCode.of("E54000063"));
    assertThat(surrey.odsCodeOn(april2023)).contains(OdsCode.of("QXU"));
  }
}
