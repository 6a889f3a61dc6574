package org.integratedcare.metrics.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.mechanism.CommitteesInCommon;
import org.integratedcare.core.mechanism.ContractualArrangement;
import org.integratedcare.core.mechanism.JointAppointment;
import org.integratedcare.core.mechanism.JointCommittee;
import org.integratedcare.core.mechanism.Mechanism;
import org.integratedcare.core.structure.HealthAndWellbeingBoard;
import org.integratedcare.core.structure.Icp;
import org.integratedcare.core.structure.PrimaryCareNetwork;
import org.integratedcare.core.structure.ProviderCollaborative;

/**
 * The partnership network: which organisations are connected through shared forums, and the
 * brokers the system depends on to connect the rest.
 *
 * <p><b>Graph.</b> A bipartite graph of organisations and <i>forums</i>, with an edge when an
 * organisation belongs to a forum. Forums, all in force on the date:
 * <ul>
 *   <li>each body: its {@linkplain Body#organisations() organisations} and the organisations that
 *       nominated the holders of appointments in force to its posts;
 *   <li>each mechanism: its {@linkplain Mechanism#parties() parties}, plus a contractual
 *       arrangement's commissioners and providers, a joint committee's body's organisations,
 *       committees in common's committees' organisations, and joint posts' bodies' organisations;
 *   <li>each integrated care partnership (its ICB, responsible local authorities and other
 *       members), health and wellbeing board (its authority and relevant ICBs), provider
 *       collaborative (its members) and primary care network (the network organisation and its
 *       member practices).
 * </ul>
 * A joint committee mechanism and its body, and an ICP or health and wellbeing board and its body,
 * are one forum. Only organisations in force count, and a forum with fewer than two of them
 * connects no one and is left out.
 *
 * <p><b>Measures.</b> For each organisation: the number of forums (its degree in the bipartite
 * graph), the number of partners (organisations at distance 2), and its betweenness centrality
 * computed with Brandes' algorithm (2001) over the bipartite graph, with organisations as the only
 * sources and targets: betweenness(v) = Σ<sub>{s,t}</sub> σ<sub>st</sub>(v)/σ<sub>st</sub> over
 * unordered pairs of organisations s ≠ v ≠ t, where σ<sub>st</sub> counts shortest paths (two
 * organisations sharing two forums have two shortest paths). The normalised value divides by
 * (n−1)(n−2)/2 for the n organisations in the network. <b>Brokers</b> are the organisations with
 * betweenness above 0, highest first: without them some pairs of partners could not reach each
 * other as directly, or at all.
 *
 * <p><b>Cost.</b> Building the graph is linear in memberships. Brandes' algorithm runs one
 * breadth-first search per organisation, which also yields partners; each search touches only the
 * organisation's connected component (and resets only what it touched), so the whole costs the sum
 * over components of V·E for their nodes and memberships: linear in the model while systems stay
 * separate networks (as England's 42 are), O(V·E) for one network that spans everything. Nothing
 * else compares organisations pairwise.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param organisations organisations in the network (in at least one forum)
 * @param forums forums connecting two or more organisations
 * @param memberships edges of the bipartite graph
 * @param components connected groups of organisations
 * @param centrality each organisation's measures, in order of first appearance
 * @param brokers ids of organisations with betweenness above 0, highest first (ties by id)
 */
