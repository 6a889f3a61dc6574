package org.integratedcare.governance.accountability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Source;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.core.accountability.AccountabilityBasis;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.core.time.Dated;
import org.jspecify.annotations.Nullable;

/**
 * The accountability links the law fixes, implied from the kinds of the organisations in a model so
 * that nobody has to type them: each an {@link AccountabilityLink} that says {@link
 * AccountabilityLink#impliedByStatute()}, with its basis and citation.
 *
 * <p><b>The links implied</b> (England; both ends must be recorded in the model, and a link holds
 * while the giver is of the kind and both ends exist):
 *
 * <table>
 *   <caption>Links implied by statute</caption>
 *   <tr><th>Giver</th><th>Holder</th><th>Direction, basis</th><th>Citation</th></tr>
 *   <tr><td>an integrated care board</td><td>NHS England</td><td>vertical, statute</td>
 *       <td>NHS Act 2006 s.14Z59 (NHS England's annual performance assessment of each ICB; it may
 *       also require information and give directions, ss.14Z60&ndash;14Z61)</td></tr>
 *   <tr><td>NHS England</td><td>the Secretary of State</td><td>vertical, statute</td>
 *       <td>NHS Act 2006 s.13A (the mandate)</td></tr>
 *   <tr><td>the Secretary of State</td><td>Parliament</td><td>vertical, statute</td>
 *       <td>NHS Act 2006 s.1(3) (the Secretary of State retains ministerial responsibility to
 *       Parliament for the provision of the health service in England)</td></tr>
 *   <tr><td>an NHS trust or NHS foundation trust</td><td>NHS England</td><td>vertical,
 *       regulation</td><td>NHS Oversight Framework (NHS England's segmentation and oversight of
 *       trusts, 2025/26 edition)</td></tr>
 *   <tr><td>a county, district or unitary council</td><td>its electorate: an organisation of kind
 *       {@code electorate} whose {@code partOf} is the council</td><td>vertical, election</td>
 *       <td>none</td></tr>
 *   <tr><td>an NHS foundation trust</td><td>its council of governors: a body of kind {@code
 *       council-of-governors} belonging to the trust</td><td>bottom-up, statute</td><td>none</td></tr>
 *   <tr><td>that council of governors</td><td>the trust's members: an organisation of kind {@code
 *       foundation-trust-members} whose {@code partOf} is the trust</td><td>bottom-up,
 *       statute</td><td>none</td></tr>
 * </table>
 *
 * <p>Sources: NHS Act 2006 s.14Z59 (https://www.legislation.gov.uk/ukpga/2006/41/section/14Z59),
 * s.13A (https://www.legislation.gov.uk/ukpga/2006/41/section/13A) and s.1(3)
 * (https://www.legislation.gov.uk/ukpga/2006/41/section/1); NHS England, <i>NHS
 * Oversight Framework 2025/26</i>, 26 June 2025
 * (https://www.england.nhs.uk/long-read/publication-of-the-nhs-oversight-framework-2025-26). No
 * section is cited where the project's sources give none: the council's election and the
 * foundation trust's governors and members carry no citation.
 *
 * <p><b>Recorded links win.</b> On a date, a recorded link in force with the same giver, holder and
 * direction and no function scope replaces the implied one (so a model may give its own citation
 * or period); a recorded link limited to some functions sits beside it. Where the holder is not
 * recorded (no organisation of kind {@code nhs-england}, {@code secretary-of-state} or {@code
 * parliament}; no electorate whose {@code partOf} is the council), nothing is implied and the
 * chain ends where it did before. NHS England's abolition (the Health Bill 2026, not law as far as
 * the sources show) is a matter of data: give the NHS England record its last day.
 *
 * <p>Whether {@link Accountability} uses these links is the model's {@link
 * IcsModel#impliedByStatute()} unless {@link Accountability#withLinksImpliedByStatute(boolean)}
 * says otherwise; this class derives them either way.
 *
 * <p><b>Cost.</b> The links are derived once, in one pass over the organisations and bodies, and
 * indexed by giver; {@link #from(String, LocalDate)} costs time proportional to the links of one
 * giver.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatutoryLinks {
  private static final String NHS_ACT = "National Health Service Act 2006";
  private static final Set<OrganisationKind> ELECTED_COUNCILS = EnumSet.of(
      OrganisationKind.UPPER_TIER_LOCAL_AUTHORITY, OrganisationKind.LOWER_TIER_LOCAL_AUTHORITY,
      OrganisationKind.UNITARY_AUTHORITY, OrganisationKind.LONDON_BOROUGH);

  private final IcsModel model;
  private final List<AccountabilityLink> all;
  private final Map<String, List<AccountabilityLink>> byGiver;

  private StatutoryLinks(IcsModel model) {
    this.model = model;
    this.all = List.copyOf(derive(model));
    Map<String, List<AccountabilityLink>> map = new HashMap<>();
    for (AccountabilityLink l : all) {
      map.computeIfAbsent(l.giver(), k -> new ArrayList<>()).add(l);
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    this.byGiver = Map.copyOf(map);
  }

  /**
   * The links statute implies over a model, derived once.
   *
   * @param model the model, not null
   * @return the implied links
   * @throws NullPointerException if {@code model} is null
   */
  public static StatutoryLinks of(IcsModel model) {
    return new StatutoryLinks(Objects.requireNonNull(model, "model"));
  }

  /**
   * Every implied link in force on a date that no recorded link replaces, in the order of the
   * model's organisations and bodies. This is the answer whatever the model's {@link
   * IcsModel#impliedByStatute()} says.
   *
   * @param model the model, not null
   * @param date the date, not null
   * @return the implied links
   * @throws NullPointerException if an argument is null
   */
  public static List<AccountabilityLink> impliedOn(IcsModel model, LocalDate date) {
    return of(model).on(date);
  }

  /**
   * Every implied link in force on a date that no recorded link replaces.
   *
   * @param date the date, not null
   * @return the links, in the order of the model's organisations and bodies
   * @throws NullPointerException if {@code date} is null
   */
  public List<AccountabilityLink> on(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return all.stream().filter(l -> applies(l, date)).toList();
  }

  /**
   * The implied links from one giver in force on a date that no recorded link replaces.
   *
   * @param giver the id of an organisation or body, not null
   * @param date the date, not null
   * @return the links; empty if none
   * @throws NullPointerException if an argument is null
   */
  public List<AccountabilityLink> from(String giver, LocalDate date) {
    Objects.requireNonNull(giver, "giver");
    Objects.requireNonNull(date, "date");
    List<AccountabilityLink> links = byGiver.get(giver);
    if (links == null) {
      return List.of();
    }
    return links.stream().filter(l -> applies(l, date)).toList();
  }

  /** Every implied link over all dates, before recorded links replace any. */
  public List<AccountabilityLink> all() {
    return all;
  }

  private boolean applies(AccountabilityLink implied, LocalDate date) {
    if (!implied.inForceOn(date)) {
      return false;
    }
    for (AccountabilityLink r : model.linksFrom(implied.giver())) {
      if (r.inForceOn(date) && r.holder().equals(implied.holder()) && r.direction() == implied.direction()
          && r.functions().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- derivation

  /** A record of some kind over a period. */
  private record Holder(String id, DateRange period) { }

  private static List<AccountabilityLink> derive(IcsModel model) {
    Map<OrganisationKind, List<Holder>> national = new HashMap<>();
    Map<String, List<Holder>> electorates = new HashMap<>();
    Map<String, List<Holder>> members = new HashMap<>();
    Map<String, List<Holder>> governors = new HashMap<>();
    for (Organisation o : model.organisations()) {
      for (Dated<OrganisationKind> k : o.kinds()) {
        Optional<DateRange> p = intersect(o.period(), k.period());
        if (p.isEmpty()) {
          continue;
        }
        Holder h = new Holder(o.id(), p.get());
        switch (k.value()) {
          case NHS_ENGLAND, SECRETARY_OF_STATE, PARLIAMENT ->
              national.computeIfAbsent(k.value(), x -> new ArrayList<>()).add(h);
          case ELECTORATE -> o.partOf().ifPresent(c -> electorates.computeIfAbsent(c, x -> new ArrayList<>()).add(h));
          case FOUNDATION_TRUST_MEMBERS ->
              o.partOf().ifPresent(t -> members.computeIfAbsent(t, x -> new ArrayList<>()).add(h));
          default -> { }
        }
      }
    }
    for (Body b : model.bodies()) {
      if (b.kind() == BodyKind.COUNCIL_OF_GOVERNORS) {
        for (String t : b.organisations()) {
          governors.computeIfAbsent(t, x -> new ArrayList<>()).add(new Holder(b.id(), b.period()));
        }
      }
    }
    List<AccountabilityLink> out = new ArrayList<>();
    for (Organisation o : model.organisations()) {
      for (Dated<OrganisationKind> k : o.kinds()) {
        Optional<DateRange> p = intersect(o.period(), k.period());
        if (p.isEmpty()) {
          continue;
        }
        Holder giver = new Holder(o.id(), p.get());
        OrganisationKind kind = k.value();
        switch (kind) {
          case INTEGRATED_CARE_BOARD -> add(out, "icb-nhs-england", giver, national.get(OrganisationKind.NHS_ENGLAND),
              AccountabilityDirection.VERTICAL, AccountabilityBasis.STATUTE, "NHS Act 2006 s.14Z59",
              nhsAct("s.14Z59", "14Z59", "NHS England's annual performance assessment of each ICB"));
          case NHS_ENGLAND -> add(out, "nhs-england-secretary-of-state", giver,
              national.get(OrganisationKind.SECRETARY_OF_STATE), AccountabilityDirection.VERTICAL,
              AccountabilityBasis.STATUTE, "NHS Act 2006 s.13A (the mandate)",
              nhsAct("s.13A", "13A", "the Secretary of State's mandate to NHS England"));
          case SECRETARY_OF_STATE -> add(out, "secretary-of-state-parliament", giver,
              national.get(OrganisationKind.PARLIAMENT), AccountabilityDirection.VERTICAL,
              AccountabilityBasis.STATUTE, "NHS Act 2006 s.1(3) (ministerial responsibility to Parliament)",
              List.of(Source.builder().document(NHS_ACT + " (the Secretary of State retains ministerial"
                  + " responsibility to Parliament for the provision of the health service in England)")
                  .url("https://www.legislation.gov.uk/ukpga/2006/41/section/1").clause("s.1(3)")
                  .status(SourceStatus.IN_FORCE).build()));
          case NHS_TRUST, NHS_FOUNDATION_TRUST -> add(out, "trust-nhs-england", giver,
              national.get(OrganisationKind.NHS_ENGLAND), AccountabilityDirection.VERTICAL,
              AccountabilityBasis.REGULATION, "NHS Oversight Framework", List.of(oversightFramework()));
          default -> { }
        }
        if (ELECTED_COUNCILS.contains(kind)) {
          add(out, "council-electorate", giver, electorates.get(o.id()), AccountabilityDirection.VERTICAL,
              AccountabilityBasis.ELECTION, null, List.of());
        }
        if (kind == OrganisationKind.NHS_FOUNDATION_TRUST) {
          List<Holder> councils = governors.getOrDefault(o.id(), List.of());
          add(out, "foundation-trust-governors", giver, councils, AccountabilityDirection.BOTTOM_UP,
              AccountabilityBasis.STATUTE, null, List.of());
          for (Holder g : councils) {
            intersect(g.period(), p.get()).ifPresent(gp -> add(out, "governors-members", new Holder(g.id(), gp),
                members.get(o.id()), AccountabilityDirection.BOTTOM_UP, AccountabilityBasis.STATUTE, null,
                List.of()));
          }
        }
      }
    }
    return out;
  }

  private static void add(List<AccountabilityLink> out, String rule, Holder giver, @Nullable List<Holder> holders,
      AccountabilityDirection direction, AccountabilityBasis basis, @Nullable String citation,
      List<Source> sources) {
    if (holders == null) {
      return;
    }
    for (Holder h : holders) {
      if (h.id().equals(giver.id())) {
        continue;
      }
      Optional<DateRange> period = intersect(giver.period(), h.period());
      if (period.isEmpty()) {
        continue;
      }
      AccountabilityLink.Builder b = AccountabilityLink.builder()
          .id(id(rule, giver.id(), h.id()))
          .giver(giver.id())
          .holder(h.id())
          .direction(direction)
          .basis(basis)
          .period(period.get())
          .impliedByStatute(true)
          .addAllSources(sources);
      if (citation != null) {
        b.citation(citation);
      }
      out.add(b.build());
    }
  }

  /** A stable id: {@code statute:} the rule, giver and holder; shortened when it would be too long. */
  private static String id(String rule, String giver, String holder) {
    String id = "statute:" + rule + ":" + giver + ":" + holder;
    if (id.length() <= 128) {
      return id;
    }
    return "statute:" + rule + ":" + Integer.toHexString((giver + ":" + holder).hashCode());
  }

  /** The overlap of two periods, keeping whichever bounds (and their precision) are the tighter. */
  private static Optional<DateRange> intersect(DateRange a, DateRange b) {
    if (!a.overlaps(b)) {
      return Optional.empty();
    }
    if (b.encloses(a)) {
      return Optional.of(a);
    }
    if (a.encloses(b)) {
      return Optional.of(b);
    }
    LocalDate start = a.start().isAfter(b.start()) ? a.start() : b.start();
    LocalDate end = a.end().map(x -> b.end().filter(y -> y.isBefore(x)).orElse(x)).orElse(b.end().orElse(null));
    return Optional.of(DateRange.of(start, end));
  }

  private static List<Source> nhsAct(String clause, String section, String what) {
    return List.of(Source.builder().document(NHS_ACT + " (" + what + ")")
        .url("https://www.legislation.gov.uk/ukpga/2006/41/section/" + section)
        .clause(clause).status(SourceStatus.IN_FORCE).build());
  }

  private static Source oversightFramework() {
    return Source.builder().document("NHS England, NHS Oversight Framework 2025/26 (26 June 2025)")
        .url("https://www.england.nhs.uk/long-read/publication-of-the-nhs-oversight-framework-2025-26")
        .status(SourceStatus.GUIDANCE).build();
  }
}
