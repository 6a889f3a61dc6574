package org.integratedcare.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.mechanism.Mechanism;
import org.integratedcare.core.mechanism.MechanismKind;
import org.integratedcare.core.meeting.Meeting;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.Structure;

/**
 * An {@link IcsModel} as in force on one date: only the records whose period contains the date,
 * with organisations' names and kinds as they were that day.
 *
 * <p>Records without a period (people, meetings, change events) are not filtered; meetings can be
 * selected by date with {@link #meetingsOf(String)}. A view is cheap to make and holds no copy of
 * the model; its list methods filter the model's lists or indexes on each call.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ModelView {
  private final IcsModel model;
  private final LocalDate date;

  ModelView(IcsModel model, LocalDate date) {
    this.model = model;
    this.date = date;
  }

  /** The model viewed. */
  public IcsModel model() {
    return model;
  }

  /** The date of the view. */
  public LocalDate date() {
    return date;
  }

  private <T extends ModelElement> List<T> inForce(List<T> items) {
    return items.stream().filter(inForce()).toList();
  }

  private <T extends ModelElement> Predicate<T> inForce() {
    return e -> e.inForceOn(date);
  }

  /** Whether the record with the given id exists and, if it has a period, is in force on the date. */
  public boolean isInForce(String id) {
    return model.find(id).map(e -> !(e instanceof ModelElement m) || m.inForceOn(date)).orElse(false);
  }

  /** The organisations in force. */
  public List<Organisation> organisations() {
    return inForce(model.organisations());
  }

  /** The organisations in force whose kind on the date is {@code kind}. */
  public List<Organisation> organisations(OrganisationKind kind) {
    return model.organisations().stream()
        .filter(o -> o.inForceOn(date) && o.kindOn(date).orElse(null) == kind)
        .toList();
  }

  /** The organisation with the given id, if in force. */
  public Optional<Organisation> organisation(String id) {
    return model.organisation(id).filter(o -> o.inForceOn(date));
  }

  /** The kind of an organisation on the date, if it is in force and has one. */
  public Optional<OrganisationKind> kindOf(String organisationId) {
    return organisation(organisationId).flatMap(o -> o.kindOn(date));
  }

  /** The organisation in force with the given ODS code on the date, if any. */
  public Optional<Organisation> organisationByOdsCode(String code) {
    return model.organisationsByOdsCode(code).stream()
        .filter(o -> o.inForceOn(date) && o.odsCodeOn(date).map(c -> c.value().equals(code)).orElse(false))
        .findFirst();
  }

  /** The structures in force. */
  public List<Structure> structures() {
    return inForce(model.structures());
  }

  /** The structures of a kind in force. */
  public <T extends Structure> List<T> structures(Class<T> type) {
    return inForce(model.structures(type));
  }

  /** The bodies in force. */
  public List<Body> bodies() {
    return inForce(model.bodies());
  }

  /** The body with the given id, if in force. */
  public Optional<Body> body(String id) {
    return model.body(id).filter(b -> b.inForceOn(date));
  }

  /** The bodies in force that belong to an organisation. */
  public List<Body> bodiesOf(String organisationId) {
    return inForce(model.bodiesOf(organisationId));
  }

  /** The committees in force of a body. */
  public List<Body> committeesOf(String bodyId) {
    return inForce(model.committeesOf(bodyId));
  }

  /** The posts in force on a body. */
  public List<Post> postsOf(String bodyId) {
    return inForce(model.postsOf(bodyId));
  }

  /** The appointments in force to a post. */
  public List<Appointment> appointmentsTo(String postId) {
    return inForce(model.appointmentsTo(postId));
  }

  /** The appointments in force to any post of a body that is itself in force. */
  public List<Appointment> appointmentsOn(String bodyId) {
    return postsOf(bodyId).stream().flatMap(p -> appointmentsTo(p.id()).stream()).toList();
  }

  /** The appointments in force held by a person. */
  public List<Appointment> appointmentsOf(String personId) {
    return inForce(model.appointmentsOf(personId));
  }

  /** The functions in force. */
  public List<StatutoryFunction> functions() {
    return inForce(model.functions());
  }

  /** The functions in force held by an organisation. */
  public List<StatutoryFunction> functionsHeldBy(String organisationId) {
    return inForce(model.functionsHeldBy(organisationId));
  }

  /** The delegations in force. */
  public List<Delegation> delegations() {
    return inForce(model.delegations());
  }

  /** The delegations in force received by an organisation, body or post. */
  public List<Delegation> delegationsTo(String delegateId) {
    return inForce(model.delegationsTo(delegateId));
  }

  /** The delegations in force made by an organisation, body or post. */
  public List<Delegation> delegationsFrom(String delegatorId) {
    return inForce(model.delegationsFrom(delegatorId));
  }

  /** The delegations in force that include a function. */
  public List<Delegation> delegationsOf(String functionId) {
    return inForce(model.delegationsOf(functionId));
  }

  /** The mechanisms in force. */
  public List<Mechanism> mechanisms() {
    return inForce(model.mechanisms());
  }

  /** The mechanisms in force of a kind. */
  public List<Mechanism> mechanisms(MechanismKind kind) {
    return inForce(model.mechanisms(kind));
  }

  /** The mechanisms in force an organisation is party to. */
  public List<Mechanism> mechanismsOf(String organisationId) {
    return inForce(model.mechanismsOf(organisationId));
  }

  /** The accountability links in force. */
  public List<AccountabilityLink> accountabilityLinks() {
    return inForce(model.accountabilityLinks());
  }

  /** The accountability links in force whose giver is the given record. */
  public List<AccountabilityLink> linksFrom(String giverId) {
    return inForce(model.linksFrom(giverId));
  }

  /** The accountability links in force whose holder is the given record. */
  public List<AccountabilityLink> linksTo(String holderId) {
    return inForce(model.linksTo(holderId));
  }

  /** The meetings of a body held on the view's date. */
  public List<Meeting> meetingsOf(String bodyId) {
    return model.meetingsOf(bodyId).stream().filter(m -> m.date().equals(date)).toList();
  }

  /** The change events that took effect on or before the view's date. */
  public List<ChangeEvent> changeEvents() {
    return model.changeEvents().stream().filter(c -> !c.effectiveDate().isAfter(date)).toList();
  }
}
