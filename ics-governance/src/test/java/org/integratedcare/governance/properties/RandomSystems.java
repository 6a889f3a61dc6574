package org.integratedcare.governance.properties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.time.DateRange;

/**
 * Valid models drawn from a seeded generator: a few organisations, each with a unitary board and a
 * tree of committees; functions held by the organisations; and delegations of those functions down
 * the committees (from a body to a later one, so there are no cycles), with random periods,
 * financial limits, onward delegation and instruments. The same seed always gives the same model.
 */
final class RandomSystems {
  static final LocalDate START = LocalDate.of(2022, 7, 1);
  private static final OrganisationKind[] KINDS = {OrganisationKind.INTEGRATED_CARE_BOARD,
      OrganisationKind.NHS_TRUST, OrganisationKind.NHS_FOUNDATION_TRUST};
  private static final DelegationInstrument[] INSTRUMENTS = {DelegationInstrument.SCHEME_OF_DELEGATION,
      DelegationInstrument.SCHEME_OF_DELEGATION, DelegationInstrument.S65Z5_DELEGATION};

  final long seed;
  final List<Organisation> organisations = new ArrayList<>();
  final List<Body> bodies = new ArrayList<>();
  final List<StatutoryFunction> functions = new ArrayList<>();
  final List<Delegation> delegations = new ArrayList<>();

  private RandomSystems(long seed) {
    this.seed = seed;
  }

  static RandomSystems generate(long seed) {
    RandomSystems s = new RandomSystems(seed);
    Random r = new Random(seed);
    int orgs = 1 + r.nextInt(3);
    for (int o = 0; o < orgs; o++) {
      String org = "org-" + o;
      s.organisations.add(Organisation.of(org, KINDS[r.nextInt(KINDS.length)], "Organisation " + o,
          DateRange.from(START)));
      String board = org + "-board";
      s.bodies.add(Body.builder().id(board).name("Board " + o).kind(BodyKind.UNITARY_BOARD)
          .addOrganisations(org).period(DateRange.from(START)).build());
      int committees = r.nextInt(6);
      List<String> ofThis = new ArrayList<>(List.of(board));
      for (int c = 0; c < committees; c++) {
        String id = org + "-c" + c;
        String parent = ofThis.get(r.nextInt(ofThis.size()));
        s.bodies.add(Body.builder().id(id).name("Committee " + o + "." + c)
            .kind(r.nextInt(4) == 0 ? BodyKind.SUB_COMMITTEE : BodyKind.COMMITTEE)
            .addOrganisations(org).parent(parent).period(DateRange.from(START)).build());
        ofThis.add(id);
      }
      int fns = 1 + r.nextInt(2);
      for (int f = 0; f < fns; f++) {
        s.functions.add(StatutoryFunction.builder().id(org + "-fn" + f).name("Function " + f)
            .holder(org).delegable(r.nextInt(5) != 0).period(DateRange.from(START)).build());
      }
    }
    List<String> nodes = new ArrayList<>();
    s.organisations.forEach(o -> nodes.add(o.id()));
    s.bodies.forEach(b -> nodes.add(b.id()));
    int count = r.nextInt(3 * nodes.size() + 1);
    for (int d = 0; d < count; d++) {
      int from = r.nextInt(nodes.size() - 1);
      int to = from + 1 + r.nextInt(nodes.size() - from - 1);
      StatutoryFunction f = s.functions.get(r.nextInt(s.functions.size()));
      LocalDate start = START.plusDays(r.nextInt(1500));
      Delegation.Builder b = Delegation.builder().id("d-" + d).delegator(nodes.get(from)).delegate(nodes.get(to))
          .instrument(INSTRUMENTS[r.nextInt(INSTRUMENTS.length)]).addFunctions(f.id())
          .onwardDelegationAllowed(r.nextBoolean())
          .period(r.nextBoolean() ? DateRange.from(start) : DateRange.of(start, start.plusDays(r.nextInt(1000))));
      if (r.nextBoolean()) {
        b.financialLimit(BigDecimal.valueOf(r.nextInt(10_000_000)));
      }
      if (r.nextInt(4) == 0) {
        b.addConditions("within the plan");
      }
      s.delegations.add(b.build());
    }
    return s;
  }

  /** The model, without the delegations {@code drop} matches. */
  IcsModel model(Predicate<Delegation> drop) {
    IcsModel.Builder b = IcsModel.builder().name("Random system " + seed);
    organisations.forEach(b::add);
    bodies.forEach(b::add);
    functions.forEach(b::add);
    delegations.stream().filter(drop.negate()).forEach(b::add);
    return b.build();
  }

  IcsModel model() {
    return model(d -> false);
  }

  /** Every body and organisation of the model, as deciders. */
  List<String> deciders() {
    List<String> out = new ArrayList<>();
    organisations.forEach(o -> out.add(o.id()));
    bodies.forEach(b -> out.add(b.id()));
    return out;
  }
}
