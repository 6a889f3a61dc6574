package org.integratedcare.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.integratedcare.core.Source;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.core.accountability.AccountabilityBasis;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Capacity;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.ConflictType;
import org.integratedcare.core.body.DecisionRule;
import org.integratedcare.core.body.Declaration;
import org.integratedcare.core.body.InterestType;
import org.integratedcare.core.body.Designation;
import org.integratedcare.core.body.Person;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.body.Quorum;
import org.integratedcare.core.body.TermsOfReference;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.change.ChangeKind;
import org.integratedcare.core.change.AreaMove;
import org.integratedcare.core.change.FunctionTransfer;
import org.integratedcare.core.change.TransferMeans;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.FinancialLimit;
import org.integratedcare.core.function.LimitCategory;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.mechanism.Caucus;
import org.integratedcare.core.mechanism.CaucusGroup;
import org.integratedcare.core.mechanism.CommitteesInCommon;
import org.integratedcare.core.mechanism.ContractType;
import org.integratedcare.core.mechanism.ContractualArrangement;
import org.integratedcare.core.mechanism.FormalDelegation;
import org.integratedcare.core.mechanism.JointAppointment;
import org.integratedcare.core.mechanism.JointCommittee;
import org.integratedcare.core.mechanism.JointVenture;
import org.integratedcare.core.mechanism.JointVentureForm;
import org.integratedcare.core.mechanism.Mechanism;
import org.integratedcare.core.mechanism.MechanismKind;
import org.integratedcare.core.mechanism.MemorandumOfUnderstanding;
import org.integratedcare.core.mechanism.MergerOrAcquisition;
import org.integratedcare.core.mechanism.SharedPrinciple;
import org.integratedcare.core.meeting.AgendaItem;
import org.integratedcare.core.meeting.Attendance;
import org.integratedcare.core.meeting.AttendanceKind;
import org.integratedcare.core.meeting.ConflictManagement;
import org.integratedcare.core.meeting.Decision;
import org.integratedcare.core.meeting.DecisionOutcome;
import org.integratedcare.core.meeting.ItemDeclaration;
import org.integratedcare.core.meeting.Meeting;
import org.integratedcare.core.meeting.Vote;
import org.integratedcare.core.meeting.VoteChoice;
import org.integratedcare.core.organisation.Area;
import org.integratedcare.core.organisation.GssCode;
import org.integratedcare.core.organisation.OdsCode;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.CollaborativeOrientation;
import org.integratedcare.core.structure.CollaborativeType;
import org.integratedcare.core.structure.HealthAndWellbeingBoard;
import org.integratedcare.core.structure.Icb;
import org.integratedcare.core.structure.Icp;
import org.integratedcare.core.structure.IntegratedCareSystem;
import org.integratedcare.core.structure.Level;
import org.integratedcare.core.structure.Neighbourhood;
import org.integratedcare.core.structure.Place;
import org.integratedcare.core.structure.PrimaryCareNetwork;
import org.integratedcare.core.structure.ProviderCollaborative;
import org.integratedcare.core.structure.Structure;
import org.integratedcare.core.structure.StructureKind;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.core.time.Dated;
import org.integratedcare.io.tree.Node;
import org.integratedcare.core.Bounds;
import org.integratedcare.core.Completeness;

/**
 * Maps a parsed model file to the core builders, collecting every problem with its path before
 * building the model; then {@link IcsModel.Builder#build()} adds the integrity problems, whose
 * paths are the same as the file's. Not part of the API.
 */
final class ModelDecoder {
  private final ParsedDocument document;
  private final Problems problems;
  private final String subject;

  ModelDecoder(ParsedDocument document, String subject) {
    this.document = document;
    this.problems = new Problems(document);
    this.subject = subject;
  }

  IcsModel decode() {
    Node root = document.root();
    if (root.isMissingNode()) {
      throw new ModelValidationException(subject, List.of(Problem.at("",
          "the document is empty; a model file is an object with properties such as 'name' and"
              + " 'organisations'")));
    }
    Fields f = Fields.open(problems, root, "", "model");
    IcsModel.Builder b = IcsModel.builder();
    if (f.isObject()) {
      f.text("$schema");
      b.name(f.text("name"));
      defaults(f);
      f.list("organisations", kept("organisations", this::organisation)).forEach(b::add);
      f.list("structures", kept("structures", this::structure)).forEach(b::add);
      f.list("bodies", kept("bodies", this::body)).forEach(b::add);
      f.list("posts", kept("posts", this::post)).forEach(b::add);
      f.list("people", kept("people", this::person)).forEach(b::add);
      f.list("appointments", kept("appointments", this::appointment)).forEach(b::add);
      f.list("functions", kept("functions", this::function)).forEach(b::add);
      f.list("delegations", kept("delegations", this::delegation)).forEach(b::add);
      f.list("mechanisms", kept("mechanisms", this::mechanism)).forEach(b::add);
      f.list("accountabilityLinks", kept("accountabilityLinks", this::link)).forEach(b::add);
      f.list("meetings", kept("meetings", this::meeting)).forEach(b::add);
      f.list("changeEvents", kept("changeEvents", this::changeEvent)).forEach(b::add);
      completeness(f).forEach(b::declareComplete);
      Boolean implied = f.bool("impliedByStatute", false);
      if (implied != null) {
        b.impliedByStatute(implied);
      }
    }
    if (problems.count() > 0) {
      // every problem at once: the records that could be read are checked together as well, so
      // a duplicate id or a part-of cycle is not hidden behind a malformed value elsewhere
      List<Problem> all = new ArrayList<>(problems.list());
      try {
        b.build();
      } catch (ModelValidationException e) {
        Set<String> unread = fileIds(root);
        for (Problem p : e.problems()) {
          if (!aboutUnreadRecord(p, unread)) {
            all.add(place(inFile(p)));
          }
        }
      }
      throw new ModelValidationException(subject, all);
    }
    try {
      return b.build();
    } catch (ModelValidationException e) {
      throw new ModelValidationException(subject, e.problems().stream().map(this::place).toList());
    }
  }

