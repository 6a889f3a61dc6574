package org.integratedcare.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.integratedcare.core.IcsModel;

/** Test helpers for comparing whole models. */
final class Models {
  private Models() {}

  /** Asserts that two models hold equal records of every kind, in the same order. */
  static void assertSameModel(IcsModel actual, IcsModel expected) {
    assertThat(actual.name()).isEqualTo(expected.name());
    assertThat(actual.organisations()).containsExactlyElementsOf(expected.organisations());
    assertThat(actual.structures()).containsExactlyElementsOf(expected.structures());
    assertThat(actual.bodies()).containsExactlyElementsOf(expected.bodies());
    assertThat(actual.posts()).containsExactlyElementsOf(expected.posts());
    assertThat(actual.people()).containsExactlyElementsOf(expected.people());
    assertThat(actual.appointments()).containsExactlyElementsOf(expected.appointments());
    assertThat(actual.functions()).containsExactlyElementsOf(expected.functions());
    assertThat(actual.delegations()).containsExactlyElementsOf(expected.delegations());
    assertThat(actual.mechanisms()).containsExactlyElementsOf(expected.mechanisms());
    assertThat(actual.accountabilityLinks()).containsExactlyElementsOf(expected.accountabilityLinks());
    assertThat(actual.meetings()).containsExactlyElementsOf(expected.meetings());
    assertThat(actual.changeEvents()).containsExactlyElementsOf(expected.changeEvents());
  }
}
