package org.integratedcare.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.time.DateRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Texts that YAML would otherwise read as something else are written so that they read back as text. */
class TrickyTextTest {
  @ParameterizedTest
  @ValueSource(strings = {"yes", "no", "true", "null", "~", "- item", "a: b", "#hash", "*star", "&anchor",
      "!bang", "'quoted'", "\"double\"", "two\nlines", " leading", "trailing ", "123", "1e3", "0x1F",
      ".inf", "@at", "`tick", "%percent", "{brace}", "[bracket]", "?question", "|pipe", ">greater",
      "Ysgol Gymraeg ŵ ŷ", "2022-07-01", "NHS Bath and North East Somerset, Swindon and Wiltshire"})
  void trickyName_roundTrips(String name) {
    IcsModel model = IcsModel.builder().add(Organisation.of("o", OrganisationKind.VCSE_ORGANISATION, name,
        DateRange.from(LocalDate.of(2022, 7, 1)))).build();
    for (ModelFormat format : ModelFormat.values()) {
      IcsModel back = ModelFiles.read(ModelFiles.write(model, format), format);
      assertThat(back.organisations().get(0).name()).isEqualTo(name);
    }
  }
}
