package org.integratedcare.io;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Source;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.DecisionRule;
import org.integratedcare.core.body.Declaration;
import org.integratedcare.core.body.Designation;
import org.integratedcare.core.body.Person;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.body.Quorum;
import org.integratedcare.core.body.TermsOfReference;
import org.integratedcare.core.change.AreaMove;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.change.FunctionTransfer;
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
import org.integratedcare.core.mechanism.SharedPrinciple;
import org.integratedcare.core.meeting.AgendaItem;
import org.integratedcare.core.meeting.Attendance;
import org.integratedcare.core.meeting.Decision;
import org.integratedcare.core.meeting.ItemDeclaration;
import org.integratedcare.core.meeting.Meeting;
import org.integratedcare.core.meeting.Vote;
import org.integratedcare.core.organisation.Area;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.structure.HealthAndWellbeingBoard;
import org.integratedcare.core.structure.Icb;
import org.integratedcare.core.structure.Icp;
import org.integratedcare.core.structure.IntegratedCareSystem;
import org.integratedcare.core.structure.Neighbourhood;
import org.integratedcare.core.structure.Place;
import org.integratedcare.core.structure.PrimaryCareNetwork;
import org.integratedcare.core.structure.ProviderCollaborative;
import org.integratedcare.core.structure.Structure;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.core.time.Dated;
import org.integratedcare.io.tree.ArrayNode;
import org.integratedcare.io.tree.Node;
import org.integratedcare.io.tree.ObjectNode;

/**
 * Turns an {@link IcsModel} into the tree of a model file. The output depends only on the model:
 * properties in a fixed order, lists in model order, sets sorted, defaults left out. Not part of
 * the API.
 */
final class ModelEncoder {

  private ModelEncoder() {}

  static ObjectNode encode(IcsModel model) {
    ObjectNode root = Node.object();
    model.name().ifPresent(n -> root.put("name", n));
    completeness(root, model.completeness());
    if (!model.impliedByStatute()) {
      root.put("impliedByStatute", false);
    }
    list(root, "organisations", model.organisations(), ModelEncoder::organisation);
    list(root, "structures", model.structures(), ModelEncoder::structure);
    list(root, "bodies", model.bodies(), ModelEncoder::body);
    list(root, "posts", model.posts(), ModelEncoder::post);
    list(root, "people", model.people(), ModelEncoder::person);
    list(root, "appointments", model.appointments(), ModelEncoder::appointment);
    list(root, "functions", model.functions(), ModelEncoder::function);
    list(root, "delegations", model.delegations(), ModelEncoder::delegation);
    list(root, "mechanisms", model.mechanisms(), ModelEncoder::mechanism);
    list(root, "accountabilityLinks", model.accountabilityLinks(), ModelEncoder::link);
    list(root, "meetings", model.meetings(), ModelEncoder::meeting);
    list(root, "changeEvents", model.changeEvents(), ModelEncoder::changeEvent);
    return root;
  }

  /** {@code complete: all} for the closed world, else one entry per declaration. */
  private static void completeness(ObjectNode root, List<org.integratedcare.core.Completeness> declared) {
    if (declared.isEmpty()) {
      return;
    }
    if (declared.size() == 1 && declared.get(0).equals(org.integratedcare.core.Completeness.everything())) {
      root.put("complete", "all");
      return;
    }
    ArrayNode a = root.putArray("complete");
    for (org.integratedcare.core.Completeness c : declared) {
      ObjectNode o = Node.object();
      ArrayNode aspects = o.putArray("aspects");
      c.aspects().forEach(x -> aspects.add(x.typeName()));
      ids(o, "of", c.records());
      a.add(o);
    }
  }

  private static <T> void list(ObjectNode o, String key, List<T> items, Function<T, ObjectNode> f) {
    if (!items.isEmpty()) {
      ArrayNode a = o.putArray(key);
      items.forEach(i -> a.add(f.apply(i)));
    }
  }

  private static void ids(ObjectNode o, String key, Collection<String> ids) {
    if (!ids.isEmpty()) {
      ArrayNode a = o.putArray(key);
      ids.stream().sorted().forEach(a::add);
    }
  }

