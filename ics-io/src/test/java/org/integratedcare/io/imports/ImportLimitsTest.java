package org.integratedcare.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImportLimitsTest {
  @Test
  void defaults_areTheDocumentedOnes() {
    ImportLimits d = ImportLimits.defaults();

    assertThat(d.maxFileBytes()).isEqualTo(32 * 1024 * 1024);
    assertThat(d.maxRows()).isEqualTo(500_000);
    assertThat(d.maxColumns()).isEqualTo(200);
    assertThat(d.maxFieldLength()).isEqualTo(10_000);
  }

  @Test
  void with_changesOneLimit() {
    ImportLimits l = ImportLimits.defaults().withMaxFileBytes(1024).withMaxRows(10);

    assertThat(l.maxFileBytes()).isEqualTo(1024);
    assertThat(l.maxRows()).isEqualTo(10);
    assertThat(l.maxColumns()).isEqualTo(ImportLimits.DEFAULT_MAX_COLUMNS);
  }

  @Test
  void aLimitBelowOne_isRejected() {
    assertThatThrownBy(() -> ImportLimits.defaults().withMaxRows(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRows must be at least 1, but was 0");
  }
}
