package org.integratedcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Citations of Acts and instruments linked to legislation.gov.uk, down to the section. */
class LegislationLinksTest {
  @Test
  void section_ofTheNhsAct() {
    assertThat(LegislationLinks.of("NHS Act 2006 s.14Z59"))
        .contains("https://www.legislation.gov.uk/ukpga/2006/41/section/14Z59");
  }

  @Test
  void schedule_ofTheNhsAct() {
    assertThat(LegislationLinks.of("NHS Act 2006, Schedule 1B para 3"))
        .contains("https://www.legislation.gov.uk/ukpga/2006/41/schedule/1B");
  }

  @Test
  void actWithoutASection_linksTheAct() {
    assertThat(LegislationLinks.of("NHS Act 2006 as amended by the Health and Care Act 2022"))
        .contains("https://www.legislation.gov.uk/ukpga/2006/41");
    assertThat(LegislationLinks.of("Local Government and Public Involvement in Health Act 2007 s.116ZA"))
        .contains("https://www.legislation.gov.uk/ukpga/2007/28/section/116ZA");
  }

  @Test
  void statutoryInstrument() {
    assertThat(LegislationLinks.of("S.I. 2022/642 reg. 3")).contains("https://www.legislation.gov.uk/uksi/2022/642");
  }

  @Test
  void theFirstActCitedWins() {
    assertThat(LegislationLinks.of("Health and Care Act 2022, amending the NHS Act 2006 s.65Z5"))
        .contains("https://www.legislation.gov.uk/ukpga/2022/31");
  }

  @Test
  void guidanceAndArticles_areNotLinked() {
    assertThat(LegislationLinks.of("NHS England, Guidance on good governance and collaboration")).isEmpty();
    assertThat(LegislationLinks.of("Michael West, \"The unenviable challenge\"")).isEmpty();
  }
}
