package org.integratedcare.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadLimitsTest {
  @Test
  void defaults_areTheDocumentedValues() {
    ReadLimits d = ReadLimits.defaults();
    assertThat(d.maxDocumentBytes()).isEqualTo(32 * 1024 * 1024);
    assertThat(d.maxNestingDepth()).isEqualTo(64);
    assertThat(d.maxStringLength()).isEqualTo(100_000);
    assertThat(ModelReader.standard().limits()).isEqualTo(d);
  }

  @Test
  void with_copiesOneLimit() {
    ReadLimits l = ReadLimits.defaults().withMaxNestingDepth(10);
    assertThat(l).isEqualTo(ReadLimits.of(32 * 1024 * 1024, 10, 100_000)).isNotEqualTo(ReadLimits.defaults());
    assertThat(l.hashCode()).isEqualTo(ReadLimits.of(32 * 1024 * 1024, 10, 100_000).hashCode());
  }

  @Test
  void withMaxValues_copiesOneLimit() {
    ReadLimits l = ReadLimits.defaults().withMaxValues(10);
    assertThat(l.maxValues()).isEqualTo(10);
    assertThat(ReadLimits.defaults().maxValues()).isEqualTo(ReadLimits.DEFAULT_MAX_VALUES);
    assertThat(l.withMaxValues(ReadLimits.DEFAULT_MAX_VALUES)).isEqualTo(ReadLimits.defaults());
    assertThatThrownBy(() -> l.withMaxValues(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_belowOne_rejected() {
    assertThatThrownBy(() -> ReadLimits.of(0, 1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxStringLength(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