public record PartnershipNetwork(
    int organisations,
    int forums,
    int memberships,
    int components,
    List<OrganisationCentrality> centrality,
    List<String> brokers) {

  /**
   * Checks and copies the value.
   *
   * @throws NullPointerException if any argument is null
   */
  public PartnershipNetwork {
    centrality = List.copyOf(centrality);
    brokers = List.copyOf(brokers);
  }

  /**
   * The measures of one organisation.
   *
   * @param organisationId the id, not null
   * @return the measures
   * @throws IllegalArgumentException if the organisation is not in the network
   */
  public OrganisationCentrality of(String organisationId) {
    return centrality.stream().filter(c -> c.organisation().equals(organisationId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("organisation '" + organisationId + "' is not in the network"));
  }

  /**
   * Builds the network on the view's date and measures it.
   *
   * @param view the model on a date, not null
   * @return the measure
   */
  public static PartnershipNetwork of(ModelView view) {
    Objects.requireNonNull(view, "view");
    Map<String, Set<String>> forums = forums(view);
    Map<String, Integer> orgIndex = new LinkedHashMap<>();
    List<int[]> forumMembers = new ArrayList<>();
    for (Set<String> members : forums.values()) {
      Set<String> live = new LinkedHashSet<>();
      for (String o : members) {
        if (DelegationRoutes.organisationInForce(view, o)) {
          live.add(o);
        }
      }
      if (live.size() < 2) {
        continue;
      }
      int[] idx = new int[live.size()];
      int i = 0;
      for (String o : live) {
        idx[i++] = orgIndex.computeIfAbsent(o, k -> orgIndex.size());
      }
      forumMembers.add(idx);
    }
    int n = orgIndex.size();
    int m = forumMembers.size();
    int[][] adjacency = adjacency(n, forumMembers);
    int edges = forumMembers.stream().mapToInt(a -> a.length).sum();

    double[] between = new double[n];
    int[] partners = new int[n];
    brandes(n, adjacency, between, partners);
    int components = components(n, adjacency);

    double norm = n > 2 ? (n - 1) * (n - 2) / 2.0 : 0;
    List<OrganisationCentrality> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : orgIndex.entrySet()) {
      int v = e.getValue();
      double raw = between[v] / 2.0;
      out.add(new OrganisationCentrality(e.getKey(), DelegationRoutes.nameOf(view, e.getKey()), adjacency[v].length,
          partners[v], norm == 0 ? 0 : raw / norm, raw));
    }
    List<String> brokers = out.stream().filter(c -> c.rawBetweenness() > 1e-12)
        .sorted(Comparator.comparingDouble(OrganisationCentrality::rawBetweenness).reversed()
            .thenComparing(OrganisationCentrality::organisation))
        .map(OrganisationCentrality::organisation).toList();
    return new PartnershipNetwork(n, m, edges, components, out, brokers);
  }

  /** Nodes 0..n-1 are organisations, n..n+m-1 forums. */
  private static int[][] adjacency(int n, List<int[]> forumMembers) {
    int m = forumMembers.size();
    int[] degree = new int[n + m];
    for (int f = 0; f < m; f++) {
      for (int o : forumMembers.get(f)) {
        degree[o]++;
        degree[n + f]++;
      }
    }
    int[][] adj = new int[n + m][];
    for (int v = 0; v < n + m; v++) {
      adj[v] = new int[degree[v]];
    }
    int[] fill = new int[n + m];
    for (int f = 0; f < m; f++) {
      for (int o : forumMembers.get(f)) {
        adj[o][fill[o]++] = n + f;
        adj[n + f][fill[n + f]++] = o;
      }
    }
    return adj;
  }

  /**
   * Brandes' algorithm with organisations (nodes below {@code n}) as sources and targets; also
   * counts each organisation's partners (organisations at distance 2).
   */
  static void brandes(int n, int[][] adj, double[] between, int[] partners) {
    int size = adj.length;
    int[] dist = new int[size];
    double[] sigma = new double[size];
    double[] delta = new double[size];
    int[] order = new int[size];
    Arrays.fill(dist, -1);
    for (int s = 0; s < n; s++) {
      int head = 0;
      int tail = 0;
      order[tail++] = s;
      dist[s] = 0;
      sigma[s] = 1;
      while (head < tail) {
        int v = order[head++];
        for (int w : adj[v]) {
          if (dist[w] < 0) {
            dist[w] = dist[v] + 1;
            order[tail++] = w;
            if (w < n && dist[w] == 2) {
              partners[s]++;
            }
          }
          if (dist[w] == dist[v] + 1) {
            sigma[w] += sigma[v];
          }
        }
      }
      for (int i = tail - 1; i > 0; i--) {
        int w = order[i];
        double credit = (w < n ? 1 : 0) + delta[w];
        for (int v : adj[w]) {
          if (dist[v] == dist[w] - 1) {
            delta[v] += sigma[v] / sigma[w] * credit;
          }
        }
        if (w < n) {
          between[w] += delta[w];
        }
      }
      // reset only what this search reached, so each search costs its component, not the graph
      for (int i = 0; i < tail; i++) {
        int v = order[i];
        dist[v] = -1;
        sigma[v] = 0;
        delta[v] = 0;
      }
    }
  }

  private static int components(int n, int[][] adj) {
    boolean[] seen = new boolean[adj.length];
    int[] stack = new int[adj.length];
    int count = 0;
    for (int s = 0; s < n; s++) {
      if (seen[s]) {
        continue;
      }
      count++;
      int top = 0;
      stack[top++] = s;
      seen[s] = true;
      while (top > 0) {
        int v = stack[--top];
        for (int w : adj[v]) {
          if (!seen[w]) {
            seen[w] = true;
            stack[top++] = w;
          }
        }
      }
    }
    return count;
  }

  /** The forums in force and their member organisation ids, keyed so that one forum appears once. */
  static Map<String, Set<String>> forums(ModelView view) {
    Map<String, Set<String>> forums = new LinkedHashMap<>();
    for (Body b : view.bodies()) {
      Set<String> members = forums.computeIfAbsent(b.id(), k -> new LinkedHashSet<>());
      members.addAll(b.organisations());
      for (Post p : view.postsOf(b.id())) {
        for (Appointment a : view.appointmentsTo(p.id())) {
          members.addAll(a.nominatedBy());
        }
      }
    }
    for (Mechanism mech : view.mechanisms()) {
      String key = mech.id();
      Set<String> members = new LinkedHashSet<>(mech.parties());
      switch (mech.kind()) {
        case CONTRACTUAL_ARRANGEMENT -> {
          ContractualArrangement c = (ContractualArrangement) mech;
          members.addAll(c.commissioners());
          members.addAll(c.providers());
        }
        case JOINT_COMMITTEE -> {
          JointCommittee j = (JointCommittee) mech;
          view.body(j.body()).ifPresent(b -> members.addAll(b.organisations()));
          if (forums.containsKey(j.body())) {
            key = j.body();
          }
        }
        case COMMITTEES_IN_COMMON -> {
          for (String c : ((CommitteesInCommon) mech).committees()) {
            view.body(c).ifPresent(b -> members.addAll(b.organisations()));
          }
        }
        case JOINT_POSTS -> {
          for (String p : ((JointAppointment) mech).posts()) {
            view.model().post(p).flatMap(x -> view.body(x.body())).ifPresent(b -> members.addAll(b.organisations()));
          }
        }
        case MEMORANDUM_OF_UNDERSTANDING, FORMAL_DELEGATION, JOINT_VENTURE, MERGER_OR_ACQUISITION,
            JOINT_VALUES_AND_INTENT, OPEN_INFORMATION_SHARING, SUBSIDIARITY, CAUCUSING -> { }
      }
      forums.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(members);
    }
    for (Icp icp : view.structures(Icp.class)) {
      Set<String> members = forums.computeIfAbsent(
          icp.body().filter(forums::containsKey).orElse(icp.id()), k -> new LinkedHashSet<>());
      members.add(icp.icb());
      members.addAll(icp.responsibleLocalAuthorities());
      members.addAll(icp.otherMembers());
    }
    for (HealthAndWellbeingBoard h : view.structures(HealthAndWellbeingBoard.class)) {
      Set<String> members = forums.computeIfAbsent(
          h.body().filter(forums::containsKey).orElse(h.id()), k -> new LinkedHashSet<>());
      members.add(h.localAuthority());
      members.addAll(h.relevantIcbs());
    }
    for (ProviderCollaborative c : view.structures(ProviderCollaborative.class)) {
      forums.computeIfAbsent(c.id(), k -> new LinkedHashSet<>()).addAll(c.members());
    }
    for (PrimaryCareNetwork p : view.structures(PrimaryCareNetwork.class)) {
      Set<String> members = forums.computeIfAbsent("pcn:" + p.id(), k -> new LinkedHashSet<>());
      members.add(p.id());
      members.addAll(p.memberPractices());
    }
    return forums;
  }
}