  private static void texts(ObjectNode o, String key, List<String> texts) {
    if (!texts.isEmpty()) {
      ArrayNode a = o.putArray(key);
      texts.forEach(a::add);
    }
  }

  private static void opt(ObjectNode o, String key, Optional<String> value) {
    value.ifPresent(v -> o.put(key, v));
  }

  private static void period(ObjectNode o, DateRange p) {
    o.put("from", p.startText());
    p.endText().ifPresent(e -> o.put("to", e));
  }

  private static void sources(ObjectNode o, List<Source> sources) {
    list(o, "sources", sources, ModelEncoder::source);
  }

  private static ObjectNode source(Source s) {
    ObjectNode o = Node.object();
    o.put("document", s.document());
    opt(o, "url", s.url());
    opt(o, "clause", s.clause());
    s.status().ifPresent(st -> o.put("status", Vocabulary.name(st)));
    return o;
  }

  private static ObjectNode organisation(Organisation org) {
    ObjectNode o = Node.object();
    o.put("id", org.id());
    dated(o, "name", "names", org.names(), org.period(), v -> v);
    dated(o, "kind", "kinds", org.kinds(), org.period(), k -> k.typeName());
    dated(o, "odsCode", "odsCodes", org.odsCodes(), org.period(), c -> c.value());
    dated(o, "gssCode", "gssCodes", org.gssCodes(), org.period(), c -> c.value());
    opt(o, "partOf", org.partOf());
    ids(o, "reservedToBoard", org.reservedToBoard());
    period(o, org.period());
    sources(o, org.sources());
    return o;
  }

  /** One value over the whole period is written in short form; anything else as a dated list. */
  private static <T> void dated(ObjectNode o, String one, String many, List<Dated<T>> values,
      DateRange whole, Function<T, String> text) {
    if (values.isEmpty()) {
      return;
    }
    if (values.size() == 1 && values.get(0).period().equals(whole)) {
      o.put(one, text.apply(values.get(0).value()));
      return;
    }
    String itemKey = one.endsWith("Code") ? "code" : one;
    ArrayNode a = o.putArray(many);
    for (Dated<T> d : values) {
      ObjectNode item = a.addObject();
      item.put(itemKey, text.apply(d.value()));
      period(item, d.period());
    }
  }

  private static ObjectNode area(Area area) {
    ObjectNode o = Node.object();
    ids(o, "units", area.units());
    ids(o, "partialUnits", area.partialUnits());
    area.population().ifPresent(p -> o.put("population", p));
    return o;
  }

  private static void area(ObjectNode o, Area area) {
    if (!area.isEmpty() || area.population().isPresent()) {
      o.set("area", area(area));
    }
  }

  private static ObjectNode structure(Structure s) {
    ObjectNode o = Node.object();
    o.put("id", s.id());
    o.put("kind", s.structureKind().typeName());
    switch (s.structureKind()) {
      case INTEGRATED_CARE_BOARD -> {
        Icb x = (Icb) s;
        area(o, x.area());
        opt(o, "region", x.region());
        opt(o, "board", x.board());
      }
      case INTEGRATED_CARE_PARTNERSHIP -> {
        Icp x = (Icp) s;
        o.put("name", x.name());
        o.put("icb", x.icb());
        ids(o, "responsibleLocalAuthorities", x.responsibleLocalAuthorities());
        ids(o, "otherMembers", x.otherMembers());
        opt(o, "body", x.body());
      }
      case HEALTH_AND_WELLBEING_BOARD -> {
        HealthAndWellbeingBoard x = (HealthAndWellbeingBoard) s;
        o.put("name", x.name());
        o.put("localAuthority", x.localAuthority());
        ids(o, "relevantIcbs", x.relevantIcbs());
        opt(o, "body", x.body());
      }
      case PLACE -> {
        Place x = (Place) s;
        o.put("name", x.name());
        o.put("icb", x.icb());
        area(o, x.area());
        opt(o, "partnershipBody", x.partnershipBody());
      }
      case NEIGHBOURHOOD -> {
        Neighbourhood x = (Neighbourhood) s;
        o.put("name", x.name());
        o.put("place", x.place());
        ids(o, "primaryCareNetworks", x.primaryCareNetworks());
        x.population().ifPresent(p -> o.put("population", p));
      }
      case PRIMARY_CARE_NETWORK -> {
        PrimaryCareNetwork x = (PrimaryCareNetwork) s;
        ids(o, "memberPractices", x.memberPractices());
        opt(o, "clinicalDirector", x.clinicalDirector());
        opt(o, "nominatedPayee", x.nominatedPayee());
      }
      case PROVIDER_COLLABORATIVE -> {
        ProviderCollaborative x = (ProviderCollaborative) s;
        o.put("name", x.name());
        o.put("type", x.type().typeName());
        o.put("orientation", x.orientation().typeName());
        ids(o, "members", x.members());
        opt(o, "leadProvider", x.leadProvider());
        opt(o, "mechanism", x.mechanism());
      }
      case INTEGRATED_CARE_SYSTEM -> {
        IntegratedCareSystem x = (IntegratedCareSystem) s;
        o.put("name", x.name());
        o.put("icb", x.icb());
        opt(o, "icp", x.icp());
        ids(o, "places", x.places());
        ids(o, "providerCollaboratives", x.providerCollaboratives());
      }
    }
    period(o, s.period());
    sources(o, s.sources());
    return o;
  }

