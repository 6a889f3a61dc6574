package org.integratedcare.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Person;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.mechanism.Caucus;
import org.integratedcare.core.mechanism.CommitteesInCommon;
import org.integratedcare.core.mechanism.ContractualArrangement;
import org.integratedcare.core.mechanism.FormalDelegation;
import org.integratedcare.core.mechanism.JointAppointment;
import org.integratedcare.core.mechanism.JointCommittee;
import org.integratedcare.core.mechanism.JointVenture;
import org.integratedcare.core.mechanism.Mechanism;
import org.integratedcare.core.mechanism.MergerOrAcquisition;
import org.integratedcare.core.meeting.AgendaItem;
import org.integratedcare.core.meeting.Attendance;
import org.integratedcare.core.meeting.AttendanceKind;
import org.integratedcare.core.meeting.Meeting;
import org.integratedcare.core.organisation.Area;
import org.integratedcare.core.organisation.GssCode;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.HealthAndWellbeingBoard;
import org.integratedcare.core.structure.Icb;
import org.integratedcare.core.structure.Icp;
import org.integratedcare.core.structure.IntegratedCareSystem;
import org.integratedcare.core.structure.Neighbourhood;
import org.integratedcare.core.structure.Place;
import org.integratedcare.core.structure.PrimaryCareNetwork;
import org.integratedcare.core.structure.ProviderCollaborative;
import org.integratedcare.core.structure.Structure;

/**
 * The integrity check run by {@link IcsModel.Builder#build()}: unique ids, resolvable references of
 * the right kind of record, and no record that is part of itself. Collects every problem.
 */
final class IntegrityCheck {
  /** What kind of record a reference must resolve to. */
  private enum Target {
    ORGANISATION("an organisation"),
    BODY("a body"),
    POST("a post"),
    PERSON("a person"),
    FUNCTION("a function"),
    DELEGATION("a delegation"),
    MECHANISM("a mechanism"),
    CHANGE_EVENT("a change event"),
    PLACE("a place"),
    ICP("an integrated care partnership"),
    PROVIDER_COLLABORATIVE("a provider collaborative"),
    PARTY("an organisation, body or post");

    final String description;

    Target(String description) {
      this.description = description;
    }
  }

  private final IcsModel.Builder b;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, String> pathOfId = new HashMap<>();
  private final Map<String, Identified> byId = new HashMap<>();
  private final Map<String, Structure> structures = new HashMap<>();

  IntegrityCheck(IcsModel.Builder builder) {
    this.b = builder;
  }

  /** Each record's path by id (structures apart); valid after a run without problems. */
  Map<String, String> pathOfId() {
    return pathOfId;
  }

  /** Each record by id (structures apart); valid after a run without problems. */
  Map<String, Identified> byId() {
    return byId;
  }

  /** Each structure by id; valid after a run without problems. */
  Map<String, Structure> structuresById() {
    return structures;
  }

  List<Problem> run() {
    collectIds("organisations", b.organisations());
    collectIds("bodies", b.bodies());
    collectIds("posts", b.posts());
    collectIds("people", b.people());
    collectIds("appointments", b.appointments());
    collectIds("functions", b.functions());
    collectIds("delegations", b.delegations());
    collectIds("mechanisms", b.mechanisms());
    collectIds("accountabilityLinks", b.accountabilityLinks());
    collectIds("meetings", b.meetings());
    collectIds("changeEvents", b.changeEvents());
    collectStructureIds();

    checkOrganisations();
    checkStructures();
    checkBodies();
    checkPeopleAndPosts();
    checkFunctionsAndDelegations();
    checkMechanisms();
    checkLinks();
    checkMeetings();
    checkChangeEvents();
    checkCompleteness();
    return problems;
  }

  private void collectIds(String collection, List<? extends Identified> items) {
    for (int i = 0; i < items.size(); i++) {
      Identified e = items.get(i);
      String path = collection + "[" + i + "]";
      String earlier = pathOfId.putIfAbsent(e.id(), path);
      if (earlier != null) {
        problems.add(Problem.at(path + ".id",
            "id '" + e.id() + "' is already used by " + earlier + "; ids must be unique across the model"));
      } else {
        byId.put(e.id(), e);
      }
    }
  }

