package org.integratedcare.governance.rules.england;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.Icb;

/**
 * The responsible local authorities of an ICB, derived from its area on the view's date: the
 * councils with social-care functions (county, unitary and London borough councils) whose areas
 * coincide with, or fall wholly or partly within, the ICB's area (Local Government and Public
 * Involvement in Health Act 2007 s.116ZA(1)). A unit of the area is a council's id or GSS code; a
 * district council's unit counts through the county council it is part of.
 */
final class ResponsibleAuthorities {
  private final ModelView view;
  private final Map<String, Organisation> byGss = new HashMap<>();

  /** Indexes the organisations of the view by GSS code once, for every ICB asked about. */
  ResponsibleAuthorities(ModelView view) {
    this.view = view;
    for (Organisation o : view.organisations()) {
      o.gssCodes().forEach(c -> byGss.putIfAbsent(c.value().value(), o));
    }
  }

  /**
   * The ids of the ICB's responsible local authorities.
   *
   * @param unresolved told each area unit that names no recorded council with social-care
   *     functions, nor a district whose county council is recorded
   */
  Set<String> of(Icb icb, Consumer<String> unresolved) {
    Set<String> out = new TreeSet<>();
    Set<String> units = new TreeSet<>(icb.area().units());
    units.addAll(icb.area().partialUnits());
    for (String unit : units) {
      Optional<Organisation> council = view.model().organisation(unit)
          .or(() -> Optional.ofNullable(byGss.get(unit)));
      Optional<String> responsible = council.flatMap(c -> responsible(view, c));
      if (responsible.isPresent()) {
        out.add(responsible.get());
      } else {
        unresolved.accept(unit);
      }
    }
    return out;
  }

  private static Optional<String> responsible(ModelView view, Organisation council) {
    Optional<OrganisationKind> kind = council.kindOn(view.date()).or(() -> Optional.of(council.kind()));
    if (kind.map(OrganisationKind::hasSocialCareResponsibilities).orElse(false)) {
      return Optional.of(council.id());
    }
    if (kind.orElse(null) == OrganisationKind.LOWER_TIER_LOCAL_AUTHORITY) {
      return council.partOf().flatMap(view.model()::organisation)
          .filter(county -> county.kindOn(view.date()).or(() -> Optional.of(county.kind()))
              .map(OrganisationKind::hasSocialCareResponsibilities).orElse(false))
          .map(Organisation::id);
    }
    return Optional.empty();
  }
}
