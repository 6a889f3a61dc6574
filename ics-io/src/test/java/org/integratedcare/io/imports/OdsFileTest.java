package org.integratedcare.io.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OdsFileTest {
  @ParameterizedTest
  @CsvSource(textBlock = """
      etr.csv,                              ETR
      /data/ods/EPRACCUR.CSV,               EPRACCUR
      epcncorepartnerdetails.csv,           EPCN
      epcn.csv,                             EPCN
      C:\\ods\\etr-2026-11.csv,             ETR
      """)
  void ofFileName_readsThePublishedName(String name, OdsFile expected) {
    assertThat(OdsFile.ofFileName(name)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"trusts.csv", "my-etr.csv", "ods/practices.csv"})
  void ofFileName_isEmptyForOtherNames(String name) {
    assertThat(OdsFile.ofFileName(name)).isEmpty();
  }
}
