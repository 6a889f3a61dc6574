package org.integratedcare.core;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Person;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.internal.Checks;
import org.integratedcare.core.mechanism.Mechanism;
import org.integratedcare.core.mechanism.MechanismKind;
import org.integratedcare.core.meeting.Meeting;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.structure.Structure;

/**
 * One immutable, checked and indexed snapshot of an integrated care system's arrangements.
 *
 * <p>A model is made by a {@link Builder}, which checks integrity when {@link Builder#build()} is
 * called: every id unique across the model, every reference resolving to a record of the right
 * kind, no record part of itself through a chain. Every problem found is reported at once, each
 * with its path, in one {@link ModelValidationException}; no partial model is returned. Checks
 * that depend on law, guidance or dates are rules in the governance module, not here.
 *
 * <p>Records keep the order in which they were added. Lookups by id, ODS code and relationship are
 * indexed when the model is built, and cost constant time. {@link #on(LocalDate)} gives the view of
 * what is in force on a date.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IcsModel {
  private final Optional<String> name;
  private final List<Organisation> organisations;
  private final List<Structure> structures;
  private final List<Body> bodies;
  private final List<Post> posts;
  private final List<Person> people;
  private final List<Appointment> appointments;
  private final List<StatutoryFunction> functions;
  private final List<Delegation> delegations;
  private final List<Mechanism> mechanisms;
  private final List<AccountabilityLink> accountabilityLinks;
  private final List<Meeting> meetings;
  private final List<ChangeEvent> changeEvents;
  private final List<Completeness> completeness;

  private final Map<String, Identified> byId;
  private final Map<String, Structure> structuresById;
  private final Map<String, List<Organisation>> organisationsByOdsCode;
  private final Map<String, List<Post>> postsByBody;
  private final Map<String, List<Appointment>> appointmentsByPost;
  private final Map<String, List<Appointment>> appointmentsByPerson;
  private final Map<String, List<Body>> bodiesByOrganisation;
  private final Map<String, List<Body>> bodiesByParent;
  private final Map<String, List<StatutoryFunction>> functionsByHolder;
  private final Map<String, List<Delegation>> delegationsByDelegate;
  private final Map<String, List<Delegation>> delegationsByDelegator;
  private final Map<String, List<Delegation>> delegationsByFunction;
  private final Map<String, List<AccountabilityLink>> linksByGiver;
  private final Map<String, List<AccountabilityLink>> linksByHolder;
  private final Map<String, List<Mechanism>> mechanismsByParty;
  private final Map<String, List<Meeting>> meetingsByBody;
  private final Map<String, List<ChangeEvent>> changesByPredecessor;
  private final Map<String, List<ChangeEvent>> changesBySuccessor;
  private final Paths paths;
  private final boolean impliedByStatute;

  private IcsModel(Builder b, IntegrityCheck check) {
    this.name = Optional.ofNullable(b.name);
    this.organisations = List.copyOf(b.organisations);
    this.structures = List.copyOf(b.structures);
    this.bodies = List.copyOf(b.bodies);
    this.posts = List.copyOf(b.posts);
    this.people = List.copyOf(b.people);
    this.appointments = List.copyOf(b.appointments);
    this.functions = List.copyOf(b.functions);
    this.delegations = List.copyOf(b.delegations);
    this.mechanisms = List.copyOf(b.mechanisms);
    this.accountabilityLinks = List.copyOf(b.accountabilityLinks);
    this.meetings = List.copyOf(b.meetings);
    this.changeEvents = List.copyOf(b.changeEvents);
    this.completeness = List.copyOf(b.completeness);
    this.impliedByStatute = b.impliedByStatute;

    // the integrity check has indexed every record by id once; the model keeps its maps
    Map<String, Identified> ids = check.byId();
    Map<String, Structure> structureIds = check.structuresById();
    for (Structure s : structures) {
      ids.putIfAbsent(s.id(), s);
    }
    this.byId = Collections.unmodifiableMap(ids);
    this.structuresById = Collections.unmodifiableMap(structureIds);
    this.paths = new Paths(check.pathOfId(), structures);

    Map<String, List<Organisation>> ods = new HashMap<>();
    for (Organisation o : organisations) {
      o.odsCodes().stream().map(d -> d.value().value()).distinct()
          .forEach(c -> ods.computeIfAbsent(c, k -> new ArrayList<>()).add(o));
    }
    this.organisationsByOdsCode = freeze(ods);
    this.postsByBody = group(posts, Post::body);
    this.appointmentsByPost = group(appointments, Appointment::post);
    this.appointmentsByPerson = group(appointments, Appointment::person);
    this.bodiesByParent = group(bodies.stream().filter(x -> x.parent().isPresent()).toList(),
        x -> x.parent().orElseThrow());
    Map<String, List<Body>> byOrg = new HashMap<>();
    for (Body body : bodies) {
      body.organisations().forEach(o -> byOrg.computeIfAbsent(o, k -> new ArrayList<>()).add(body));
    }
    this.bodiesByOrganisation = freeze(byOrg);
    this.functionsByHolder = group(functions, StatutoryFunction::holder);
    this.delegationsByDelegate = group(delegations, Delegation::delegate);
    this.delegationsByDelegator = group(delegations, Delegation::delegator);
    Map<String, List<Delegation>> byFunction = new HashMap<>();
    for (Delegation d : delegations) {
      d.functions().forEach(f -> byFunction.computeIfAbsent(f, k -> new ArrayList<>()).add(d));
    }
    this.delegationsByFunction = freeze(byFunction);
    this.linksByGiver = group(accountabilityLinks, AccountabilityLink::giver);
    this.linksByHolder = group(accountabilityLinks, AccountabilityLink::holder);
    Map<String, List<Mechanism>> byParty = new HashMap<>();
    for (Mechanism m : mechanisms) {
      m.parties().forEach(p -> byParty.computeIfAbsent(p, k -> new ArrayList<>()).add(m));
    }
    this.mechanismsByParty = freeze(byParty);
    this.meetingsByBody = group(meetings, Meeting::body);
    Map<String, List<ChangeEvent>> byPredecessor = new HashMap<>();
    Map<String, List<ChangeEvent>> bySuccessor = new HashMap<>();
    for (ChangeEvent c : changeEvents) {
      c.predecessors().forEach(p -> byPredecessor.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
      c.successors().forEach(s -> bySuccessor.computeIfAbsent(s, k -> new ArrayList<>()).add(c));
    }
    this.changesByPredecessor = freeze(byPredecessor);
    this.changesBySuccessor = freeze(bySuccessor);
  }

  private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
    Map<String, List<T>> map = new HashMap<>();
    for (T item : items) {
      map.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
    }
    return freeze(map);
  }

  private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
    Map<String, List<T>> frozen = new HashMap<>();
    map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(frozen);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An empty model. */
  public static IcsModel empty() {
    return builder().build();
  }

  /** The model's name, if it has one. */
  public Optional<String> name() {
    return name;
  }

  /** All organisations, in the order added. */
  public List<Organisation> organisations() {
    return organisations;
  }

  /** All structures, in the order added. */
  public List<Structure> structures() {
    return structures;
  }

  /** All bodies, in the order added. */
  public List<Body> bodies() {
    return bodies;
  }

  /** All posts, in the order added. */
  public List<Post> posts() {
    return posts;
  }

  /** All people, in the order added. */
  public List<Person> people() {
    return people;
  }

  /** All appointments, in the order added. */
  public List<Appointment> appointments() {
    return appointments;
  }

  /** All functions, in the order added. */
  public List<StatutoryFunction> functions() {
    return functions;
  }

  /** All delegations, in the order added. */
  public List<Delegation> delegations() {
    return delegations;
  }

  /** All governance mechanisms, in the order added. */
  public List<Mechanism> mechanisms() {
    return mechanisms;
  }

  /** All accountability links, in the order added. */
  public List<AccountabilityLink> accountabilityLinks() {
    return accountabilityLinks;
  }

  /** All meetings, in the order added. */
  public List<Meeting> meetings() {
    return meetings;
  }

  /** All change events, in the order added. */
  public List<ChangeEvent> changeEvents() {
    return changeEvents;
  }

  /**
   * The model's declarations of completeness, in the order declared; empty for a model read in the
   * open world.
   */
  public List<Completeness> completeness() {
    return completeness;
  }

  /**
   * Whether the model declares an aspect complete for a record: model-wide, or for any of the
   * records given. Callers pass the record and what it belongs to, most specific first: for a
   * seat's holder, the post and its body; for a body's delegations, the body and its
   * organisations.
   *
   * @param aspect the aspect, not null
   * @param recordIds the ids of the record and of what it belongs to, not null
   * @return true if what is not recorded of that aspect there may be read as absent
   */
  public boolean isComplete(Completeness.Aspect aspect, String... recordIds) {
    Objects.requireNonNull(aspect, "aspect");
    for (Completeness c : completeness) {
      if (!c.aspects().contains(aspect)) {
        continue;
      }
      if (c.isModelWide()) {
        return true;
      }
      for (String id : recordIds) {
        if (c.records().contains(id)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether accountability links that statute fixes are to be implied from the organisations' kinds
   * (an ICB to NHS England, NHS England to the Secretary of State, a council to its electorate...):
   * true unless the model switches it off ({@code impliedByStatute: false} at the top of a model
   * file). The links themselves are derived by the governance module, never stored here.
   */
  public boolean impliedByStatute() {
    return impliedByStatute;
  }

  /** The number of records of every kind in the model. */
  public int size() {
    return organisations.size() + structures.size() + bodies.size() + posts.size() + people.size()
        + appointments.size() + functions.size() + delegations.size() + mechanisms.size()
        + accountabilityLinks.size() + meetings.size() + changeEvents.size();
  }

  /**
   * The record with the given id, of whatever kind. For the id of an ICB or PCN organisation this is
   * the organisation; use {@link #structure(String)} for its structure.
   *
   * @param id the id, not null
   * @return the record, or empty if no record has that id
   */
  public Optional<Identified> find(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * The record with the given id if it is of the given type.
   *
   * @param id the id, not null
   * @param type the expected type, such as {@code Body.class}
   * @param <T> the type
   * @return the record, or empty if there is none of that type
   */
  public <T extends Identified> Optional<T> find(String id, Class<T> type) {
    if (Structure.class.isAssignableFrom(type)) {
      return Optional.ofNullable(structuresById.get(id)).filter(type::isInstance).map(type::cast);
    }
    return find(id).filter(type::isInstance).map(type::cast);
  }

  /** The organisation with the given id, if any. */
  public Optional<Organisation> organisation(String id) {
    return find(id, Organisation.class);
  }

  /** The body with the given id, if any. */
  public Optional<Body> body(String id) {
    return find(id, Body.class);
  }

  /** The post with the given id, if any. */
  public Optional<Post> post(String id) {
    return find(id, Post.class);
  }

  /** The person with the given id, if any. */
  public Optional<Person> person(String id) {
    return find(id, Person.class);
  }

  /** The function with the given id, if any. */
  public Optional<StatutoryFunction> function(String id) {
    return find(id, StatutoryFunction.class);
  }

  /** The structure with the given id (for an ICB or PCN, the organisation's id), if any. */
  public Optional<Structure> structure(String id) {
    return Optional.ofNullable(structuresById.get(Objects.requireNonNull(id, "id")));
  }

  /** The structures of the given kind, in the order added. */
  public <T extends Structure> List<T> structures(Class<T> type) {
    return structures.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The mechanisms of the given kind, in the order added. */
  public List<Mechanism> mechanisms(MechanismKind kind) {
    return mechanisms.stream().filter(m -> m.kind() == kind).toList();
  }

  /** The organisations that have ever had the given ODS code. */
  public List<Organisation> organisationsByOdsCode(String code) {
    return organisationsByOdsCode.getOrDefault(code, List.of());
  }

  /** The posts on a body. */
  public List<Post> postsOf(String bodyId) {
    return postsByBody.getOrDefault(bodyId, List.of());
  }

  /** The appointments to a post, past, present and future. */
  public List<Appointment> appointmentsTo(String postId) {
    return appointmentsByPost.getOrDefault(postId, List.of());
  }

  /** The appointments a person holds or held. */
  public List<Appointment> appointmentsOf(String personId) {
    return appointmentsByPerson.getOrDefault(personId, List.of());
  }

  /** The bodies that belong to an organisation (including joint bodies it is party to). */
  public List<Body> bodiesOf(String organisationId) {
    return bodiesByOrganisation.getOrDefault(organisationId, List.of());
  }

  /** The committees (and sub-committees) whose parent is the given body. */
  public List<Body> committeesOf(String bodyId) {
    return bodiesByParent.getOrDefault(bodyId, List.of());
  }

  /** The functions an organisation holds by law. */
  public List<StatutoryFunction> functionsHeldBy(String organisationId) {
    return functionsByHolder.getOrDefault(organisationId, List.of());
  }

  /** The delegations received by an organisation, body or post. */
  public List<Delegation> delegationsTo(String delegateId) {
    return delegationsByDelegate.getOrDefault(delegateId, List.of());
  }

  /** The delegations made by an organisation, body or post. */
  public List<Delegation> delegationsFrom(String delegatorId) {
    return delegationsByDelegator.getOrDefault(delegatorId, List.of());
  }

  /** The delegations that include a function. */
  public List<Delegation> delegationsOf(String functionId) {
    return delegationsByFunction.getOrDefault(functionId, List.of());
  }

  /** The accountability links whose giver is the given record. */
  public List<AccountabilityLink> linksFrom(String giverId) {
    return linksByGiver.getOrDefault(giverId, List.of());
  }

  /** The accountability links whose holder is the given record. */
  public List<AccountabilityLink> linksTo(String holderId) {
    return linksByHolder.getOrDefault(holderId, List.of());
  }

  /** The mechanisms an organisation is party to. */
  public List<Mechanism> mechanismsOf(String organisationId) {
    return mechanismsByParty.getOrDefault(organisationId, List.of());
  }

  /** The meetings of a body. */
  public List<Meeting> meetingsOf(String bodyId) {
    return meetingsByBody.getOrDefault(bodyId, List.of());
  }

  /** The change events in which an organisation is a predecessor. */
  public List<ChangeEvent> changesFrom(String organisationId) {
    return changesByPredecessor.getOrDefault(organisationId, List.of());
  }

  /** The change events in which an organisation is a successor. */
  public List<ChangeEvent> changesInto(String organisationId) {
    return changesBySuccessor.getOrDefault(organisationId, List.of());
  }

  /**
   * Where a record stands in the model, as a path in the model-file shape, such as {@code
   * bodies[3]}: the form findings and problems use. For an id that names both an organisation and
   * the structure it runs, the organisation's path; see {@link #structurePathOf(String)}.
   *
   * @param id the record's id, not null
   * @return the path, or empty if no record has this id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<String> pathOf(String id) {
    return Optional.ofNullable(paths().records.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Where a structure stands in the model, such as {@code structures[0]}; for an id that names no
   * structure, the same as {@link #pathOf(String)}.
   *
   * @param id the structure's id, not null
   * @return the path, or empty if no record has this id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<String> structurePathOf(String id) {
    String structure = paths().structures.get(Objects.requireNonNull(id, "id"));
    return structure != null ? Optional.of(structure) : pathOf(id);
  }

  private Paths paths() {
    return paths;
  }

  /** The path of every record, from the integrity check's index; immutable once built. */
  private static final class Paths {
    final Map<String, String> records;
    final Map<String, String> structures = new HashMap<>();

    Paths(Map<String, String> records, List<Structure> structureList) {
      this.records = records;
      for (int i = 0; i < structureList.size(); i++) {
        String id = structureList.get(i).id();
        String path = "structures[" + i + "]";
        structures.putIfAbsent(id, path);
        records.putIfAbsent(id, path);
      }
    }
  }

  /**
   * The view of this model as in force on a date.
   *
   * @param date the date, not null
   * @return the view
   */
  public ModelView on(LocalDate date) {
    return new ModelView(this, Objects.requireNonNull(date, "date"));
  }

  /**
   * Whether {@code o} is a model with the same name and the same records in the same order. Two
   * models read from files written from one another are equal.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof IcsModel m
        && name.equals(m.name)
        && organisations.equals(m.organisations)
        && structures.equals(m.structures)
        && bodies.equals(m.bodies)
        && posts.equals(m.posts)
        && people.equals(m.people)
        && appointments.equals(m.appointments)
        && functions.equals(m.functions)
        && delegations.equals(m.delegations)
        && mechanisms.equals(m.mechanisms)
        && accountabilityLinks.equals(m.accountabilityLinks)
        && meetings.equals(m.meetings)
        && changeEvents.equals(m.changeEvents)
        && completeness.equals(m.completeness)
        && impliedByStatute == m.impliedByStatute;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, organisations, structures, bodies, posts, people, appointments, functions,
        delegations, mechanisms, accountabilityLinks, meetings, changeEvents, completeness,
        impliedByStatute);
  }

  /** A short description: the model's name and how many records it holds. */
  @Override
  public String toString() {
    return "IcsModel[" + name.orElse("unnamed") + ", " + size() + " records]";
  }

  /**
   * A builder holding everything in this model, to which more records can be added; for example
   * to merge reference data into a user's model.
   */
  public Builder toBuilder() {
    return builder().addAll(this);
  }

  /**
   * Builds an {@link IcsModel}. Not thread-safe; {@link #build()} checks integrity and may be
   * called more than once.
   */
  public static final class Builder {
    private String name;
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Structure> structures = new ArrayList<>();
    private final List<Body> bodies = new ArrayList<>();
    private final List<Post> posts = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Appointment> appointments = new ArrayList<>();
    private final List<StatutoryFunction> functions = new ArrayList<>();
    private final List<Delegation> delegations = new ArrayList<>();
    private final List<Mechanism> mechanisms = new ArrayList<>();
    private final List<AccountabilityLink> accountabilityLinks = new ArrayList<>();
    private final List<Meeting> meetings = new ArrayList<>();
    private final List<ChangeEvent> changeEvents = new ArrayList<>();
    private final List<Completeness> completeness = new ArrayList<>();
    private boolean impliedByStatute = true;

    private Builder() {}

    /**
     * Whether the governance module implies the accountability links statute fixes from the
     * organisations' kinds; true unless set otherwise. See {@link IcsModel#impliedByStatute()}.
     *
     * @param impliedByStatute false to switch implied links off for this model
     * @return this builder
     */
    public Builder impliedByStatute(boolean impliedByStatute) {
      this.impliedByStatute = impliedByStatute;
      return this;
    }

    /** Sets the model's name; null clears it. */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /** Adds an organisation. */
    public Builder add(Organisation organisation) {
      organisations.add(Objects.requireNonNull(organisation, "organisation"));
      return this;
    }

    /** Adds a structure. */
    public Builder add(Structure structure) {
      structures.add(Objects.requireNonNull(structure, "structure"));
      return this;
    }

    /** Adds a body. */
    public Builder add(Body body) {
      bodies.add(Objects.requireNonNull(body, "body"));
      return this;
    }

    /** Adds a post. */
    public Builder add(Post post) {
      posts.add(Objects.requireNonNull(post, "post"));
      return this;
    }

    /** Adds a person. */
    public Builder add(Person person) {
      people.add(Objects.requireNonNull(person, "person"));
      return this;
    }

    /** Adds an appointment. */
    public Builder add(Appointment appointment) {
      appointments.add(Objects.requireNonNull(appointment, "appointment"));
      return this;
    }

    /** Adds a function. */
    public Builder add(StatutoryFunction function) {
      functions.add(Objects.requireNonNull(function, "function"));
      return this;
    }

    /** Adds a delegation. */
    public Builder add(Delegation delegation) {
      delegations.add(Objects.requireNonNull(delegation, "delegation"));
      return this;
    }

    /** Adds a governance mechanism. */
    public Builder add(Mechanism mechanism) {
      mechanisms.add(Objects.requireNonNull(mechanism, "mechanism"));
      return this;
    }

    /** Adds an accountability link. */
    public Builder add(AccountabilityLink link) {
      accountabilityLinks.add(Objects.requireNonNull(link, "link"));
      return this;
    }

    /** Adds a meeting. */
    public Builder add(Meeting meeting) {
      meetings.add(Objects.requireNonNull(meeting, "meeting"));
      return this;
    }

    /** Adds a change event. */
    public Builder add(ChangeEvent event) {
      changeEvents.add(Objects.requireNonNull(event, "event"));
      return this;
    }

    /**
     * Declares some aspects of the model, or of some of its records, complete: see {@link
     * Completeness}. A model with no declaration is read in the open world.
     *
     * @param declaration the declaration, not null
     * @return this builder
     */
    public Builder declareComplete(Completeness declaration) {
      completeness.add(Objects.requireNonNull(declaration, "declaration"));
      return this;
    }

    /**
     * Adds every record of another model (its name is kept only if this builder has none) and its
     * declarations of completeness; if the other model switches implied links off, so does this
     * builder.
     *
     * @param model the model, not null
     * @return this builder
     */
    public Builder addAll(IcsModel model) {
      if (name == null) {
        name = model.name.orElse(null);
      }
      organisations.addAll(model.organisations);
      structures.addAll(model.structures);
      bodies.addAll(model.bodies);
      posts.addAll(model.posts);
      people.addAll(model.people);
      appointments.addAll(model.appointments);
      functions.addAll(model.functions);
      delegations.addAll(model.delegations);
      mechanisms.addAll(model.mechanisms);
      accountabilityLinks.addAll(model.accountabilityLinks);
      meetings.addAll(model.meetings);
      changeEvents.addAll(model.changeEvents);
      completeness.addAll(model.completeness);
      impliedByStatute &= model.impliedByStatute;
      return this;
    }

    /**
     * Checks integrity and builds the model.
     *
     * @return the model
     * @throws ModelValidationException listing every problem found, each with its path, if the
     *     records do not form a consistent model
     */
    public IcsModel build() {
      IntegrityCheck check = new IntegrityCheck(this);
      List<Problem> problems = check.run();
      if (!problems.isEmpty()) {
        throw new ModelValidationException("the model", problems);
      }
      return new IcsModel(this, check);
    }

    List<Organisation> organisations() {
      return organisations;
    }

    List<Structure> structures() {
      return structures;
    }

    List<Body> bodies() {
      return bodies;
    }

    List<Post> posts() {
      return posts;
    }

    List<Person> people() {
      return people;
    }

    List<Appointment> appointments() {
      return appointments;
    }

    List<StatutoryFunction> functions() {
      return functions;
    }

    List<Delegation> delegations() {
      return delegations;
    }

    List<Mechanism> mechanisms() {
      return mechanisms;
    }

    List<AccountabilityLink> accountabilityLinks() {
      return accountabilityLinks;
    }

    List<Meeting> meetings() {
      return meetings;
    }

    List<ChangeEvent> changeEvents() {
      return changeEvents;
    }

    List<Completeness> completeness() {
      return completeness;
    }
  }
}