  private void collectStructureIds() {
    List<Structure> list = b.structures();
    for (int i = 0; i < list.size(); i++) {
      Structure s = list.get(i);
      String path = "structures[" + i + "]";
      if (structures.containsKey(s.id())) {
        problems.add(Problem.at(path + ".id", "structure id '" + s.id() + "' is used by another structure"));
        continue;
      }
      structures.put(s.id(), s);
      if (s instanceof Icb || s instanceof PrimaryCareNetwork) {
        OrganisationKind kind = s instanceof Icb
            ? OrganisationKind.INTEGRATED_CARE_BOARD : OrganisationKind.PRIMARY_CARE_NETWORK;
        Identified org = byId.get(s.id());
        if (!(org instanceof Organisation o)) {
          problems.add(Problem.at(path + ".id", "'" + s.id() + "' must be the id of an organisation of kind "
              + kind.typeName() + (org == null ? ", but there is no such record" : ", but it is " + describe(org))));
        } else if (o.kinds().stream().noneMatch(k -> k.value() == kind)) {
          problems.add(Problem.at(path + ".id", "organisation '" + s.id() + "' is never of kind " + kind.typeName()));
        }
      } else {
        String earlier = pathOfId.putIfAbsent(s.id(), path);
        if (earlier != null) {
          problems.add(Problem.at(path + ".id",
              "id '" + s.id() + "' is already used by " + earlier + "; ids must be unique across the model"));
        }
      }
    }
  }

  private void checkOrganisations() {
    List<Organisation> list = b.organisations();
    for (int i = 0; i < list.size(); i++) {
      Organisation o = list.get(i);
      String path = "organisations[" + i + "]";
      o.partOf().ifPresent(p -> ref(path + ".partOf", p, Target.ORGANISATION));
      refs(path + ".reservedToBoard", o.reservedToBoard(), Target.FUNCTION);
    }
    cycles("organisations", list, o -> o.partOf().orElse(null), "partOf", "is part of itself");
  }

  private void checkStructures() {
    List<Structure> list = b.structures();
    for (int i = 0; i < list.size(); i++) {
      String path = "structures[" + i + "]";
      Structure s = list.get(i);
      switch (s.structureKind()) {
        case INTEGRATED_CARE_BOARD -> {
          Icb icb = (Icb) s;
          icb.region().ifPresent(r -> {
            if (ref(path + ".region", r, Target.ORGANISATION)
                && ((Organisation) byId.get(r)).kinds().stream().noneMatch(k -> k.value() == OrganisationKind.NHS_ENGLAND_REGION)) {
              problems.add(Problem.at(path + ".region", "organisation '" + r + "' is not an NHS England region"));
            }
          });
          icb.board().ifPresent(x -> ref(path + ".board", x, Target.BODY));
          area(path + ".area", icb.area());
        }
        case INTEGRATED_CARE_PARTNERSHIP -> {
          Icp icp = (Icp) s;
          ref(path + ".icb", icp.icb(), Target.ORGANISATION);
          refs(path + ".responsibleLocalAuthorities", icp.responsibleLocalAuthorities(), Target.ORGANISATION);
          refs(path + ".otherMembers", icp.otherMembers(), Target.ORGANISATION);
          icp.body().ifPresent(x -> ref(path + ".body", x, Target.BODY));
        }
        case HEALTH_AND_WELLBEING_BOARD -> {
          HealthAndWellbeingBoard h = (HealthAndWellbeingBoard) s;
          ref(path + ".localAuthority", h.localAuthority(), Target.ORGANISATION);
          refs(path + ".relevantIcbs", h.relevantIcbs(), Target.ORGANISATION);
          h.body().ifPresent(x -> ref(path + ".body", x, Target.BODY));
        }
        case PLACE -> {
          Place p = (Place) s;
          ref(path + ".icb", p.icb(), Target.ORGANISATION);
          p.partnershipBody().ifPresent(x -> ref(path + ".partnershipBody", x, Target.BODY));
          area(path + ".area", p.area());
        }
        case NEIGHBOURHOOD -> {
          Neighbourhood n = (Neighbourhood) s;
          ref(path + ".place", n.place(), Target.PLACE);
          refs(path + ".primaryCareNetworks", n.primaryCareNetworks(), Target.ORGANISATION);
        }
        case PRIMARY_CARE_NETWORK -> {
          PrimaryCareNetwork n = (PrimaryCareNetwork) s;
          refs(path + ".memberPractices", n.memberPractices(), Target.ORGANISATION);
          n.clinicalDirector().ifPresent(x -> ref(path + ".clinicalDirector", x, Target.PERSON));
          n.nominatedPayee().ifPresent(x -> ref(path + ".nominatedPayee", x, Target.ORGANISATION));
        }
        case PROVIDER_COLLABORATIVE -> {
          ProviderCollaborative c = (ProviderCollaborative) s;
          refs(path + ".members", c.members(), Target.ORGANISATION);
          c.mechanism().ifPresent(x -> ref(path + ".mechanism", x, Target.MECHANISM));
        }
        case INTEGRATED_CARE_SYSTEM -> {
          IntegratedCareSystem c = (IntegratedCareSystem) s;
          ref(path + ".icb", c.icb(), Target.ORGANISATION);
          c.icp().ifPresent(x -> ref(path + ".icp", x, Target.ICP));
          refs(path + ".places", c.places(), Target.PLACE);
          refs(path + ".providerCollaboratives", c.providerCollaboratives(), Target.PROVIDER_COLLABORATIVE);
        }
      }
    }
  }