  private static ObjectNode body(Body b) {
    ObjectNode o = Node.object();
    o.put("id", b.id());
    o.put("name", b.name());
    o.put("kind", b.kind().typeName());
    ids(o, "organisations", b.organisations());
    opt(o, "parent", b.parent());
    b.level().ifPresent(l -> o.put("level", l.typeName()));
    opt(o, "place", b.place());
    b.termsOfReference().ifPresent(t -> o.set("termsOfReference", terms(t)));
    ids(o, "reservedFunctions", b.reservedFunctions());
    period(o, b.period());
    sources(o, b.sources());
    return o;
  }

  private static ObjectNode terms(TermsOfReference t) {
    ObjectNode o = Node.object();
    ids(o, "functions", t.functions());
    texts(o, "programmes", t.programmes());
    t.quorum().ifPresent(q -> o.set("quorum", quorum(q)));
    if (t.decisionRule() != DecisionRule.SIMPLE_MAJORITY) {
      o.put("decisionRule", t.decisionRule().typeName());
    }
    t.document().ifPresent(d -> o.set("document", source(d)));
    return o;
  }

  private static ObjectNode quorum(Quorum q) {
    ObjectNode o = Node.object();
    o.put("minimumVotingMembers", q.minimumVotingMembers());
    ids(o, "requiredPosts", q.requiredPosts());
    q.withdrawnMembersCount().ifPresent(w -> o.put("withdrawnMembersCount", w));
    return o;
  }

  private static ObjectNode post(Post p) {
    ObjectNode o = Node.object();
    o.put("id", p.id());
    o.put("body", p.body());
    o.put("title", p.title());
    o.put("role", p.role().typeName());
    p.place().ifPresent(x -> o.put("place", x));
    if (!p.voting()) {
      o.put("voting", false);
    }
    if (p.exOfficio()) {
      o.put("exOfficio", true);
    }
    if (p.seats() != 1) {
      o.put("seats", p.seats());
    }
    period(o, p.period());
    sources(o, p.sources());
    return o;
  }

  private static ObjectNode person(Person p) {
    ObjectNode o = Node.object();
    o.put("id", p.id());
    o.put("name", p.name());
    list(o, "employments", p.employments(), e -> {
      ObjectNode x = Node.object();
      x.put("organisation", e.value());
      period(x, e.period());
      return x;
    });
    list(o, "declarations", p.declarations(), ModelEncoder::declaration);
    sources(o, p.sources());
    return o;
  }

  private static ObjectNode declaration(Declaration d) {
    ObjectNode o = Node.object();
    o.put("description", d.description());
    d.conflict().ifPresent(c -> o.put("conflict", c.typeName()));
    opt(o, "organisation", d.organisation());
    period(o, d.period());
    d.interestType().ifPresent(t -> o.put("interestType", t.typeName()));
    opt(o, "actionTaken", d.actionTaken());
    d.declaredOn().ifPresent(t -> o.put("declaredOn", t.toString()));
    return o;
  }

