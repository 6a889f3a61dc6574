package org.integratedcare.metrics.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.mechanism.JointCommittee;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.Level;
import static org.integratedcare.metrics.Records.ON;
import static org.integratedcare.metrics.Records.SINCE_2022;
import static org.integratedcare.metrics.Records.body;
import static org.integratedcare.metrics.Records.mou;
import static org.integratedcare.metrics.Records.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  /**
   * Property: on random networks of memoranda, Brandes' betweenness equals the definition computed
   * the slow way, pair by pair (σ_sv·σ_vt/σ_st over pairs whose shortest paths pass v).
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void brandes_agreesWithTheDefinitionPairByPair(long seed) {
    Random random = new Random(seed);
    int orgs = 4 + random.nextInt(6);
    int forums = 2 + random.nextInt(6);
    IcsModel.Builder b = IcsModel.builder();
    for (int i = 0; i < orgs; i++) {
      b.add(org("o" + i, OrganisationKind.VCSE_ORGANISATION));
    }
    List<Set<String>> members = new ArrayList<>();
    for (int f = 0; f < forums; f++) {
      Set<String> parties = new LinkedHashSet<>();
      while (parties.size() < 2 + random.nextInt(2)) {
        parties.add("o" + random.nextInt(orgs));
      }
      members.add(parties);
      b.add(mou("m" + f, parties.toArray(String[]::new)));
    }
    PartnershipNetwork n = PartnershipNetwork.of(b.build().on(ON));

    // bipartite adjacency: organisation ids and forum indexes as "f<i>"
    Map<String, List<String>> adj = new HashMap<>();
    for (int f = 0; f < forums; f++) {
      for (String o : members.get(f)) {
        adj.computeIfAbsent(o, k -> new ArrayList<>()).add("f" + f);
        adj.computeIfAbsent("f" + f, k -> new ArrayList<>()).add(o);
      }
    }
    List<String> inNetwork = n.centrality().stream().map(OrganisationCentrality::organisation).toList();
    Map<String, Map<String, Integer>> dist = new HashMap<>();
    Map<String, Map<String, Double>> sigma = new HashMap<>();
    for (String s : inNetwork) {
      Map<String, Integer> d = new HashMap<>();
      Map<String, Double> c = new HashMap<>();
      java.util.ArrayDeque<String> q = new java.util.ArrayDeque<>(List.of(s));
      d.put(s, 0);
      c.put(s, 1.0);
      while (!q.isEmpty()) {
        String v = q.poll();
        for (String w : adj.getOrDefault(v, List.of())) {
          if (!d.containsKey(w)) {
            d.put(w, d.get(v) + 1);
            q.add(w);
          }
          if (d.get(w) == d.get(v) + 1) {
            c.merge(w, c.get(v), Double::sum);
          }
        }
      }
      dist.put(s, d);
      sigma.put(s, c);
    }
    for (String v : inNetwork) {
      double expected = 0;
      for (int i = 0; i < inNetwork.size(); i++) {
        for (int j = i + 1; j < inNetwork.size(); j++) {
          String s = inNetwork.get(i);
          String t = inNetwork.get(j);
          if (s.equals(v) || t.equals(v) || !dist.get(s).containsKey(t)) {
            continue;
          }
          if (dist.get(s).containsKey(v) && dist.get(s).get(v) + dist.get(v).get(t) == dist.get(s).get(t)) {
            expected += sigma.get(s).get(v) * sigma.get(v).get(t) / sigma.get(s).get(t);
          }
        }
      }
      assertThat(n.of(v).rawBetweenness()).as("betweenness of %s", v).isCloseTo(expected, within(1e-9));
    }
  }
}
