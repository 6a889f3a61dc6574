package org.integratedcare.metrics.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.integratedcare.metrics.Records.ON;
import static org.integratedcare.metrics.Records.SINCE_2022;
import static org.integratedcare.metrics.Records.body;
import static org.integratedcare.metrics.Records.mou;
import static org.integratedcare.metrics.Records.org;

import org.integratedcare.core.BodyKind;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.JointCommittee;
import org.integratedcare.core.Level;
import org.integratedcare.core.OrganisationKind;
import org.junit.jupiter.api.Test;

/** Who connects to whom through shared forums, and which brokers the system depends on. */
class PartnershipNetworkTest {

  private static IcsModel.Builder orgs(String... ids) {
    IcsModel.Builder b = IcsModel.builder();
    for (String id : ids) {
      b.add(org(id, OrganisationKind.VCSE_ORGANISATION));
    }
    return b;
  }

  @Test
  void chainOfForums_makesTheMiddleOrganisationsBrokers() {
    // a - b - c - d through three memoranda: b lies on the paths a-c and a-d, c on a-d and b-d
    IcsModel m = orgs("a", "b", "c", "d").add(mou("m1", "a", "b")).add(mou("m2", "b", "c")).add(mou("m3", "c", "d"))
        .build();

    PartnershipNetwork n = PartnershipNetwork.of(m.on(ON));

    assertThat(n.organisations()).isEqualTo(4);
    assertThat(n.forums()).isEqualTo(3);
    assertThat(n.memberships()).isEqualTo(6);
    assertThat(n.components()).isEqualTo(1);
    assertThat(n.of("b").rawBetweenness()).isCloseTo(2.0, within(1e-12));
    assertThat(n.of("b").betweenness()).isCloseTo(2.0 / 3, within(1e-12)); // over (4-1)(4-2)/2 = 3 pairs
    assertThat(n.of("a").rawBetweenness()).isZero();
    assertThat(n.of("b").partners()).isEqualTo(2);
    assertThat(n.of("a").partners()).isEqualTo(1);
    assertThat(n.of("b").forums()).isEqualTo(2);
    assertThat(n.brokers()).containsExactly("b", "c");
  }

  @Test
  void twoForumsBetweenTheSamePair_countAsTwoShortestPaths() {
    // a and b share two forums, b and c one: every a-c path passes b, so b's betweenness is 1
    IcsModel m = orgs("a", "b", "c").add(mou("m1", "a", "b")).add(mou("m1b", "a", "b")).add(mou("m2", "b", "c"))
        .build();

    PartnershipNetwork n = PartnershipNetwork.of(m.on(ON));

    assertThat(n.of("b").rawBetweenness()).isCloseTo(1.0, within(1e-12));
    assertThat(n.of("b").betweenness()).isCloseTo(1.0, within(1e-12));
    assertThat(n.of("a").partners()).isEqualTo(1);
  }

  @Test
  void sharedForumOfThree_hasNoBroker_andSeparateGroupsAreComponents() {
    IcsModel m = orgs("a", "b", "c", "x", "y").add(mou("m1", "a", "b", "c")).add(mou("m2", "x", "y")).build();

    PartnershipNetwork n = PartnershipNetwork.of(m.on(ON));

    assertThat(n.components()).isEqualTo(2);
    assertThat(n.brokers()).isEmpty();
    assertThat(n.of("a").partners()).isEqualTo(2);
  }

  @Test
  void jointCommitteeAndItsBody_areOneForum_andSingleOrganisationBodiesConnectNoOne() {
    IcsModel m = orgs("a", "b")
        .add(body("jcBody", BodyKind.JOINT_COMMITTEE, Level.PLACE, "a", "b"))
        .add(body("aBoard", BodyKind.UNITARY_BOARD, Level.ORGANISATION, "a"))
        .add(JointCommittee.builder().id("jc").name("JC").body("jcBody").addParties("a", "b").period(SINCE_2022).build())
        .build();

    PartnershipNetwork n = PartnershipNetwork.of(m.on(ON));

    assertThat(n.forums()).isEqualTo(1);
    assertThat(n.of("a").forums()).isEqualTo(1);
  }
}