  private void area(String path, Area area) {
    int i = 0;
    for (String unit : area.units()) {
      unitRef(path + ".units[" + i++ + "]", unit);
    }
    i = 0;
    for (String unit : area.partialUnits()) {
      unitRef(path + ".partialUnits[" + i++ + "]", unit);
    }
  }

  /** An area unit that is not a GSS code must be the id of an organisation in the model. */
  private void unitRef(String path, String unit) {
    if (!GssCode.isValid(unit)) {
      ref(path, unit, Target.ORGANISATION);
    }
  }

  private void checkBodies() {
    List<Body> list = b.bodies();
    for (int i = 0; i < list.size(); i++) {
      Body body = list.get(i);
      String path = "bodies[" + i + "]";
      refs(path + ".organisations", body.organisations(), Target.ORGANISATION);
      body.parent().ifPresent(p -> ref(path + ".parent", p, Target.BODY));
      body.place().ifPresent(p -> ref(path + ".place", p, Target.PLACE));
      refs(path + ".reservedFunctions", body.reservedFunctions(), Target.FUNCTION);
      body.termsOfReference().ifPresent(t -> {
        refs(path + ".termsOfReference.functions", t.functions(), Target.FUNCTION);
        t.quorum().ifPresent(q -> refs(path + ".termsOfReference.quorum.requiredPosts", q.requiredPosts(), Target.POST));
      });
    }
    cycles("bodies", list, x -> x.parent().orElse(null), "parent", "is its own parent");
  }

