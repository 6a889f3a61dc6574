package org.integratedcare.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Identified;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.function.StatutoryFunction;
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
import org.integratedcare.governance.accountability.Accountability;
import org.integratedcare.governance.accountability.AccountabilityChain;
import org.integratedcare.governance.accountability.AccountabilityReport;
import org.integratedcare.governance.accountability.ChainStep;
import org.integratedcare.report.Diagram.EdgeStyle;
import org.integratedcare.report.Diagram.NodeKind;

/**
 * Diagrams of an integrated care system's arrangements as in force on a date: its structure, its
 * delegations and the accountability chains of a subject.
 *
 * <p>Each method reads the model's {@linkplain IcsModel#on(LocalDate) view on the date} once and
 * returns a {@link Diagram}, which renders as Mermaid or DOT. Only records in force on the date are
 * drawn, with organisations' names and kinds as they were that day; an edge is drawn only when
 * both of its ends are. Cost is linear in the records drawn.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Diagrams {
  private Diagrams() {}

  /**
   * The structure of the system on a date: its organisations; its statutory and partnership
   * structures (the system itself, the ICB's region, the integrated care partnership, health and
   * wellbeing boards, places, neighbourhoods, primary care networks, provider collaboratives) and
   * what each is made of; and its boards and committees with the organisation or parent body each
   * belongs to. Posts and people are left out to keep the picture readable, and so are records
   * linked to nothing else in the structure (Parliament, regulators, electorates): the legend
   * names them.
   *
   * <p>An ICB or PCN structure shares its organisation's id, so it is drawn as that organisation.
   *
   * @param model the model, not null
   * @param date the date, not null
   * @return the diagram, titled with the model's name and the date
   * @throws NullPointerException if either argument is null
   */
  public static Diagram structure(IcsModel model, LocalDate date) {
    return structure(model, date, null);
  }

  /**
   * The structure of one place on a date: the place, the organisations and structures it is made
   * of (its neighbourhoods, their primary care networks and member practices, its partnership
   * body and that body's committees), and what the place belongs to, one step up (its ICB and
   * the system). Drawn as {@link #structure(IcsModel, LocalDate)} is, for a page of a place's own.
   *
   * @param model the model, not null
   * @param date the date, not null
   * @param place the id of a place of the model, not null
   * @return the diagram, titled with the place's name and the date
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code place} is not a place of the model in force on the
   *     date
   */
  public static Diagram structureOfPlace(IcsModel model, LocalDate date, String place) {
    Objects.requireNonNull(place, "place");
    return structure(model, date, place);
  }

  private static Diagram structure(IcsModel model, LocalDate date, @Nullable String place) {
    ModelView view = Objects.requireNonNull(model, "model").on(Objects.requireNonNull(date, "date"));
    Map<String, Diagram.Node> nodes = new LinkedHashMap<>();
    for (Organisation o : view.organisations()) {
      nodes.put(o.id(), organisationNode(o, date));
    }
    for (Structure s : view.structures()) {
      structureNode(s, date).ifPresent(n -> nodes.put(n.key(), n));
    }
    for (Body b : view.bodies()) {
      nodes.put(b.id(), bodyNode(b));
    }
    List<Diagram.Edge> edges = new ArrayList<>();
    for (Organisation o : view.organisations()) {
      o.partOf().ifPresent(p -> edges.add(edge(o.id(), p, "part of", EdgeStyle.SOLID)));
    }
    for (Body b : view.bodies()) {
      if (b.parent().isPresent()) {
        edges.add(edge(b.id(), b.parent().get(), "committee of", EdgeStyle.SOLID));
      } else {
        b.organisations().forEach(o -> edges.add(edge(b.id(), o, "body of", EdgeStyle.SOLID)));
      }
    }
    for (Structure s : view.structures()) {
      structureEdges(s, edges);
    }
    edges.removeIf(e -> !nodes.containsKey(e.from()) || !nodes.containsKey(e.to()));
    String title = "Structure of " + modelName(model) + " on " + date;
    if (place != null) {
      Diagram.Node placeNode = view.structures().stream().filter(x -> x.id().equals(place)).filter(Place.class::isInstance).findFirst()
          .flatMap(p -> structureNode(p, date))
          .orElseThrow(() -> new IllegalArgumentException("'" + place + "' is not a place in force on " + date));
      Set<String> kept = placeAndParts(place, edges);
      nodes.keySet().retainAll(kept);
      edges.removeIf(e -> !kept.contains(e.from()) || !kept.contains(e.to()));
      title = "Structure of " + placeNode.label() + " on " + date;
    }
    Diagram.Builder d = Diagram.builder(title);
    Set<String> linked = new HashSet<>();
    for (Diagram.Edge e : edges) {
      linked.add(e.from());
      linked.add(e.to());
    }
    List<String> unlinked = new ArrayList<>();
    for (Diagram.Node n : nodes.values()) {
      if (linked.contains(n.key()) || (place != null && n.key().equals(place))) {
        d.node(n);
      } else {
        unlinked.add(n.label());
      }
    }
    for (Diagram.Edge e : edges) {
      d.edge(e.from(), e.to(), e.label(), e.style());
    }
    if (edges.stream().anyMatch(e -> e.style() == EdgeStyle.THICK)) {
      d.legend("thick line", "the parts of the system and a collaborative's lead provider");
    }
    if (edges.stream().anyMatch(e -> e.style() == EdgeStyle.DASHED)) {
      d.legend("dashed line", "membership or joint working without a statutory link");
    }
    if (!unlinked.isEmpty()) {
      unlinked.sort(null);
      d.legend("not drawn", "linked to nothing in the structure: " + String.join(", ", unlinked));
    }
    return d.build();
  }

  /**
   * The ids a place's picture keeps: the place; everything that is part of it, transitively
   * (edges pointing into it, such as a neighbourhood's "in place" or a PCN's "serves"); and what
   * the place itself points to, one step (its ICB, its partnership body), with that body's
   * committees.
   */
  private static Set<String> placeAndParts(String place, List<Diagram.Edge> edges) {
    Set<String> kept = new LinkedHashSet<>();
    kept.add(place);
    Deque<String> todo = new ArrayDeque<>();
    todo.add(place);
    while (!todo.isEmpty()) {
      String at = todo.remove();
      for (Diagram.Edge e : edges) {
        if (e.to().equals(at) && kept.add(e.from())) {
          todo.add(e.from());
        }
      }
    }
    for (Diagram.Edge e : edges) {
      if (e.from().equals(place) && kept.add(e.to())) {
        for (Diagram.Edge c : edges) {
          if (c.to().equals(e.to()) && "committee of".equals(c.label())) {
            kept.add(c.from());
          }
        }
      }
    }
    return kept;
  }

  /**
   * The delegations in force on a date: one edge from each delegator to its delegate, labelled
   * with short keys for the functions delegated ({@code F1}, {@code F2}, … in the order of their
   * names, spelt out in the diagram's legend) and any financial limit; and a dashed edge from a
   * delegate to whoever it must report back to. Delegations by contract, which move delivery
   * rather than statutory functions, are drawn dashed.
   *
   * @param model the model, not null
   * @param date the date, not null
   * @return the diagram, titled with the model's name and the date
   * @throws NullPointerException if either argument is null
   */
  public static Diagram delegations(IcsModel model, LocalDate date) {
    return delegations(model, date, null);
  }

  /**
   * The delegations of one function in force on a date, drawn as {@link #delegations(IcsModel,
   * LocalDate)} draws them all: the chain of delegation of that function from its holder down.
   *
   * @param model the model, not null
   * @param date the date, not null
   * @param function the id of a function of the model, not null
   * @return the diagram, titled with the function's name and the date
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code function} is not a function of the model
   */
  public static Diagram delegationsOfFunction(IcsModel model, LocalDate date, String function) {
    Objects.requireNonNull(function, "function");
    return delegations(model, date, function);
  }

  private static Diagram delegations(IcsModel model, LocalDate date, @Nullable String function) {
    ModelView view = Objects.requireNonNull(model, "model").on(Objects.requireNonNull(date, "date"));
    String title = "Delegations in " + modelName(model) + " on " + date;
    if (function != null) {
      StatutoryFunction f = model.function(function)
          .orElseThrow(() -> new IllegalArgumentException("'" + function + "' is not a function of the model"));
      title = "Delegations of " + f.name() + " on " + date;
    }
    List<Delegation> drawn = new ArrayList<>();
    for (Delegation g : view.delegations()) {
      if ((function == null || g.functions().contains(function))
          && party(model, g.delegator(), date).isPresent() && party(model, g.delegate(), date).isPresent()) {
        drawn.add(g);
      }
    }
    // Each function drawn gets a short key (F1, F2, ...) in the order of its name; edges carry the
    // keys and the legend the names, so no edge repeats a long name.
    Map<String, String> keys = new LinkedHashMap<>();
    drawn.stream().flatMap(g -> g.functions().stream()).distinct()
        .filter(f -> function == null || f.equals(function))
        .sorted(Comparator.comparing((String f) -> model.function(f).map(StatutoryFunction::name).orElse(f))
            .thenComparing(f -> f))
        .forEach(f -> keys.put(f, "F" + (keys.size() + 1)));
    Diagram.Builder d = Diagram.builder(title);
    for (Delegation g : drawn) {
      d.node(party(model, g.delegator(), date).orElseThrow()).node(party(model, g.delegate(), date).orElseThrow());
      d.edge(g.delegator(), g.delegate(), delegationLabel(g, keys),
          g.instrument() == DelegationInstrument.CONTRACT ? EdgeStyle.DASHED : EdgeStyle.SOLID);
      if (g.reportsTo().isPresent()) {
        Optional<Diagram.Node> back = party(model, g.reportsTo().get(), date);
        if (back.isPresent() && !g.reportsTo().get().equals(g.delegate())) {
          d.node(back.get());
          d.edge(g.delegate(), g.reportsTo().get(), "reports to", EdgeStyle.DASHED);
        }
      }
    }
    keys.forEach((f, key) -> d.legend(key, model.function(f).map(StatutoryFunction::name).orElse(f)));
    if (!drawn.isEmpty()) {
      d.legend("dashed line", "a contract (moves delivery, not the statutory function) or the duty to report back");
    }
    return d.build();
  }

  /**
   * The accountability chains of a subject on a date, as traced by {@link Accountability}: every
   * step from the subject to where each chain ends (an ultimate account-holder, a peer, an open
   * end or a cycle), labelled with what the step rests on (its citation, or else its basis).
   * Vertical lines are solid, lateral and bottom-up ones dashed, and a function's step to the
   * organisation that holds it by law thick; the legend says so.
   * For a function, the bodies and posts that exercise it under a delegation are drawn with a dashed
   * edge to it: delegation moves the doing, never the answering.
   *
   * @param model the model, not null
   * @param subject the id of an organisation, body, post or function, not null
   * @param date the date, not null
   * @return the diagram, titled with the subject's name and the date
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code subject} is not an organisation, body, post or
   *     function of the model
   */
  public static Diagram chains(IcsModel model, String subject, LocalDate date) {
    return chains(model, Accountability.of(Objects.requireNonNull(model, "model")).chains(subject, date));
  }

  /**
   * The chains of an accountability report already traced over a model; see {@link
   * #chains(IcsModel, String, LocalDate)}.
   *
   * @param model the model the report was traced over, not null
   * @param report the report, not null
   * @return the diagram
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the report names records the model does not have
   */
  public static Diagram chains(IcsModel model, AccountabilityReport report) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(report, "report");
    LocalDate date = report.date();
    String subjectName = party(model, report.subject(), date).map(Diagram.Node::label).orElse(report.subject());
    Diagram.Builder d = Diagram.builder("Accountability of " + subjectName + " on " + date);
    if (!report.chains().isEmpty() || !report.exercisedBy().isEmpty()) {
      d.legend("solid line", "answers to (vertical accountability)");
      d.legend("dashed line", "lateral or bottom-up accountability, or exercises a function under delegation");
    }
    if (model.function(report.subject()).isPresent()) {
      d.legend("thick line", "holds the function by law");
    }
    d.node(require(model, report.subject(), date));
    for (AccountabilityChain chain : report.chains()) {
      for (ChainStep step : chain.steps()) {
        d.node(require(model, step.from(), date)).node(require(model, step.to(), date));
        d.edge(step.from(), step.to(), stepLabel(step), stepStyle(step));
      }
    }
    for (String exerciser : report.exercisedBy()) {
      d.node(require(model, exerciser, date));
      d.edge(exerciser, report.subject(), "exercises under delegation", EdgeStyle.DASHED);
    }
    return d.build();
  }

  private static Diagram.Node require(IcsModel model, String id, LocalDate date) {
    return party(model, id, date).orElseThrow(() -> new IllegalArgumentException(
        "the accountability report names '" + id + "', which is not a record of the model"));
  }

  private static String stepLabel(ChainStep step) {
    switch (step.kind()) {
      case FUNCTION_HOLDER:
        return "held by law";
      case SUCCESSION:
        return "passed by succession to";
      case LINK:
        // the direction is the line's style (see the legend); the label says what it rests on
        return step.citation().or(() -> step.basis().map(b -> b.typeName())).orElse("");
      case THROUGH_ORGANISATION:
        return "answers through its organisation";
      case THROUGH_BODY:
        return "answers through its body";
      default:
        throw new AssertionError(step.kind());
    }
  }

  private static EdgeStyle stepStyle(ChainStep step) {
    switch (step.kind()) {
      case FUNCTION_HOLDER:
        return EdgeStyle.THICK;
      case LINK:
        return step.isVertical() ? EdgeStyle.SOLID : EdgeStyle.DASHED;
      case SUCCESSION:
      case THROUGH_ORGANISATION:
      case THROUGH_BODY:
        return EdgeStyle.SOLID;
      default:
        throw new AssertionError(step.kind());
    }
  }

  /** The model's name, or "the model" when it has none. */
  static String modelName(IcsModel model) {
    return model.name().orElse("the model");
  }

  private static Diagram.Edge edge(String from, String to, String label, EdgeStyle style) {
    return new Diagram.Edge(from, to, label, style);
  }

  /**
   * A node for an organisation, body, post or function by id, if it exists; an organisation's
   * name and kind are those of the date when recorded.
   */
  static Optional<Diagram.Node> party(IcsModel model, String id, LocalDate date) {
    Optional<Identified> record = model.find(id);
    if (record.isEmpty()) {
      return Optional.empty();
    }
    Identified r = record.get();
    if (r instanceof Organisation o) {
      return Optional.of(organisationNode(o, date));
    }
    if (r instanceof Body b) {
      return Optional.of(bodyNode(b));
    }
    if (r instanceof Post p) {
      String body = model.body(p.body()).map(Body::name).orElse(p.body());
      return Optional.of(new Diagram.Node(p.id(), p.title(), Optional.of(body), NodeKind.POST));
    }
    if (r instanceof StatutoryFunction f) {
      return Optional.of(new Diagram.Node(f.id(), f.name(), Optional.of("function"), NodeKind.FUNCTION));
    }
    return model.structure(id).flatMap(s -> structureNode(s, date));
  }

  static Diagram.Node organisationNode(Organisation o, LocalDate date) {
    String name = o.nameOn(date).orElse(o.name());
    String kind = o.kindOn(date).orElse(o.kind()).typeName();
    String detail = o.odsCodeOn(date).map(c -> kind + " " + c.value()).orElse(kind);
    return new Diagram.Node(o.id(), name, Optional.of(detail), NodeKind.ORGANISATION);
  }

  static Diagram.Node bodyNode(Body b) {
    return new Diagram.Node(b.id(), b.name(), Optional.of(b.kind().typeName()), NodeKind.BODY);
  }

  /** A node for a structure, empty for those drawn as their organisation (ICB, PCN). */
  private static Optional<Diagram.Node> structureNode(Structure s, LocalDate date) {
    String kind = s.structureKind().typeName();
    switch (s.structureKind()) {
      case INTEGRATED_CARE_BOARD:
      case PRIMARY_CARE_NETWORK:
        return Optional.empty();
      case INTEGRATED_CARE_PARTNERSHIP:
        return Optional.of(structure(s, ((Icp) s).name(), kind));
      case HEALTH_AND_WELLBEING_BOARD:
        return Optional.of(structure(s, ((HealthAndWellbeingBoard) s).name(), kind));
      case PLACE:
        return Optional.of(structure(s, ((Place) s).name(), kind));
      case NEIGHBOURHOOD:
        return Optional.of(structure(s, ((Neighbourhood) s).name(), kind));
      case PROVIDER_COLLABORATIVE:
        return Optional.of(structure(s, ((ProviderCollaborative) s).name(), kind));
      case INTEGRATED_CARE_SYSTEM:
        return Optional.of(structure(s, ((IntegratedCareSystem) s).name(), kind));
      default:
        throw new AssertionError(s.structureKind());
    }
  }

  private static Diagram.Node structure(Structure s, String name, String kind) {
    return new Diagram.Node(s.id(), name, Optional.of(kind), NodeKind.STRUCTURE);
  }

  private static void structureEdges(Structure s, List<Diagram.Edge> edges) {
    switch (s.structureKind()) {
      case INTEGRATED_CARE_BOARD: {
        Icb icb = (Icb) s;
        icb.region().ifPresent(r -> edges.add(edge(icb.id(), r, "in region", EdgeStyle.SOLID)));
        icb.board().ifPresent(b -> edges.add(edge(b, icb.id(), "body of", EdgeStyle.SOLID)));
        break;
      }
      case INTEGRATED_CARE_PARTNERSHIP: {
        Icp icp = (Icp) s;
        edges.add(edge(icp.id(), icp.icb(), "set up by", EdgeStyle.SOLID));
        icp.responsibleLocalAuthorities().forEach(a -> edges.add(edge(icp.id(), a, "set up by", EdgeStyle.SOLID)));
        icp.otherMembers().forEach(m -> edges.add(edge(m, icp.id(), "member of", EdgeStyle.DASHED)));
        icp.body().ifPresent(b -> edges.add(edge(icp.id(), b, "meets as", EdgeStyle.SOLID)));
        break;
      }
      case HEALTH_AND_WELLBEING_BOARD: {
        HealthAndWellbeingBoard h = (HealthAndWellbeingBoard) s;
        edges.add(edge(h.id(), h.localAuthority(), "board of", EdgeStyle.SOLID));
        h.relevantIcbs().forEach(i -> edges.add(edge(h.id(), i, "works with", EdgeStyle.DASHED)));
        h.body().ifPresent(b -> edges.add(edge(h.id(), b, "meets as", EdgeStyle.SOLID)));
        break;
      }
      case PLACE: {
        Place p = (Place) s;
        edges.add(edge(p.id(), p.icb(), "place of", EdgeStyle.SOLID));
        p.partnershipBody().ifPresent(b -> edges.add(edge(p.id(), b, "meets as", EdgeStyle.SOLID)));
        break;
      }
      case NEIGHBOURHOOD: {
        Neighbourhood n = (Neighbourhood) s;
        edges.add(edge(n.id(), n.place(), "in place", EdgeStyle.SOLID));
        n.primaryCareNetworks().forEach(p -> edges.add(edge(p, n.id(), "serves", EdgeStyle.DASHED)));
        break;
      }
      case PRIMARY_CARE_NETWORK: {
        PrimaryCareNetwork pcn = (PrimaryCareNetwork) s;
        pcn.memberPractices().forEach(m -> edges.add(edge(m, pcn.id(), "member of", EdgeStyle.SOLID)));
        break;
      }
      case PROVIDER_COLLABORATIVE: {
        ProviderCollaborative c = (ProviderCollaborative) s;
        c.members().forEach(m -> edges.add(edge(m, c.id(), "member of", EdgeStyle.SOLID)));
        c.leadProvider().ifPresent(l -> edges.add(edge(l, c.id(), "lead provider of", EdgeStyle.THICK)));
        break;
      }
      case INTEGRATED_CARE_SYSTEM: {
        IntegratedCareSystem ics = (IntegratedCareSystem) s;
        edges.add(edge(ics.icb(), ics.id(), "ICB of", EdgeStyle.THICK));
        ics.icp().ifPresent(i -> edges.add(edge(i, ics.id(), "ICP of", EdgeStyle.THICK)));
        ics.places().forEach(p -> edges.add(edge(p, ics.id(), "place in", EdgeStyle.SOLID)));
        ics.providerCollaboratives().forEach(p -> edges.add(edge(p, ics.id(), "collaborative in", EdgeStyle.SOLID)));
        break;
      }
      default:
        throw new AssertionError(s.structureKind());
    }
  }

  /**
   * "F1, F2, up to £250,000": the functions by their legend keys and any financial limit. The
   * instrument shows in the line's style (contracts dashed); its clause is in the model and the
   * reports, not on the picture, so that labels stay short.
   */
  static String delegationLabel(Delegation g, Map<String, String> keys) {
    List<String> shown = new ArrayList<>();
    for (String f : g.functions()) {
      if (keys.containsKey(f)) {
        shown.add(keys.get(f));
      }
    }
    shown.sort(Comparator.comparingInt((String k) -> Integer.parseInt(k.substring(1))));
    StringBuilder label = new StringBuilder(String.join(", ", shown));
    g.financialLimit().ifPresent(l -> label.append(", up to ").append(pounds(l)));
    return label.toString();
  }

  /** An amount in pounds, grouped in thousands, with pence only when there are any. */
  static String pounds(BigDecimal amount) {
    DecimalFormat format = new DecimalFormat("£#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
    format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
    return format.format(amount);
  }
}
