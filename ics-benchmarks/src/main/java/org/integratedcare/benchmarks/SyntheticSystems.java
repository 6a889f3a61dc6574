package org.integratedcare.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.accountability.AccountabilityBasis;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.Person;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.organisation.Area;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.Icb;
import org.integratedcare.core.structure.Level;
import org.integratedcare.core.structure.Place;
import org.integratedcare.core.time.DateRange;

/**
 * Builds synthetic national models of a chosen number of integrated care systems, each shaped like
 * a real one: an ICB with a board of ten posts filled, four places with committees holding delegated
 * functions, six providers, and vertical accountability to NHS England, the Secretary of State and
 * Parliament. Deterministic: the same size gives the same model.
 */
public final class SyntheticSystems {
  private static final DateRange P = DateRange.from(LocalDate.of(2022, 7, 1));
  private static final PostRole[] BOARD = {
      PostRole.CHAIR, PostRole.CHIEF_EXECUTIVE, PostRole.PARTNER_MEMBER_TRUSTS,
      PostRole.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES, PostRole.PARTNER_MEMBER_LOCAL_AUTHORITIES,
      PostRole.DIRECTOR_OF_FINANCE, PostRole.MEDICAL_DIRECTOR, PostRole.DIRECTOR_OF_NURSING,
      PostRole.NON_EXECUTIVE, PostRole.NON_EXECUTIVE};

  private SyntheticSystems() {}

  /** A builder holding the records of {@code systems} systems, not yet built. */
  public static IcsModel.Builder builder(int systems) {
    IcsModel.Builder m = IcsModel.builder().name("synthetic England, " + systems + " systems");
    m.add(Organisation.of("parliament", OrganisationKind.PARLIAMENT, "Parliament", P));
    m.add(Organisation.of("dhsc", OrganisationKind.SECRETARY_OF_STATE, "Secretary of State", P));
    m.add(Organisation.of("nhse", OrganisationKind.NHS_ENGLAND, "NHS England", P));
    m.add(link("l-nhse", "nhse", "dhsc"));
    m.add(link("l-dhsc", "dhsc", "parliament"));
    for (int s = 0; s < systems; s++) {
      String icb = "icb-" + s;
      String board = icb + "-board";
      m.add(Organisation.of(icb, OrganisationKind.INTEGRATED_CARE_BOARD, "NHS Synthetic " + s + " ICB", P));
      m.add(link("l-" + icb, icb, "nhse"));
      m.add(Body.builder().id(board).name("Board " + s).kind(BodyKind.UNITARY_BOARD).addOrganisations(icb).level(Level.SYSTEM).period(P).build());
      String fn = icb + "-fn";
      m.add(StatutoryFunction.builder().id(fn).name("Community commissioning " + s).holder(icb).period(P).build());
      Area.Builder area = Area.builder();
      for (int la = 0; la < 2; la++) {
        String council = icb + "-la-" + la;
        m.add(Organisation.of(council, OrganisationKind.UNITARY_AUTHORITY, "Council " + s + "/" + la, P));
        area.addUnits(council);
      }
      m.add(Icb.builder().id(icb).board(board).area(area.build()).period(P).build());
      for (int i = 0; i < BOARD.length; i++) {
        String post = board + "-post-" + i;
        String person = board + "-person-" + i;
        m.add(Post.builder().id(post).body(board).title(BOARD[i].typeName()).role(BOARD[i]).period(P).build());
        m.add(Person.builder().id(person).name("Person " + s + "/" + i).employment(icb, P).build());
        m.add(Appointment.builder().id(post + "-appt").post(post).person(person).appointedBy(icb).period(P).build());
      }
      for (int p = 0; p < 4; p++) {
        String place = icb + "-place-" + p;
        String committee = place + "-committee";
        m.add(Body.builder().id(committee).name("Place committee " + s + "/" + p).kind(BodyKind.COMMITTEE)
            .addOrganisations(icb).parent(board).level(Level.PLACE).period(P).build());
        m.add(Place.builder().id(place).name("Place " + s + "/" + p).icb(icb).area(Area.of(icb + "-la-" + (p % 2)))
            .partnershipBody(committee).period(P).build());
        m.add(Delegation.builder().id(committee + "-sord").delegator(board).delegate(committee).addFunctions(fn)
            .instrument(DelegationInstrument.SCHEME_OF_DELEGATION).financialLimit(BigDecimal.valueOf(1_000_000))
            .onwardDelegationAllowed(false).period(P).build());
        m.add(link("l-" + committee, committee, board));
      }
      for (int t = 0; t < 6; t++) {
        String trust = icb + "-trust-" + t;
        m.add(Organisation.of(trust, t % 2 == 0 ? OrganisationKind.NHS_FOUNDATION_TRUST : OrganisationKind.NHS_TRUST,
            "Trust " + s + "/" + t, P));
        m.add(link("l-" + trust, trust, "nhse"));
      }
    }
    return m;
  }

  /** The built model of {@code systems} systems. */
  public static IcsModel model(int systems) {
    return builder(systems).build();
  }

  private static AccountabilityLink link(String id, String giver, String holder) {
    return AccountabilityLink.builder().id(id).giver(giver).holder(holder)
        .direction(AccountabilityDirection.VERTICAL).basis(AccountabilityBasis.STATUTE).period(P).build();
  }
}