  private void checkPeopleAndPosts() {
    List<Post> posts = b.posts();
    for (int i = 0; i < posts.size(); i++) {
      ref("posts[" + i + "].body", posts.get(i).body(), Target.BODY);
      int at = i;
      posts.get(i).place().ifPresent(p -> ref("posts[" + at + "].place", p, Target.PLACE));
    }
    List<Person> people = b.people();
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      String path = "people[" + i + "]";
      for (int j = 0; j < p.employments().size(); j++) {
        ref(path + ".employments[" + j + "].organisation", p.employments().get(j).value(), Target.ORGANISATION);
      }
      for (int j = 0; j < p.declarations().size(); j++) {
        String at = path + ".declarations[" + j + "].organisation";
        p.declarations().get(j).organisation().ifPresent(o -> ref(at, o, Target.ORGANISATION));
      }
    }
    List<Appointment> appointments = b.appointments();
    for (int i = 0; i < appointments.size(); i++) {
      Appointment a = appointments.get(i);
      String path = "appointments[" + i + "]";
      ref(path + ".post", a.post(), Target.POST);
      ref(path + ".person", a.person(), Target.PERSON);
      a.appointedBy().ifPresent(x -> ref(path + ".appointedBy", x, Target.ORGANISATION));
      refs(path + ".nominatedBy", a.nominatedBy(), Target.ORGANISATION);
      a.approvedBy().ifPresent(x -> ref(path + ".approvedBy", x, Target.ORGANISATION));
    }
  }

  private void checkFunctionsAndDelegations() {
    List<StatutoryFunction> functions = b.functions();
    for (int i = 0; i < functions.size(); i++) {
      ref("functions[" + i + "].holder", functions.get(i).holder(), Target.ORGANISATION);
    }
    List<Delegation> delegations = b.delegations();
    for (int i = 0; i < delegations.size(); i++) {
      Delegation d = delegations.get(i);
      String path = "delegations[" + i + "]";
      ref(path + ".delegator", d.delegator(), Target.PARTY);
      ref(path + ".delegate", d.delegate(), Target.PARTY);
      refs(path + ".functions", d.functions(), Target.FUNCTION);
      d.reportsTo().ifPresent(r -> ref(path + ".reportsTo", r, Target.PARTY));
    }
  }

  private void checkMechanisms() {
    List<Mechanism> list = b.mechanisms();
    for (int i = 0; i < list.size(); i++) {
      Mechanism m = list.get(i);
      String path = "mechanisms[" + i + "]";
      refs(path + ".parties", m.parties(), Target.ORGANISATION);
      switch (m.kind()) {
        case FORMAL_DELEGATION -> refs(path + ".delegations", ((FormalDelegation) m).delegations(), Target.DELEGATION);
        case CONTRACTUAL_ARRANGEMENT -> {
          ContractualArrangement c = (ContractualArrangement) m;
          refs(path + ".commissioners", c.commissioners(), Target.ORGANISATION);
          refs(path + ".providers", c.providers(), Target.ORGANISATION);
          refs(path + ".functions", c.functions(), Target.FUNCTION);
        }
        case COMMITTEES_IN_COMMON -> refs(path + ".committees", ((CommitteesInCommon) m).committees(), Target.BODY);
        case JOINT_COMMITTEE -> ref(path + ".body", ((JointCommittee) m).body(), Target.BODY);
        case JOINT_VENTURE -> ((JointVenture) m).host().ifPresent(h -> ref(path + ".host", h, Target.ORGANISATION));
        case MERGER_OR_ACQUISITION -> ref(path + ".changeEvent", ((MergerOrAcquisition) m).changeEvent(), Target.CHANGE_EVENT);
        case CAUCUSING -> refs(path + ".participants", ((Caucus) m).participants(), Target.PERSON);
        case JOINT_POSTS -> refs(path + ".posts", ((JointAppointment) m).posts(), Target.POST);
        case MEMORANDUM_OF_UNDERSTANDING, JOINT_VALUES_AND_INTENT, OPEN_INFORMATION_SHARING, SUBSIDIARITY -> { }
      }
    }
  }

  private void checkLinks() {
    List<AccountabilityLink> list = b.accountabilityLinks();
    for (int i = 0; i < list.size(); i++) {
      AccountabilityLink l = list.get(i);
      String path = "accountabilityLinks[" + i + "]";
      ref(path + ".giver", l.giver(), Target.PARTY);
      ref(path + ".holder", l.holder(), Target.PARTY);
      refs(path + ".functions", l.functions(), Target.FUNCTION);
      if (l.impliedByStatute()) {
        problems.add(Problem.at(path + ".impliedByStatute", "accountability link '" + l.id()
            + "' is marked implied by statute: implied links are derived from the model, never recorded in it"));
      }
    }
  }

  private void checkMeetings() {
    List<Meeting> list = b.meetings();
    for (int i = 0; i < list.size(); i++) {
      Meeting m = list.get(i);
      String path = "meetings[" + i + "]";
      ref(path + ".body", m.body(), Target.BODY);
      m.chairedBy().ifPresent(c -> {
        ref(path + ".chairedBy", c, Target.PERSON);
        if (m.attendance().stream().anyMatch(a -> a.person().equals(c) && a.kind() == AttendanceKind.APOLOGIES)) {
          problems.add(Problem.at(path + ".chairedBy", "meeting '" + m.id() + "' is recorded as chaired by '" + c
              + "', who is also recorded as sending apologies"));
        }
      });
      for (int j = 0; j < m.attendance().size(); j++) {
        Attendance a = m.attendance().get(j);
        ref(path + ".attendance[" + j + "].person", a.person(), Target.PERSON);
        String at = path + ".attendance[" + j + "].substituteFor";
        a.substituteFor().ifPresent(s -> ref(at, s, Target.PERSON));
      }
      for (int j = 0; j < m.items().size(); j++) {
        AgendaItem item = m.items().get(j);
        String itemPath = path + ".items[" + j + "]";
        for (int k = 0; k < item.declarations().size(); k++) {
          ref(itemPath + ".declarations[" + k + "].person", item.declarations().get(k).person(), Target.PERSON);
        }
        item.decision().ifPresent(d -> {
          d.function().ifPresent(f -> ref(itemPath + ".decision.function", f, Target.FUNCTION));
          refs(itemPath + ".decision.binds", d.binds(), Target.ORGANISATION);
          refs(itemPath + ".decision.benefits", d.benefits(), Target.ORGANISATION);
          for (int k = 0; k < d.votes().size(); k++) {
            ref(itemPath + ".decision.votes[" + k + "].person", d.votes().get(k).person(), Target.PERSON);
          }
        });
      }
    }
  }

  private void checkChangeEvents() {
    List<ChangeEvent> list = b.changeEvents();
    for (int i = 0; i < list.size(); i++) {
      ChangeEvent c = list.get(i);
      String path = "changeEvents[" + i + "]";
      for (int j = 0; j < c.predecessors().size(); j++) {
        ref(path + ".predecessors[" + j + "]", c.predecessors().get(j), Target.ORGANISATION);
      }
      for (int j = 0; j < c.successors().size(); j++) {
        ref(path + ".successors[" + j + "]", c.successors().get(j), Target.ORGANISATION);
      }
      for (int j = 0; j < c.transfers().size(); j++) {
        refs(path + ".transfers[" + j + "].functions", c.transfers().get(j).functions(), Target.FUNCTION);
      }
    }
  }

  private void checkCompleteness() {
    List<Completeness> declared = b.completeness();
    for (int i = 0; i < declared.size(); i++) {
      int j = 0;
      for (String id : declared.get(i).records()) {
        String path = "complete[" + i + "].of[" + j++ + "]";
        if (!byId.containsKey(id) && !structures.containsKey(id)) {
          problems.add(Problem.at(path, "'" + id + "' is declared complete, but there is no record with that id"));
        }
      }
    }
  }

  private void refs(String path, Collection<String> ids, Target target) {
    int i = 0;
    for (String id : ids) {
      ref(path + "[" + i++ + "]", id, target);
    }
  }

  /** Records a problem unless {@code id} names a record of the target kind; returns whether it does. */
  private boolean ref(String path, String id, Target target) {
    Optional<String> wrong = switch (target) {
      case PLACE -> structureRef(id, Place.class);
      case ICP -> structureRef(id, Icp.class);
      case PROVIDER_COLLABORATIVE -> structureRef(id, ProviderCollaborative.class);
      default -> {
        Identified e = byId.get(id);
        if (e == null) {
          yield Optional.of("there is no record with that id");
        }
        boolean ok = switch (target) {
          case ORGANISATION -> e instanceof Organisation;
          case BODY -> e instanceof Body;
          case POST -> e instanceof Post;
          case PERSON -> e instanceof Person;
          case FUNCTION -> e instanceof StatutoryFunction;
          case DELEGATION -> e instanceof Delegation;
          case MECHANISM -> e instanceof Mechanism;
          case CHANGE_EVENT -> e instanceof ChangeEvent;
          case PARTY -> e instanceof Organisation || e instanceof Body || e instanceof Post;
          default -> false;
        };
        yield ok ? Optional.empty() : Optional.of("it is " + describe(e));
      }
    };
    wrong.ifPresent(w -> problems.add(Problem.at(path,
        "'" + id + "' should be " + target.description + ", but " + w)));
    return wrong.isEmpty();
  }

  private Optional<String> structureRef(String id, Class<? extends Structure> type) {
    Structure s = structures.get(id);
    if (s != null) {
      return type.isInstance(s) ? Optional.empty() : Optional.of("it is a " + s.structureKind().typeName());
    }
    Identified e = byId.get(id);
    return Optional.of(e == null ? "there is no record with that id" : "it is " + describe(e));
  }

  private static String describe(Identified e) {
    if (e instanceof Organisation) {
      return "an organisation";
    } else if (e instanceof Body) {
      return "a body";
    } else if (e instanceof Post) {
      return "a post";
    } else if (e instanceof Person) {
      return "a person";
    } else if (e instanceof Appointment) {
      return "an appointment";
    } else if (e instanceof StatutoryFunction) {
      return "a function";
    } else if (e instanceof Delegation) {
      return "a delegation";
    } else if (e instanceof Mechanism m) {
      return "a mechanism (" + m.kind().typeName() + ")";
    } else if (e instanceof AccountabilityLink) {
      return "an accountability link";
    } else if (e instanceof Meeting) {
      return "a meeting";
    } else if (e instanceof ChangeEvent) {
      return "a change event";
    } else if (e instanceof Structure s) {
      return "a " + s.structureKind().typeName();
    }
    return "a record";
  }

  /** Reports each chain of parent references that returns to where it started, once, naming every member. */
  private <T extends Identified> void cycles(String collection, List<T> items, Function<T, String> parentOf,
      String attribute, String what) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      index.putIfAbsent(items.get(i).id(), i);
    }
    Set<String> done = new HashSet<>();
    for (T start : items) {
      if (done.contains(start.id())) {
        continue;
      }
      LinkedHashSet<String> trail = new LinkedHashSet<>();
      String current = start.id();
      while (current != null && index.containsKey(current) && !done.contains(current) && trail.add(current)) {
        current = parentOf.apply(items.get(index.get(current)));
      }
      if (current != null && trail.contains(current)) {
        List<String> cycle = new ArrayList<>();
        boolean in = false;
        for (String id : trail) {
          in |= id.equals(current);
          if (in) {
            cycle.add(id);
          }
        }
        problems.add(Problem.at(collection + "[" + index.get(current) + "]." + attribute,
            "'" + current + "' " + what + " through " + String.join(" -> ", cycle) + " -> " + current));
      }
      done.addAll(trail);
    }
  }
}
