package org.integratedcare.metrics.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.organisation.Sector;
import org.integratedcare.core.structure.Level;

/** Shared lookups over a view used by several measures. Not part of the API. */
final class DelegationRoutes {
  private DelegationRoutes() {}

  /** Whether a delegation passes the exercise of a statutory function (a contract passes only delivery). */
  static boolean passesExercise(Delegation d) {
    return d.instrument() != DelegationInstrument.CONTRACT;
  }

  /**
   * The exercise points of a function: the delegates of its in-force, non-contract delegations that
   * do not themselves delegate it onward in force; the holder if there are none.
   */
  static List<String> exercisePoints(ModelView view, StatutoryFunction f) {
    List<Delegation> ds = view.delegationsOf(f.id()).stream().filter(DelegationRoutes::passesExercise).toList();
    if (ds.isEmpty()) {
      return List.of(f.holder());
    }
    Set<String> delegators = new HashSet<>();
    ds.forEach(d -> delegators.add(d.delegator()));
    Set<String> points = new LinkedHashSet<>();
    for (Delegation d : ds) {
      if (!delegators.contains(d.delegate())) {
        points.add(d.delegate());
      }
    }
    if (points.isEmpty()) {
      return List.of(f.holder());
    }
    return new ArrayList<>(points);
  }

  /**
   * The level of an exercise point: a post's body; a body's recorded level, else {@code PLACE} if
   * it serves a place, else its parent's; an organisation's level by kind where the kind fixes it.
   */
  static Optional<Level> levelOf(ModelView view, String id) {
    Optional<Post> post = view.model().post(id);
    if (post.isPresent()) {
      return levelOf(view, post.get().body());
    }
    Optional<Body> body = view.model().body(id);
    int guard = 0;
    while (body.isPresent() && guard++ < 1000) {
      Body b = body.get();
      if (b.level().isPresent()) {
        return b.level();
      }
      if (b.place().isPresent()) {
        return Optional.of(Level.PLACE);
      }
      body = b.parent().flatMap(p -> view.model().body(p));
    }
    return kindOf(view, id).flatMap(DelegationRoutes::levelOfKind);
  }

  /** The level an organisation's kind fixes, if any (documented in {@link Subsidiarity}). */
  static Optional<Level> levelOfKind(OrganisationKind kind) {
    return switch (kind) {
      case NHS_ENGLAND, SECRETARY_OF_STATE -> Optional.of(Level.NATIONAL);
      case NHS_ENGLAND_REGION -> Optional.of(Level.REGIONAL);
      case INTEGRATED_CARE_BOARD -> Optional.of(Level.SYSTEM);
      case PRIMARY_CARE_NETWORK -> Optional.of(Level.NEIGHBOURHOOD);
      default -> Optional.empty();
    };
  }

  /** An organisation's kind on the view's date, else its latest kind; empty if not an organisation. */
  static Optional<OrganisationKind> kindOf(ModelView view, String organisationId) {
    return view.model().organisation(organisationId).map(o -> o.kindOn(view.date()).orElse(o.kind()));
  }

  /** An organisation's sector on the view's date; empty if not an organisation. */
  static Optional<Sector> sectorOf(ModelView view, String organisationId) {
    return kindOf(view, organisationId).map(OrganisationKind::sector);
  }

  /** Whether the id names an organisation whose kind is an accountability terminus. */
  static boolean isTerminus(ModelView view, String id) {
    return kindOf(view, id).map(OrganisationKind::isAccountabilityTerminus).orElse(false);
  }

  /** An organisation's name on the date, else its latest; the id if not an organisation. */
  static String nameOf(ModelView view, String id) {
    return view.model().organisation(id).map(o -> o.nameOn(view.date()).orElse(o.name()))
        .or(() -> view.model().body(id).map(Body::name))
        .or(() -> view.model().post(id).map(Post::title))
        .orElse(id);
  }

  /** Whether the organisation is in force on the view's date. */
  static boolean organisationInForce(ModelView view, String id) {
    return view.model().organisation(id).map(o -> o.inForceOn(view.date())).orElse(false);
  }

  static Optional<Organisation> organisation(ModelView view, String id) {
    return view.model().organisation(id);
  }
}