  /** For each top-level list, the index in the file of each item that was read, in order. */
  private final java.util.Map<String, List<Integer>> keptIndices = new java.util.HashMap<>();

  private <T> java.util.function.BiFunction<Node, String, T> kept(String key,
      java.util.function.BiFunction<Node, String, T> reader) {
    List<Integer> indices = keptIndices.computeIfAbsent(key, k -> new ArrayList<>());
    return (n, path) -> {
      T t = reader.apply(n, path);
      if (t != null) {
        indices.add(Integer.parseInt(path.substring(path.lastIndexOf('[') + 1, path.length() - 1)));
      }
      return t;
    };
  }

  private static final java.util.regex.Pattern INDEXED = java.util.regex.Pattern.compile("\\b([A-Za-z]+)\\[(\\d+)]");

  /**
   * An integrity problem with the index of each record in the model, in its path and its message,
   * turned into the record's index in the file.
   */
  private Problem inFile(Problem p) {
    return Problem.at(remap(p.path(), true), remap(p.message(), false));
  }

  private String remap(String text, boolean anchored) {
    java.util.regex.Matcher m = INDEXED.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      List<Integer> indices = keptIndices.get(m.group(1));
      String replacement = m.group();
      if (indices != null && (!anchored || m.start() == 0)) {
        try {
          int i = Integer.parseInt(m.group(2));
          if (i < indices.size()) {
            replacement = m.group(1) + "[" + indices.get(i) + "]";
          }
        } catch (NumberFormatException e) {
          // too many digits to be an index: leave as written
        }
      }
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The ids given in the file to records that could not be read. */
  private static Set<String> fileIds(Node root) {
    Set<String> ids = new HashSet<>();
    if (!root.isObject()) {
      return ids;
    }
    for (java.util.Map.Entry<String, Node> field : root.properties()) {
      Node value = field.getValue();
      if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          Node id = value.get(i).isObject() ? value.get(i).get("id") : null;
          if (id != null && id.isString()) {
            ids.add(id.asString());
          }
        }
      }
    }
    return ids;
  }

  /**
   * Whether an integrity problem only says that a reference names no record, where the record
   * is in the file but could not be read: already reported, so not reported again.
   */
  private static boolean aboutUnreadRecord(Problem p, Set<String> fileIds) {
    String m = p.message();
    if (!m.startsWith("'") || !m.endsWith("there is no record with that id")) {
      return false;
    }
    int close = m.indexOf('\'', 1);
    return close > 0 && fileIds.contains(m.substring(1, close));
  }

  /**
   * Gives an integrity problem the line and column of its path. The model's sets keep the file's
   * order, but an id repeated in a file list is held once, so an index into a set may fall short of
   * the index in the file; when the message names the id at fault, the index of that id in the
   * file is used instead.
   */
  private Problem place(Problem p) {
    String path = p.path();
    int open = path.lastIndexOf('[');
    if (open > 0 && path.endsWith("]") && p.message().startsWith("'")) {
      int close = p.message().indexOf('\'', 1);
      String id = close > 1 ? p.message().substring(1, close) : null;
      Node array = nodeAt(path.substring(0, open));
      if (id != null && array != null && array.isArray()) {
        for (int i = 0; i < array.size(); i++) {
          if (array.get(i).isString() && array.get(i).asString().equals(id)) {
            path = path.substring(0, open) + "[" + i + "]";
            break;
          }
        }
      }
    }
    int[] at = document.locate(path);
    return Problem.at(path, p.message(), at[0], at[1]);
  }

  private Node nodeAt(String path) {
    Node n = document.root();
    for (String part : path.split("\\.")) {
      String name = part;
      int bracket = part.indexOf('[');
      if (bracket >= 0) {
        name = part.substring(0, bracket);
      }
      n = n.get(name);
      if (n == null) {
        return null;
      }
      int i = bracket;
      while (i >= 0) {
        int end = part.indexOf(']', i);
        n = n.get(Integer.parseInt(part.substring(i + 1, end)));
        if (n == null) {
          return null;
        }
        i = part.indexOf('[', end);
      }
    }
    return n;
  }

  /** Runs a core builder unless the record already has problems; turns its failures into problems. */
  private <T> T build(String path, int before, Supplier<T> builder) {
    if (problems.count() > before) {
      return null;
    }
    try {
      return builder.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add(path, e.getMessage());
      return null;
    }
  }

  private <T> T value(String path, Supplier<T> maker) {
    try {
      return maker.get();
    } catch (IllegalArgumentException e) {
      problems.add(path, e.getMessage());
      return null;
    }
  }

  // ---- shared pieces ----

  private List<Source> defaultSources = List.of();

  /** Reads the file-level defaults: a first day and sources for records that give none. */
  private void defaults(Fields model) {
    if (!model.has("defaults")) {
      return;
    }
    Fields f = Fields.open(problems, model.get("defaults"), "defaults", "defaults");
    if (!f.isObject()) {
      return;
    }
    if (f.has("from")) {
      DateRange check = f.period();
      if (check != null) {
        problems.defaultFrom = check.startText();
      }
    }
    defaultSources = List.copyOf(f.list("sources", this::source));
  }

  /**
   * The declarations of completeness: {@code complete: all}, or a list of {@code {aspects, of}}
   * where {@code aspects} may hold {@code all} and {@code of} lists record ids (none: the whole
   * model).
   */
  private List<Completeness> completeness(Fields model) {
    if (!model.has("complete")) {
      return List.of();
    }
    Node v = model.get("complete");
    if (v.isString() && v.asString().equals("all")) {
      return List.of(Completeness.everything());
    }
    if (!v.isArray()) {
      problems.add("complete", "expected 'all' or a list of declarations such as "
          + "{aspects: [appointments], of: [icb-board]}");
      return List.of();
    }
    return model.list("complete", (n, path) -> {
      int before = problems.count();
      Fields f = Fields.open(problems, n, path, "completeness");
      if (!f.isObject()) {
        return null;
      }
      List<String> names = f.texts("aspects");
      Set<Completeness.Aspect> aspects = EnumSet.noneOf(Completeness.Aspect.class);
      List<String> allowed = new ArrayList<>(Vocabulary.names(Completeness.Aspect.class, Completeness.Aspect::typeName));
      allowed.add("all");
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        if (name.equals("all")) {
          aspects.addAll(EnumSet.allOf(Completeness.Aspect.class));
          continue;
        }
        Optional<Completeness.Aspect> a = Arrays.stream(Completeness.Aspect.values())
            .filter(x -> x.typeName().equals(name)).findFirst();
        if (a.isEmpty()) {
          problems.add(f.path("aspects") + "[" + i + "]", "unknown aspect '" + Bounds.excerpt(name, 60) + "'"
              + Fields.suggestion(name, Set.copyOf(allowed)) + "; expected one of " + String.join(", ", allowed));
        } else {
          aspects.add(a.get());
        }
      }
      if (!f.has("aspects") || names.isEmpty()) {
        problems.add(f.path("aspects"), "name at least one aspect declared complete, such as appointments");
      }
      Set<String> of = idSet(f, "of");
      if (problems.count() > before || aspects.isEmpty()) {
        return null;
      }
      return new Completeness(aspects, of);
    });
  }

  private List<Source> sources(Fields f) {
    if (!f.has("sources")) {
      return defaultSources;
    }
    return f.list("sources", this::source);
  }

  private Source source(Node n, String path) {
    int before = problems.count();
    Fields f = Fields.open(problems, n, path, "source");
    if (!f.isObject()) {
      return null;
    }
    String document = f.requiredText("document");
    String url = f.text("url");
    String clause = f.text("clause");
    SourceStatus status = f.enumValue("status", SourceStatus.class, Vocabulary::name, false);
    return build(path, before, () -> Source.builder().document(document)
        .url(java.util.Optional.ofNullable(url)).clause(java.util.Optional.ofNullable(clause))
        .status(java.util.Optional.ofNullable(status)).build());
  }

  private Set<String> idSet(Fields f, String key) {
    List<String> list = f.texts(key);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      if (!seen.add(list.get(i))) {
        problems.add(f.path(key) + "[" + i + "]", "'" + list.get(i) + "' is listed twice");
      }
    }
    return new LinkedHashSet<>(list);
  }

  private Area area(Fields parent) {
    if (!parent.has("area")) {
      return Area.builder().build();
    }
    String path = parent.path("area");
    int before = problems.count();
    Fields f = Fields.open(problems, parent.get("area"), path, "area");
    if (!f.isObject()) {
      return null;
    }
    Set<String> units = idSet(f, "units");
    Set<String> partial = idSet(f, "partialUnits");
    Long population = f.integer("population", false);
    return build(path, before, () -> {
      Area.Builder a = Area.builder().addAllUnits(units).addAllPartialUnits(partial);
      if (population != null) {
        a.population(population);
      }
      return a.build();
    });
  }

  // ---- organisations ----

  private Organisation organisation(Node n, String path) {
    int before = problems.count();
    Fields f = Fields.open(problems, n, path, "organisation");
    if (!f.isObject()) {
      return null;
    }
    String id = f.requiredText("id");
    DateRange period = f.period();
    Organisation.Builder o = Organisation.builder();
    dated(f, "name", "names", "datedName", period, x -> f.text("name"),
        (g, p) -> g.requiredText("name"), o::addNames);
    dated(f, "kind", "kinds", "datedKind", period,
        x -> f.enumValue("kind", OrganisationKind.class, OrganisationKind::typeName, false),
        (g, p) -> g.enumValue("kind", OrganisationKind.class, OrganisationKind::typeName, true),
        o::addKinds);
    dated(f, "odsCode", "odsCodes", "datedCode", period,
        x -> code(f, "odsCode", OdsCode::of), (g, p) -> code(g, "code", OdsCode::of),
        o::addOdsCodes);
    dated(f, "gssCode", "gssCodes", "datedCode", period,
        x -> code(f, "gssCode", GssCode::of), (g, p) -> code(g, "code", GssCode::of),
        o::addGssCodes);
    if (!f.has("name") && !f.has("names")) {
      problems.add(f.path("name"), "missing required property 'name' (or 'names')");
    }
    if (!f.has("kind") && !f.has("kinds")) {
      problems.add(f.path("kind"), "missing required property 'kind' (or 'kinds')");
    }
    String partOf = f.text("partOf");
    Set<String> reserved = idSet(f, "reservedToBoard");
    List<Source> sources = sources(f);
    return build(path, before, () -> o.id(id).period(period)
        .partOf(java.util.Optional.ofNullable(partOf)).addAllReservedToBoard(reserved)
        .addAllSources(sources).build());
  }

  private <T> T code(Fields f, String key, Function<String, T> parse) {
    String s = f.text(key, key.equals("code"));
    if (s == null) {
      return null;
    }
    try {
      return parse.apply(s);
    } catch (IllegalArgumentException e) {
      problems.add(f.path(key), e.getMessage());
      return null;
    }
  }

  /**
   * Reads an organisation attribute given either as one value for the whole period ({@code one})
   * or as a list of dated values ({@code many}).
   */
  private <T> void dated(Fields f, String one, String many, String definition, DateRange period,
      Function<Fields, T> single, java.util.function.BiFunction<Fields, String, T> item,
      java.util.function.Consumer<Dated<T>> sink) {
    if (!f.either(one, many)) {
      return;
    }
    if (f.has(one)) {
      T v = single.apply(f);
      if (v != null && period != null) {
        sink.accept(Dated.of(v, period));
      }
      return;
    }
    f.list(many, (n, p) -> {
      Fields g = Fields.open(problems, n, p, definition);
      if (!g.isObject()) {
        return null;
      }
      T v = item.apply(g, p);
      DateRange when = g.period();
      if (v != null && when != null) {
        sink.accept(Dated.of(v, when));
      }
      return v;
    });
  }

  // ---- structures ----

  private Structure structure(Node n, String path) {
    if (n == null || !n.isObject()) {
      Fields.open(problems, n, path, "structure", Set.of());
      return null;
    }
    Fields probe = Fields.open(problems, n, path, "structure", null);
    StructureKind kind = probe.enumValue("kind", StructureKind.class, StructureKind::typeName, true);
    if (kind == null) {
      return null;
    }
    int before = problems.count();
    Fields f = Fields.open(problems, n, path, "structure:" + kind.typeName());
    String id = f.requiredText("id");
    DateRange period = f.period();
    List<Source> sources = sources(f);
    switch (kind) {
      case INTEGRATED_CARE_BOARD -> {
        Area area = area(f);
        String region = f.text("region");
        String board = f.text("board");
        return build(path, before, () -> Icb.builder().id(id).area(area)
            .region(java.util.Optional.ofNullable(region)).board(java.util.Optional.ofNullable(board))
            .period(period).addAllSources(sources).build());
      }
      case INTEGRATED_CARE_PARTNERSHIP -> {
        String name = f.requiredText("name");
        String icb = f.requiredText("icb");
        Set<String> las = idSet(f, "responsibleLocalAuthorities");
        Set<String> others = idSet(f, "otherMembers");
        String body = f.text("body");
        return build(path, before, () -> Icp.builder().id(id).name(name).icb(icb)
            .addAllResponsibleLocalAuthorities(las).addAllOtherMembers(others)
            .body(java.util.Optional.ofNullable(body)).period(period).addAllSources(sources).build());
      }
      case HEALTH_AND_WELLBEING_BOARD -> {
        String name = f.requiredText("name");
        String la = f.requiredText("localAuthority");
        Set<String> icbs = idSet(f, "relevantIcbs");
        String body = f.text("body");
        return build(path, before, () -> HealthAndWellbeingBoard.builder().id(id).name(name)
            .localAuthority(la).addAllRelevantIcbs(icbs).body(java.util.Optional.ofNullable(body))
            .period(period).addAllSources(sources).build());
      }
      case PLACE -> {
        String name = f.requiredText("name");
        String icb = f.requiredText("icb");
        Area area = area(f);
        String body = f.text("partnershipBody");
        return build(path, before, () -> Place.builder().id(id).name(name).icb(icb).area(area)
            .partnershipBody(java.util.Optional.ofNullable(body)).period(period)
            .addAllSources(sources).build());
      }
      case NEIGHBOURHOOD -> {
        String name = f.requiredText("name");
        String place = f.requiredText("place");
        Set<String> pcns = idSet(f, "primaryCareNetworks");
        Long population = f.integer("population", false);
        return build(path, before, () -> {
          Neighbourhood.Builder x = Neighbourhood.builder().id(id).name(name).place(place)
              .addAllPrimaryCareNetworks(pcns).period(period).addAllSources(sources);
          if (population != null) {
            x.population(population);
          }
          return x.build();
        });
      }
      case PRIMARY_CARE_NETWORK -> {
        Set<String> practices = idSet(f, "memberPractices");
        String director = f.text("clinicalDirector");
        String payee = f.text("nominatedPayee");
        return build(path, before, () -> PrimaryCareNetwork.builder().id(id)
            .addAllMemberPractices(practices).clinicalDirector(java.util.Optional.ofNullable(director))
            .nominatedPayee(java.util.Optional.ofNullable(payee)).period(period)
            .addAllSources(sources).build());
      }
      case PROVIDER_COLLABORATIVE -> {
        String name = f.requiredText("name");
        CollaborativeType type =
            f.enumValue("type", CollaborativeType.class, CollaborativeType::typeName, true);
        CollaborativeOrientation orientation = f.enumValue("orientation",
            CollaborativeOrientation.class, CollaborativeOrientation::typeName, true);
        Set<String> members = idSet(f, "members");
        String lead = f.text("leadProvider");
        String mechanism = f.text("mechanism");
        return build(path, before, () -> ProviderCollaborative.builder().id(id).name(name)
            .type(type).orientation(orientation).addAllMembers(members)
            .leadProvider(java.util.Optional.ofNullable(lead))
            .mechanism(java.util.Optional.ofNullable(mechanism)).period(period)
            .addAllSources(sources).build());
      }
      case INTEGRATED_CARE_SYSTEM -> {
        String name = f.requiredText("name");
        String icb = f.requiredText("icb");
        String icp = f.text("icp");
        Set<String> places = idSet(f, "places");
        Set<String> collaboratives = idSet(f, "providerCollaboratives");
        return build(path, before, () -> IntegratedCareSystem.builder().id(id).name(name).icb(icb)
            .icp(java.util.Optional.ofNullable(icp)).addAllPlaces(places)
            .addAllProviderCollaboratives(collaboratives).period(period).addAllSources(sources)
            .build());
      }
    }
    throw new AssertionError(kind);
  }

  // ---- bodies, posts, people, appointments ----

  private Body body(Node n, String path) {
    int before = problems.count();
    Fields f = Fields.open(problems, n, path, "body");
    if (!f.isObject()) {
      return null;
    }
    String id = f.requiredText("id");
    String name = f.requiredText("name");
    BodyKind kind = f.enumValue("kind", BodyKind.class, BodyKind::typeName, true);
    Set<String> organisations = idSet(f, "organisations");
    if (!f.has("organisations")) {
      problems.add(f.path("organisations"), "missing required property 'organisations'");
    }
    String parent = f.text("parent");
    Level level = f.enumValue("level", Level.class, Level::typeName, false);
    String place = f.text("place");
    TermsOfReference terms = f.has("termsOfReference") ? terms(f) : null;
    Set<String> reserved = idSet(f, "reservedFunctions");
    DateRange period = f.period();
    List<Source> sources = sources(f);
    return build(path, before, () -> Body.builder().id(id).name(name).kind(kind).addAllReservedFunctions(reserved)
        .addAllOrganisations(organisations).parent(java.util.Optional.ofNullable(parent))
        .level(java.util.Optional.ofNullable(level)).place(java.util.Optional.ofNullable(place))
        .termsOfReference(java.util.Optional.ofNullable(terms)).period(period).addAllSources(sources)
        .build());
  }

  private TermsOfReference terms(Fields parent) {
    String path = parent.path("termsOfReference");
    int before = problems.count();
    Fields f = Fields.open(problems, parent.get("termsOfReference"), path, "termsOfReference");
    if (!f.isObject()) {
      return null;
    }
    Set<String> functions = idSet(f, "functions");
    List<String> programmes = f.texts("programmes");
    Quorum quorum = null;
    if (f.has("quorum")) {
      String qPath = f.path("quorum");
      int qBefore = problems.count();
      Fields q = Fields.open(problems, f.get("quorum"), qPath, "quorum");
      if (q.isObject()) {
        Integer min = q.smallInteger("minimumVotingMembers", true);
        Set<String> required = idSet(q, "requiredPosts");
        Boolean withdrawnCount = q.bool("withdrawnMembersCount", false);
        quorum = build(qPath, qBefore, () -> Quorum.builder().minimumVotingMembers(min)
            .addAllRequiredPosts(required)
            .withdrawnMembersCount(java.util.Optional.ofNullable(withdrawnCount)).build());
      }
    }
    DecisionRule rule = f.enumValue("decisionRule", DecisionRule.class, DecisionRule::typeName, false);
    Source document = f.has("document") ? source(f.get("document"), f.path("document")) : null;
    Quorum q = quorum;
    return build(path, before, () -> {
      TermsOfReference.Builder t = TermsOfReference.builder().addAllFunctions(functions)
          .addAllProgrammes(programmes).quorum(java.util.Optional.ofNullable(q))
          .document(java.util.Optional.ofNullable(document));
      if (rule != null) {
        t.decisionRule(rule);
      }
      return t.build();
    });
  }

  private Post post(Node n, String path) {
    int before = problems.count();
    Fields f = Fields.open(problems, n, path, "post");
    if (!f.isObject()) {
      return null;
    }
    String id = f.requiredText("id");
    String body = f.requiredText("body");
    String title = f.requiredText("title");
    PostRole role = f.enumValue("role", PostRole.class, PostRole::typeName, true);
    String place = f.text("place");
    Boolean voting = f.bool("voting", false);
    Boolean exOfficio = f.bool("exOfficio", false);
    Integer seats = f.smallInteger("seats", false);
    DateRange period = f.period();
    List<Source> sources = sources(f);
    return build(path, before, () -> {
      Post.Builder p = Post.builder().id(id).body(body).title(title).role(role).period(period)
          .place(Optional.ofNullable(place)).addAllSources(sources);
      if (voting != null) {
        p.voting(voting);
      }
      if (exOfficio != null) {
        p.exOfficio(exOfficio);
      }
      if (seats != null) {
        p.seats(seats);
      }
      return p.build();
    });
  }

  private Person person(Node n, String path) {
    int before = problems.count();
    Fields f = Fields.open(problems, n, path, "person");
    if (!f.isObject()) {
      return null;
    }
    String id = f.requiredText("id");
    String name = f.requiredText("name");
    List<Dated<String>> employments = f.list("employments", (e, p) -> {
      Fields g = Fields.open(problems, e, p, "employment");
      if (!g.isObject()) {
        return null;
      }
      String org = g.requiredText("organisation");
      DateRange when = g.period();
      return org == null || when == null ? null : Dated.of(org, when);
    });
    List<Declaration> declarations = f.list("declarations", (d, p) -> {
      int b = problems.count();
      Fields g = Fields.open(problems, d, p, "declaration");
      if (!g.isObject()) {
        return null;
      }
      String description = g.requiredText("description");
      ConflictType conflict = g.enumValue("conflict", ConflictType.class, ConflictType::typeName, false);
      String org = g.text("organisation");
      DateRange when = g.period();
      InterestType type = g.enumValue("interestType",
          InterestType.class, InterestType::typeName, false);
      String action = g.text("actionTaken");
      java.time.LocalDate declared = g.date("declaredOn", false);
      return build(p, b, () -> Declaration.builder().description(description)
          .conflict(java.util.Optional.ofNullable(conflict)).organisation(java.util.Optional.ofNullable(org)).period(when)
          .interestType(java.util.Optional.ofNullable(type)).actionTaken(java.util.Optional.ofNullable(action))
          .declaredOn(java.util.Optional.ofNullable(declared)).build());
    });
    List<Source> sources = sources(f);
    return build(path, before, () -> Person.builder().id(id).name(name).addAllEmployments(employments)
        .addAllDeclarations(declarations).addAllSources(sources).build());
  }

  private Appointment appointment(Node n, String path) {
    int before = problems.count();
    Fields f = Fields.open(problems, n, path, "appointment");
    if (!f.isObject()) {
      return null;
    }
    String id = f.requiredText("id");
    String post = f.requiredText("post");
    String person = f.requiredText("person");
    String appointedBy = f.text("appointedBy");
    Set<String> nominatedBy = idSet(f, "nominatedBy");
    String approvedBy = f.text("approvedBy");
    java.time.LocalDate termEnds = f.date("termEnds", false);
    List<Designation> designations = f.list("designations", (d, p) -> {
      if (!d.isString()) {
        problems.add(p, "expected a designation name, found " + Fields.kindOf(d));
        return null;
      }
      for (Designation x : Designation.values()) {
        if (x.typeName().equals(d.asString())) {
          return x;
        }
      }
      problems.add(p, "unknown designation '" + d.asString() + "'; expected one of "
          + String.join(", ", Vocabulary.names(Designation.class, Designation::typeName)));
      return null;
    });
    Capacity capacity = f.enumValue("capacity", Capacity.class, Capacity::typeName, false);
    DateRange period = f.period();
    List<Source> sources = sources(f);
    return build(path, before, () -> Appointment.builder().id(id).post(post).person(person)
        .appointedBy(java.util.Optional.ofNullable(appointedBy)).addAllNominatedBy(nominatedBy)
        .approvedBy(java.util.Optional.ofNullable(approvedBy))
        .termEnds(java.util.Optional.ofNullable(termEnds)).addAllDesignations(designations)
        .capacity(java.util.Optional.ofNullable(capacity)).period(period).addAllSources(sources).build());
  }

  // ---- functions and delegations ----

  private StatutoryFunction function(Node n, String path) {
    int before = problems.count();
    Fields f = Fields.open(problems, n, path, "function");
    if (!f.isObject()) {
      return null;
    }
    String id = f.requiredText("id");
    String name = f.requiredText("name");
    String holder = f.requiredText("holder");
    String basis = f.text("basis");
    Boolean delegable = f.bool("delegable", false);
    DateRange period = f.period();
    List<Source> sources = sources(f);
    return build(path, before, () -> {
      StatutoryFunction.Builder x = StatutoryFunction.builder().id(id).name(name).holder(holder)
          .basis(java.util.Optional.ofNullable(basis)).period(period).addAllSources(sources);
      if (delegable != null) {
        x.delegable(delegable);
      }
      return x.build();
    });
  }

  private Delegation delegation(Node n, String path) {
    int before = problems.count();
    Fields f = Fields.open(problems, n, path, "delegation");
    if (!f.isObject()) {
      return null;
    }
    String id = f.requiredText("id");
    String delegator = f.requiredText("delegator");
    String delegate = f.requiredText("delegate");
    Set<String> functions = idSet(f, "functions");
    if (!f.has("functions")) {
      problems.add(f.path("functions"), "missing required property 'functions'");
    }
    DelegationInstrument instrument = f.enumValue("instrument", DelegationInstrument.class,
        DelegationInstrument::typeName, true);
    String clause = f.text("clause");
    List<String> conditions = f.texts("conditions");
    java.math.BigDecimal limit = f.money("financialLimit");
    List<FinancialLimit> limits = f.list("limits", this::limit);
    Boolean onward = f.bool("onwardDelegationAllowed", false);
    String reportsTo = f.text("reportsTo");
    DateRange period = f.period();
    List<Source> sources = sources(f);
    return build(path, before, () -> Delegation.builder().id(id).delegator(delegator)
        .delegate(delegate).addAllFunctions(functions).instrument(instrument)
        .clause(java.util.Optional.ofNullable(clause)).addAllConditions(conditions)
        .financialLimit(java.util.Optional.ofNullable(limit)).addAllLimits(limits)
        .onwardDelegationAllowed(java.util.Optional.ofNullable(onward))
        .reportsTo(java.util.Optional.ofNullable(reportsTo)).period(period).addAllSources(sources)
        .build());
  }

  /** One limit of a delegation: {@code {category: capital, amount: 250000}}. */
  private FinancialLimit limit(Node n, String path) {
    int before = problems.count();
    Fields f = Fields.open(problems, n, path, "limit");
    if (!f.isObject()) {
      return null;
    }
    LimitCategory category = f.enumValue("category", LimitCategory.class, LimitCategory::typeName, true);
    java.math.BigDecimal amount = f.money("amount");
    if (!f.has("amount")) {
      problems.add(f.path("amount"), "missing required property 'amount'");
    }
    return build(path, before, () -> FinancialLimit.of(category, amount));
  }

  // ---- mechanisms ----

  private Mechanism mechanism(Node n, String path) {
    if (n == null || !n.isObject()) {
      Fields.open(problems, n, path, "mechanism", Set.of());
      return null;
    }
    Fields probe = Fields.open(problems, n, path, "mechanism", null);
    MechanismKind kind = probe.enumValue("kind", MechanismKind.class, MechanismKind::typeName, true);
    if (kind == null) {
      return null;
    }
    int before = problems.count();
    Fields f = Fields.open(problems, n, path, "mechanism:" + kind.typeName());
    String id = f.requiredText("id");
    String name = f.requiredText("name");
    Set<String> parties = idSet(f, "parties");
    java.util.Optional<String> purpose = java.util.Optional.ofNullable(f.text("purpose"));
    java.util.Optional<String> legalBasis = java.util.Optional.ofNullable(f.text("legalBasis"));
    DateRange period = f.period();
    List<Source> sources = sources(f);
    switch (kind) {
      case MEMORANDUM_OF_UNDERSTANDING -> {
        return build(path, before, () -> MemorandumOfUnderstanding.builder().id(id).name(name)
            .addAllParties(parties).purpose(purpose).legalBasis(legalBasis).period(period)
            .addAllSources(sources).build());
      }
      case FORMAL_DELEGATION -> {
        Set<String> delegations = idSet(f, "delegations");
        return build(path, before, () -> FormalDelegation.builder().id(id).name(name)
            .addAllParties(parties).purpose(purpose).legalBasis(legalBasis).period(period)
            .addAllDelegations(delegations).addAllSources(sources).build());
      }
      case CONTRACTUAL_ARRANGEMENT -> {
        ContractType type =
            f.enumValue("contractType", ContractType.class, ContractType::typeName, true);
        Set<String> commissioners = idSet(f, "commissioners");
        Set<String> providers = idSet(f, "providers");
        String lead = f.text("leadProvider");
        Set<String> functions = idSet(f, "functions");
        return build(path, before, () -> ContractualArrangement.builder().id(id).name(name)
            .addAllParties(parties).purpose(purpose).legalBasis(legalBasis).period(period)
            .contractType(type).addAllCommissioners(commissioners).addAllProviders(providers)
            .leadProvider(java.util.Optional.ofNullable(lead)).addAllFunctions(functions)
            .addAllSources(sources).build());
      }
      case COMMITTEES_IN_COMMON -> {
        Set<String> committees = idSet(f, "committees");
        return build(path, before, () -> CommitteesInCommon.builder().id(id).name(name)
            .addAllParties(parties).purpose(purpose).legalBasis(legalBasis).period(period)
            .addAllCommittees(committees).addAllSources(sources).build());
      }
      case JOINT_COMMITTEE -> {
        String body = f.requiredText("body");
        return build(path, before, () -> JointCommittee.builder().id(id).name(name)
            .addAllParties(parties).purpose(purpose).legalBasis(legalBasis).period(period)
            .body(body).addAllSources(sources).build());
      }
      case JOINT_VENTURE -> {
        JointVentureForm form =
            f.enumValue("form", JointVentureForm.class, JointVentureForm::typeName, true);
        String host = f.text("host");
        return build(path, before, () -> JointVenture.builder().id(id).name(name)
            .addAllParties(parties).purpose(purpose).legalBasis(legalBasis).period(period)
            .form(form).host(java.util.Optional.ofNullable(host)).addAllSources(sources).build());
      }
      case MERGER_OR_ACQUISITION -> {
        String event = f.requiredText("changeEvent");
        return build(path, before, () -> MergerOrAcquisition.builder().id(id).name(name)
            .addAllParties(parties).purpose(purpose).legalBasis(legalBasis).period(period)
            .changeEvent(event).addAllSources(sources).build());
      }
      case JOINT_VALUES_AND_INTENT, OPEN_INFORMATION_SHARING, SUBSIDIARITY -> {
        String statement = f.requiredText("statement");
        return build(path, before, () -> SharedPrinciple.builder().id(id).name(name).kind(kind)
            .addAllParties(parties).purpose(purpose).legalBasis(legalBasis).period(period)
            .statement(statement).addAllSources(sources).build());
      }
      case CAUCUSING -> {
        CaucusGroup group = f.enumValue("group", CaucusGroup.class, CaucusGroup::typeName, true);
        Set<String> participants = idSet(f, "participants");
        return build(path, before, () -> Caucus.builder().id(id).name(name)
            .addAllParties(parties).purpose(purpose).legalBasis(legalBasis).period(period)
            .group(group).addAllParticipants(participants).addAllSources(sources).build());
      }
      case JOINT_POSTS -> {
        Set<String> posts = idSet(f, "posts");
        return build(path, before, () -> JointAppointment.builder().id(id).name(name)
            .addAllParties(parties).purpose(purpose).legalBasis(legalBasis).period(period)
            .addAllPosts(posts).addAllSources(sources).build());
      }
    }
    throw new AssertionError(kind);
  }

  // ---- accountability, meetings, change events ----

  private AccountabilityLink link(Node n, String path) {
    int before = problems.count();
    Fields f = Fields.open(problems, n, path, "accountabilityLink");
    if (!f.isObject()) {
      return null;
    }
    String id = f.requiredText("id");
    String giver = f.requiredText("giver");
    String holder = f.requiredText("holder");
    AccountabilityDirection direction = f.enumValue("direction", AccountabilityDirection.class,
        AccountabilityDirection::typeName, true);
    AccountabilityBasis basis =
        f.enumValue("basis", AccountabilityBasis.class, AccountabilityBasis::typeName, true);
    String citation = f.text("citation");
    Set<String> functions = idSet(f, "functions");
    DateRange period = f.period();
    List<Source> sources = sources(f);
    return build(path, before, () -> AccountabilityLink.builder().id(id).giver(giver).holder(holder)
        .direction(direction).basis(basis).citation(java.util.Optional.ofNullable(citation))
        .addAllFunctions(functions).period(period).addAllSources(sources).build());
  }

  private Meeting meeting(Node n, String path) {
    int before = problems.count();
    Fields f = Fields.open(problems, n, path, "meeting");
    if (!f.isObject()) {
      return null;
    }
    String id = f.requiredText("id");
    String body = f.requiredText("body");
    java.time.LocalDate date = f.date("date", true);
    List<Attendance> attendance = f.list("attendance", (a, p) -> {
      int b = problems.count();
      Fields g = Fields.open(problems, a, p, "attendance");
      if (!g.isObject()) {
        return null;
      }
      String person = g.requiredText("person");
      AttendanceKind kind = g.enumValue("kind", AttendanceKind.class, AttendanceKind::typeName, true);
      String substituteFor = g.text("substituteFor");
      return build(p, b, () -> Attendance.builder().person(person).kind(kind)
          .substituteFor(java.util.Optional.ofNullable(substituteFor)).build());
    });
    String chairedBy = f.text("chairedBy");
    List<AgendaItem> items = f.list("items", this::item);
    List<Source> sources = sources(f);
    return build(path, before, () -> Meeting.builder().id(id).body(body).date(date)
        .chairedBy(java.util.Optional.ofNullable(chairedBy)).addAllAttendance(attendance).addAllItems(items).addAllSources(sources).build());
  }

  private AgendaItem item(Node n, String path) {
    int before = problems.count();
    Fields f = Fields.open(problems, n, path, "agendaItem");
    if (!f.isObject()) {
      return null;
    }
    String number = f.requiredText("number");
    String title = f.requiredText("title");
    List<ItemDeclaration> declarations = f.list("declarations", (d, p) -> {
      int b = problems.count();
      Fields g = Fields.open(problems, d, p, "itemDeclaration");
      if (!g.isObject()) {
        return null;
      }
      String person = g.requiredText("person");
      ConflictType conflict = g.enumValue("conflict", ConflictType.class, ConflictType::typeName, true);
      String description = g.text("description");
      ConflictManagement management = g.enumValue("management", ConflictManagement.class,
          ConflictManagement::typeName, false);
      return build(p, b, () -> ItemDeclaration.builder().person(person).conflict(conflict)
          .description(java.util.Optional.ofNullable(description))
          .management(java.util.Optional.ofNullable(management)).build());
    });
    Decision decision = f.has("decision") ? decision(f) : null;
    return build(path, before, () -> AgendaItem.builder().number(number).title(title)
        .addAllDeclarations(declarations).decision(java.util.Optional.ofNullable(decision)).build());
  }

  private Decision decision(Fields parent) {
    String path = parent.path("decision");
    int before = problems.count();
    Fields f = Fields.open(problems, parent.get("decision"), path, "decision");
    if (!f.isObject()) {
      return null;
    }
    String motion = f.requiredText("motion");
    String function = f.text("function");
    Set<String> binds = idSet(f, "binds");
    Set<String> benefits = idSet(f, "benefits");
    java.math.BigDecimal amount = f.money("amount");
    List<Vote> votes = f.list("votes", (v, p) -> {
      int b = problems.count();
      Fields g = Fields.open(problems, v, p, "vote");
      if (!g.isObject()) {
        return null;
      }
      String person = g.requiredText("person");
      VoteChoice choice = g.enumValue("choice", VoteChoice.class, VoteChoice::typeName, true);
      return build(p, b, () -> Vote.of(person, choice));
    });
    Integer recordedFor = f.smallInteger("recordedFor", false);
    Integer recordedAgainst = f.smallInteger("recordedAgainst", false);
    Integer recordedAbstentions = f.smallInteger("recordedAbstentions", false);
    DecisionOutcome outcome =
        f.enumValue("outcome", DecisionOutcome.class, DecisionOutcome::typeName, true);
    return build(path, before, () -> Decision.builder().motion(motion)
        .function(java.util.Optional.ofNullable(function)).addAllBinds(binds)
        .addAllBenefits(benefits).amount(java.util.Optional.ofNullable(amount)).addAllVotes(votes)
        .recordedFor(java.util.Optional.ofNullable(recordedFor))
        .recordedAgainst(java.util.Optional.ofNullable(recordedAgainst))
        .recordedAbstentions(java.util.Optional.ofNullable(recordedAbstentions)).outcome(outcome)
        .build());
  }

  private ChangeEvent changeEvent(Node n, String path) {
    int before = problems.count();
    Fields f = Fields.open(problems, n, path, "changeEvent");
    if (!f.isObject()) {
      return null;
    }
    String id = f.requiredText("id");
    ChangeKind kind = f.enumValue("kind", ChangeKind.class, ChangeKind::typeName, true);
    java.time.LocalDate effective = f.date("effectiveDate", true);
    List<String> predecessors = f.texts("predecessors");
    List<String> successors = f.texts("successors");
    List<FunctionTransfer> transfers = f.list("transfers", this::functionTransfer);
    List<AreaMove> areas = f.list("areas", this::areaMove);
    TransferMeans means = f.enumValue("transferredBy", TransferMeans.class, TransferMeans::typeName, false);
    Boolean carryOver = f.bool("arrangementsCarryOver", false);
    String description = f.text("description");
    List<Source> sources = sources(f);
    return build(path, before, () -> ChangeEvent.builder().id(id).kind(kind).effectiveDate(effective)
        .addAllPredecessors(predecessors).addAllSuccessors(successors).addAllTransfers(transfers)
        .addAllAreas(areas).transferredBy(java.util.Optional.ofNullable(means))
        .arrangementsCarryOver(java.util.Optional.ofNullable(carryOver))
        .description(java.util.Optional.ofNullable(description)).addAllSources(sources).build());
  }

  /** {@code {from, to, functions: all | [ids]}}: which functions pass from whom to whom. */
  private FunctionTransfer functionTransfer(Node n, String path) {
    int before = problems.count();
    Fields f = Fields.open(problems, n, path, "functionTransfer");
    if (!f.isObject()) {
      return null;
    }
    String from = f.requiredText("from");
    String to = f.requiredText("to");
    Node functions = f.get("functions");
    boolean all = f.has("functions") && functions.isString() && "all".equals(functions.asString());
    List<String> listed = List.of();
    if (!f.has("functions")) {
      problems.add(f.path("functions"), "missing 'functions': list the ids of the functions that pass,"
          + " or write 'all'");
    } else if (!all && functions.isString()) {
      problems.add(f.path("functions"), "expected a list of function ids or 'all' for 'functions', found '"
          + org.integratedcare.core.Bounds.excerpt(functions.asString(), 60) + "'");
    } else if (!all && !functions.isArray()) {
      problems.add(f.path("functions"), "expected a list of function ids or 'all' for 'functions', found "
          + Fields.kindOf(functions));
    } else if (!all) {
      listed = f.texts("functions");
      if (functions.isArray() && functions.size() == 0) {
        problems.add(f.path("functions"), "an empty list of functions passes nothing: list the ids of"
            + " the functions that pass, or write 'all'");
      }
    }
    List<String> ids = listed;
    return build(path, before, () -> all ? FunctionTransfer.ofAll(from, to) : FunctionTransfer.of(from, to, ids));
  }

  /** {@code {unit, from, to}}: an area unit moved by a boundary change. */
  private AreaMove areaMove(Node n, String path) {
    int before = problems.count();
    Fields f = Fields.open(problems, n, path, "areaMove");
    if (!f.isObject()) {
      return null;
    }
    String unit = f.requiredText("unit");
    String from = f.requiredText("from");
    String to = f.requiredText("to");
    return build(path, before, () -> AreaMove.of(unit, from, to));
  }
}
