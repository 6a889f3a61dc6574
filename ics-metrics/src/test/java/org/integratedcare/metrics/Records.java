package org.integratedcare.metrics;

import java.time.LocalDate;
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
import org.integratedcare.core.mechanism.MemorandumOfUnderstanding;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.Level;
import org.integratedcare.core.time.DateRange;

/** Short factories for the core records that test models are made of. */
public final class Records {
  private Records() {}

  /** The date the tests measure on. */
  public static final LocalDate ON = LocalDate.of(2026, 6, 1);
  /** From the day ICBs became statutory (1 July 2022), open. */
  public static final DateRange SINCE_2022 = DateRange.from(LocalDate.of(2022, 7, 1));
  /** Ended before {@link #ON}. */
  public static final DateRange ENDED = DateRange.of(LocalDate.of(2022, 7, 1), LocalDate.of(2024, 3, 31));

  /** An organisation of one kind for {@link #SINCE_2022}, named by its id in capitals. */
  public static Organisation org(String id, OrganisationKind kind) {
    return Organisation.of(id, kind, id.toUpperCase(java.util.Locale.ROOT), SINCE_2022);
  }

  /** A body at a level, belonging to the organisations, in force {@link #SINCE_2022}. */
  public static Body body(String id, BodyKind kind, Level level, String... organisations) {
    return Body.builder().id(id).name(id).kind(kind).level(level).addOrganisations(organisations)
        .period(SINCE_2022).build();
  }

  /** A place partnership board serving a place, with no level recorded (so it is place level by rule). */
  public static Body placeBody(String id, String place, String... organisations) {
    return Body.builder().id(id).name(id).kind(BodyKind.PARTNERSHIP_BOARD).place(place)
        .addOrganisations(organisations).period(SINCE_2022).build();
  }

  /** A one-seat post, voting or not. */
  public static Post post(String id, String body, PostRole role, boolean voting) {
    return Post.builder().id(id).body(body).title(id).role(role).voting(voting).period(SINCE_2022).build();
  }

  /** A person named by their id. */
  public static Person person(String id) {
    return Person.builder().id(id).name(id).build();
  }

  /** An appointment in force, nominated by the given organisations. */
  public static Appointment appointment(String id, String post, String person, String... nominatedBy) {
    return Appointment.builder().id(id).post(post).person(person).addNominatedBy(nominatedBy)
        .period(SINCE_2022).build();
  }

  /** A function held by an organisation, named by its id. */
  public static StatutoryFunction function(String id, String holder) {
    return StatutoryFunction.builder().id(id).name(id).holder(holder).period(SINCE_2022).build();
  }

  /** A scheme-of-delegation delegation in force, without onward delegation. */
  public static Delegation delegation(String id, String from, String to, String... functions) {
    return delegation(id, from, to, DelegationInstrument.SCHEME_OF_DELEGATION, SINCE_2022, functions);
  }

  /** A delegation under an instrument for a period, without onward delegation. */
  public static Delegation delegation(String id, String from, String to, DelegationInstrument instrument,
      DateRange period, String... functions) {
    return Delegation.builder().id(id).delegator(from).delegate(to).addFunctions(functions).instrument(instrument)
        .onwardDelegationAllowed(false).period(period).build();
  }

  /** A vertical statutory link; no functions means all of them. */
  public static AccountabilityLink vertical(String id, String giver, String holder, String... functions) {
    return link(id, giver, holder, AccountabilityDirection.VERTICAL, AccountabilityBasis.STATUTE, functions);
  }

  /** A link in a direction on a basis; no functions means all of them. */
  public static AccountabilityLink link(String id, String giver, String holder, AccountabilityDirection direction,
      AccountabilityBasis basis, String... functions) {
    return AccountabilityLink.builder().id(id).giver(giver).holder(holder).direction(direction).basis(basis)
        .addFunctions(functions).period(SINCE_2022).build();
  }

  /** A memorandum of understanding between the parties. */
  public static MemorandumOfUnderstanding mou(String id, String... parties) {
    return MemorandumOfUnderstanding.builder().id(id).name(id).addParties(parties).period(SINCE_2022).build();
  }
}