  private static ObjectNode appointment(Appointment a) {
    ObjectNode o = Node.object();
    o.put("id", a.id());
    o.put("post", a.post());
    o.put("person", a.person());
    opt(o, "appointedBy", a.appointedBy());
    ids(o, "nominatedBy", a.nominatedBy());
    opt(o, "approvedBy", a.approvedBy());
    a.termEnds().ifPresent(t -> o.put("termEnds", t.toString()));
    if (!a.designations().isEmpty()) {
      ArrayNode d = o.putArray("designations");
      a.designations().stream().sorted().map(Designation::typeName).forEach(d::add);
    }
    a.capacity().ifPresent(c -> o.put("capacity", c.typeName()));
    period(o, a.period());
    sources(o, a.sources());
    return o;
  }

  private static ObjectNode function(StatutoryFunction f) {
    ObjectNode o = Node.object();
    o.put("id", f.id());
    o.put("name", f.name());
    o.put("holder", f.holder());
    opt(o, "basis", f.basis());
    if (!f.delegable()) {
      o.put("delegable", false);
    }
    period(o, f.period());
    sources(o, f.sources());
    return o;
  }

  private static ObjectNode delegation(Delegation d) {
    ObjectNode o = Node.object();
    o.put("id", d.id());
    o.put("delegator", d.delegator());
    o.put("delegate", d.delegate());
    ids(o, "functions", d.functions());
    o.put("instrument", d.instrument().typeName());
    opt(o, "clause", d.clause());
    texts(o, "conditions", d.conditions());
    d.financialLimit().ifPresent(l -> o.put("financialLimit", l));
    if (!d.limits().isEmpty()) {
      ArrayNode limits = o.putArray("limits");
      for (org.integratedcare.core.function.FinancialLimit l : d.limits()) {
        ObjectNode x = limits.addObject();
        x.put("category", l.category().typeName());
        x.put("amount", l.amount());
      }
    }
    d.onwardDelegationAllowed().ifPresent(a -> o.put("onwardDelegationAllowed", a));
    opt(o, "reportsTo", d.reportsTo());
    period(o, d.period());
    sources(o, d.sources());
    return o;
  }

  private static ObjectNode mechanism(Mechanism m) {
    ObjectNode o = Node.object();
    o.put("id", m.id());
    o.put("kind", m.kind().typeName());
    o.put("name", m.name());
    ids(o, "parties", m.parties());
    opt(o, "purpose", m.purpose());
    opt(o, "legalBasis", m.legalBasis());
    switch (m.kind()) {
      case MEMORANDUM_OF_UNDERSTANDING -> { }
      case FORMAL_DELEGATION -> ids(o, "delegations", ((FormalDelegation) m).delegations());
      case CONTRACTUAL_ARRANGEMENT -> {
        ContractualArrangement c = (ContractualArrangement) m;
        o.put("contractType", c.contractType().typeName());
        ids(o, "commissioners", c.commissioners());
        ids(o, "providers", c.providers());
        opt(o, "leadProvider", c.leadProvider());
        ids(o, "functions", c.functions());
      }
      case COMMITTEES_IN_COMMON -> ids(o, "committees", ((CommitteesInCommon) m).committees());
      case JOINT_COMMITTEE -> o.put("body", ((JointCommittee) m).body());
      case JOINT_VENTURE -> {
        JointVenture j = (JointVenture) m;
        o.put("form", j.form().typeName());
        opt(o, "host", j.host());
      }
      case MERGER_OR_ACQUISITION -> o.put("changeEvent", ((MergerOrAcquisition) m).changeEvent());
      case JOINT_VALUES_AND_INTENT, OPEN_INFORMATION_SHARING, SUBSIDIARITY ->
          o.put("statement", ((SharedPrinciple) m).statement());
      case CAUCUSING -> {
        Caucus c = (Caucus) m;
        o.put("group", c.group().typeName());
        ids(o, "participants", c.participants());
      }
      case JOINT_POSTS -> ids(o, "posts", ((JointAppointment) m).posts());
    }
    period(o, m.period());
    sources(o, m.sources());
    return o;
  }

