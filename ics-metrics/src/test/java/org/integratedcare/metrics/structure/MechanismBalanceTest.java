package org.integratedcare.metrics.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.mechanism.JointCommittee;
import org.integratedcare.core.mechanism.MechanismKind;
import org.integratedcare.core.mechanism.MemorandumOfUnderstanding;
import org.integratedcare.core.mechanism.SharedPrinciple;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.Level;
import static org.integratedcare.metrics.Records.ENDED;
import static org.integratedcare.metrics.Records.ON;
import static org.integratedcare.metrics.Records.SINCE_2022;
import static org.integratedcare.metrics.Records.body;
import static org.integratedcare.metrics.Records.mou;
import static org.integratedcare.metrics.Records.org;

import org.junit.jupiter.api.Test;

/** The formal and informal mechanisms of GGI's lists (Peter Allanson, "Whose system is it anyway?", Good Governance Institute, 2020). */
class MechanismBalanceTest {

  @Test
  void countsMechanismsInForceByKind_andNamesTheInformalOnesMissing() {
    IcsModel m = IcsModel.builder()
        .add(org("icb", OrganisationKind.INTEGRATED_CARE_BOARD))
        .add(org("la", OrganisationKind.UNITARY_AUTHORITY))
        .add(body("jcBody", BodyKind.JOINT_COMMITTEE, Level.PLACE, "icb", "la"))
        .add(mou("mou", "icb", "la"))
        .add(MemorandumOfUnderstanding.builder().id("oldMou").name("Old").addParties("icb", "la").period(ENDED).build())
        .add(JointCommittee.builder().id("jc").name("Joint committee").body("jcBody").addParties("icb", "la")
            .period(SINCE_2022).build())
        .add(SharedPrinciple.builder().id("values").name("Our values").kind(MechanismKind.JOINT_VALUES_AND_INTENT)
            .statement("We put residents first").addParties("icb", "la").period(SINCE_2022).build())
        .build();

    MechanismBalance b = MechanismBalance.of(m.on(ON));

    assertThat(b.total()).isEqualTo(3);
    assertThat(b.formal()).isEqualTo(2);
    assertThat(b.informal()).isEqualTo(1);
    assertThat(b.informalShare().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(b.byKind()).containsEntry(MechanismKind.MEMORANDUM_OF_UNDERSTANDING, 1)
        .containsEntry(MechanismKind.CAUCUSING, 0);
    assertThat(b.absentInformalKinds()).containsExactly(MechanismKind.OPEN_INFORMATION_SHARING,
        MechanismKind.SUBSIDIARITY, MechanismKind.CAUCUSING, MechanismKind.JOINT_POSTS);
  }

  @Test
  void noMechanisms_hasNoShare() {
    assertThat(MechanismBalance.of(IcsModel.empty().on(ON)).informalShare()).isEmpty();
  }
}