  private static ObjectNode link(AccountabilityLink l) {
    ObjectNode o = Node.object();
    o.put("id", l.id());
    o.put("giver", l.giver());
    o.put("holder", l.holder());
    o.put("direction", l.direction().typeName());
    o.put("basis", l.basis().typeName());
    opt(o, "citation", l.citation());
    ids(o, "functions", l.functions());
    period(o, l.period());
    sources(o, l.sources());
    return o;
  }

  private static ObjectNode meeting(Meeting m) {
    ObjectNode o = Node.object();
    o.put("id", m.id());
    o.put("body", m.body());
    o.put("date", m.date().toString());
    opt(o, "chairedBy", m.chairedBy());
    list(o, "attendance", m.attendance(), ModelEncoder::attendance);
    list(o, "items", m.items(), ModelEncoder::item);
    sources(o, m.sources());
    return o;
  }

  private static ObjectNode attendance(Attendance a) {
    ObjectNode o = Node.object();
    o.put("person", a.person());
    o.put("kind", a.kind().typeName());
    opt(o, "substituteFor", a.substituteFor());
    return o;
  }

  private static ObjectNode item(AgendaItem i) {
    ObjectNode o = Node.object();
    o.put("number", i.number());
    o.put("title", i.title());
    list(o, "declarations", i.declarations(), ModelEncoder::itemDeclaration);
    i.decision().ifPresent(d -> o.set("decision", decision(d)));
    return o;
  }

  private static ObjectNode itemDeclaration(ItemDeclaration d) {
    ObjectNode o = Node.object();
    o.put("person", d.person());
    o.put("conflict", d.conflict().typeName());
    opt(o, "description", d.description());
    d.management().ifPresent(m -> o.put("management", m.typeName()));
    return o;
  }

  private static ObjectNode decision(Decision d) {
    ObjectNode o = Node.object();
    o.put("motion", d.motion());
    opt(o, "function", d.function());
    ids(o, "binds", d.binds());
    ids(o, "benefits", d.benefits());
    d.amount().ifPresent(a -> o.put("amount", a));
    list(o, "votes", d.votes(), ModelEncoder::vote);
    d.recordedFor().ifPresent(n -> o.put("recordedFor", n));
    d.recordedAgainst().ifPresent(n -> o.put("recordedAgainst", n));
    d.recordedAbstentions().ifPresent(n -> o.put("recordedAbstentions", n));
    o.put("outcome", d.outcome().typeName());
    return o;
  }

  private static ObjectNode vote(Vote v) {
    ObjectNode o = Node.object();
    o.put("person", v.person());
    o.put("choice", v.choice().typeName());
    return o;
  }

  private static ObjectNode changeEvent(ChangeEvent c) {
    ObjectNode o = Node.object();
    o.put("id", c.id());
    o.put("kind", c.kind().typeName());
    o.put("effectiveDate", c.effectiveDate().toString());
    texts(o, "predecessors", c.predecessors());
    texts(o, "successors", c.successors());
    list(o, "transfers", c.transfers(), ModelEncoder::functionTransfer);
    list(o, "areas", c.areas(), ModelEncoder::areaMove);
    c.transferredBy().ifPresent(m -> o.put("transferredBy", m.typeName()));
    c.arrangementsCarryOver().ifPresent(b -> o.put("arrangementsCarryOver", b));
    opt(o, "description", c.description());
    sources(o, c.sources());
    return o;
  }

  private static ObjectNode functionTransfer(FunctionTransfer t) {
    ObjectNode o = Node.object();
    o.put("from", t.from());
    o.put("to", t.to());
    if (t.allFunctions()) {
      o.put("functions", "all");
    } else {
      texts(o, "functions", t.functions());
    }
    return o;
  }

  private static ObjectNode areaMove(AreaMove a) {
    ObjectNode o = Node.object();
    o.put("unit", a.unit());
    o.put("from", a.from());
    o.put("to", a.to());
    return o;
  }
}
