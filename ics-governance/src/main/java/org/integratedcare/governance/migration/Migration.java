package org.integratedcare.governance.migration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Source;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.change.Resolution;
import org.integratedcare.core.change.Successors;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.mechanism.Mechanism;
import org.integratedcare.core.mechanism.MechanismKind;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.governance.internal.Names;
import org.integratedcare.governance.migration.MigrationEntry.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Applies the change events in effect by a date to the arrangements of a model: each delegation,
 * body, mechanism and accountability link in force on the date that names an organisation which a
 * merger, acquisition or abolition has ended, or from which a transfer has moved the functions the
 * record is about, is re-pointed to the body that now holds those functions ({@link Successors}),
 * left orphaned with the reason, or listed as a decision a person must take.
 *
 * <p><b>Rules.</b>
 *
 * <ul>
 *   <li><b>The law carries functions; an instrument carries arrangements.</b> A delegation, or a
 *       committee of an organisation, is re-pointed only where every change event followed says
 *       {@code arrangementsCarryOver: true}. Where an event says {@code false}, the record is
 *       orphaned and the successor must decide whether to make it again in its own name (for a
 *       delegation under NHS Act 2006 s.65Z5, https://www.legislation.gov.uk/ukpga/2006/41/section/65Z5,
 *       that is the successor's own decision). Where the event does not say, the record is not
 *       re-pointed and the decision is listed, unless the migration is told to {@linkplain
 *       #assumingCarryOverWhereUnsaid(boolean) assume carry-over where the instrument is silent}:
 *       that assumption is the caller's, and the result records it.</li>
 *   <li><b>Accountability follows the law:</b> an accountability link from or to an ended
 *       organisation is re-pointed to its successor whatever the instrument says.</li>
 *   <li><b>What cannot be carried</b> is orphaned: a party that ended with nothing succeeding it; a
 *       delegation whose delegator and delegate are now the same body; a joint committee whose
 *       organisations have merged into one; a post still recorded on a body that ended.</li>
 *   <li><b>Several successors:</b> where a party's functions passed to more than one body, no one
 *       of them is chosen: each must decide, and the report says so.</li>
 *   <li><b>Mechanisms</b> (memoranda, contracts, joint ventures, committees in common) are not
 *       re-pointed: each has its own instrument, and the report lists the decision to re-paper
 *       it. A merger-or-acquisition mechanism, which records the change itself, is left alone.</li>
 *   <li><b>Boundary changes:</b> each area unit a boundary change in effect moves leaves the
 *       losing ICB's recorded area and joins the gaining ICB's. An ICB's area is not dated, so it
 *       changes in place; where the model records no area for one of them, the report asks a
 *       person to record it.</li>
 *   <li><b>History kept:</b> a re-pointed delegation or link that began before the change is
 *       ended on the day before the change's effective date and carried on by a new record, with
 *       the id {@code <id>-from-<effective date>}, naming the successor and citing the change's
 *       sources besides its own; one that began on or after it is re-pointed in place. A body keeps
 *       its id (posts, delegations and meetings refer to it) and is re-pointed in place. Statutory
 *       functions keep their holder by law: the resolver follows the change events to the holder of
 *       the day, so the model stays true before and after.</li>
 * </ul>
 *
 * <p><b>Cost.</b> One pass over the delegations, bodies, mechanisms, links and posts, each party
 * resolved through the model's index of change events: time linear in the model's size times the
 * length of the succession lines, then one integrity check of the migrated model.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Migration {
  private final IcsModel model;
  private final boolean carryOverWhereUnsaid;

  private Migration(IcsModel model, boolean carryOverWhereUnsaid) {
    this.model = model;
    this.carryOverWhereUnsaid = carryOverWhereUnsaid;
  }

  /**
   * A migration of a model that carries arrangements over only where the instrument says so.
   *
   * @param model the model, not null
   * @return the migration
   * @throws NullPointerException if {@code model} is null
   */
  public static Migration of(IcsModel model) {
    return new Migration(Objects.requireNonNull(model, "model"), false);
  }

  /**
   * A copy that, where a change event does not say whether arrangements carry over ({@link
   * ChangeEvent#arrangementsCarryOver()} empty), assumes they do ({@code true}) or lists the
   * decision ({@code false}, the default). An event that says {@code false} is never overridden.
   *
   * @param assume whether to assume carry-over where the instrument is silent
   * @return the copy
   */
  public Migration assumingCarryOverWhereUnsaid(boolean assume) {
    return new Migration(model, assume);
  }

  /**
   * Migrates the model to a date.
   *
   * @param date the date: the change events in effect on it are applied, and the records in force
   *     on it are looked at; not null
   * @return the migrated model and the report
   * @throws NullPointerException if {@code date} is null
   * @throws org.integratedcare.core.ModelValidationException only if the migrated model fails its
   *     integrity check, which a model that passed it cannot do by re-pointing alone
   */
  public MigrationResult to(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new Run(date).run();
  }

  /** Where one party named by a record stands on the date. */
  private record Target(String party, boolean changed, Set<String> holders, List<Resolution.Ended> ended,
      List<Resolution.Step> steps) {

    /** The latest effective date among the events followed. */
    LocalDate effective() {
      LocalDate d = null;
      for (Resolution.Step s : steps) {
        if (d == null || s.event().effectiveDate().isAfter(d)) {
          d = s.event().effectiveDate();
        }
      }
      return d;
    }

    Optional<ChangeEvent> event() {
      if (!steps.isEmpty()) {
        return Optional.of(steps.get(steps.size() - 1).event());
      }
      return ended.stream().flatMap(e -> e.event().stream()).findFirst();
    }
  }

  /** Whether the events followed carry arrangements over: yes, no, or the instrument does not say. */
  private enum CarryOver { YES, NO, UNSAID }

  private final class Run {
    final LocalDate date;
    final Successors successors = Successors.of(model);
    final Names names = new Names(model);
    final List<MigrationEntry> entries = new ArrayList<>();
    final Set<String> usedIds = new HashSet<>();

    Run(LocalDate date) {
      this.date = date;
    }

    MigrationResult run() {
      IcsModel.Builder b = IcsModel.builder().name(model.name().orElse(null))
          .impliedByStatute(model.impliedByStatute());
      model.organisations().forEach(b::add);
      java.util.Map<String, org.integratedcare.core.organisation.Area> areas = boundaryChanges();
      for (org.integratedcare.core.structure.Structure st : model.structures()) {
        if (st instanceof org.integratedcare.core.structure.Icb icb && areas.containsKey(icb.id())) {
          b.add(org.integratedcare.core.structure.Icb.builder().from(icb).area(areas.get(icb.id())).build());
        } else {
          b.add(st);
        }
      }
      for (Body body : model.bodies()) {
        b.add(body(body));
      }
      for (Post p : model.posts()) {
        post(p);
        b.add(p);
      }
      model.people().forEach(b::add);
      model.appointments().forEach(b::add);
      model.functions().forEach(b::add);
      for (Delegation d : model.delegations()) {
        delegation(d).forEach(b::add);
      }
      for (Mechanism m : model.mechanisms()) {
        mechanism(m);
        b.add(m);
      }
      for (AccountabilityLink l : model.accountabilityLinks()) {
        link(l).forEach(b::add);
      }
      model.meetings().forEach(b::add);
      model.changeEvents().forEach(b::add);
      model.completeness().forEach(b::declareComplete);
      return new MigrationResult(b.build(), date, carryOverWhereUnsaid, entries);
    }

    // ------------------------------------------------------------ records

    /**
     * The ICB areas after the boundary changes in effect, in order of effect: each unit an event
     * moves leaves the losing ICB's area and joins the gaining ICB's. Areas are not dated, so they
     * change in place; an ICB whose area the model does not record is listed for a person to record.
     */
    java.util.Map<String, org.integratedcare.core.organisation.Area> boundaryChanges() {
      java.util.Map<String, org.integratedcare.core.organisation.Area> areas = new java.util.LinkedHashMap<>();
      List<ChangeEvent> events = model.changeEvents().stream()
          .filter(c -> !c.areas().isEmpty() && !c.effectiveDate().isAfter(date))
          .sorted(java.util.Comparator.comparing(ChangeEvent::effectiveDate)).toList();
      for (ChangeEvent c : events) {
        for (org.integratedcare.core.change.AreaMove m : c.areas()) {
          Optional<org.integratedcare.core.organisation.Area> from = area(areas, m.from());
          Optional<org.integratedcare.core.organisation.Area> to = area(areas, m.to());
          String where = "area unit " + m.unit() + " moved from " + names.of(m.from(), date) + " to "
              + names.of(m.to(), date) + " under the " + names.of(c.id(), date) + " effective "
              + Names.date(c.effectiveDate());
          if (from.isEmpty() || to.isEmpty()) {
            String missing = from.isEmpty() ? m.from() : m.to();
            entries.add(new MigrationEntry(Kind.DECISION_REQUIRED, missing, Optional.empty(), m.from(),
                List.of(m.to()), Optional.of(c.id()), capital(where) + ", but the model records no ICB structure"
                    + " with the area of " + names.of(missing, date) + ": record its area to apply the change."));
            continue;
          }
          if (to.get().units().contains(m.unit()) && !from.get().units().contains(m.unit())
              && !from.get().partialUnits().contains(m.unit())) {
            continue; // already recorded as moved
          }
          org.integratedcare.core.organisation.Area.Builder losing = org.integratedcare.core.organisation.Area.builder();
          losing.addAllUnits(from.get().units().stream().filter(u -> !u.equals(m.unit())).toList())
              .addAllPartialUnits(from.get().partialUnits().stream().filter(u -> !u.equals(m.unit())).toList());
          from.get().population().ifPresent(losing::population);
          org.integratedcare.core.organisation.Area.Builder gaining = org.integratedcare.core.organisation.Area.builder();
          gaining.addAllUnits(to.get().units()).addUnits(m.unit())
              .addAllPartialUnits(to.get().partialUnits().stream().filter(u -> !u.equals(m.unit())).toList());
          areas.put(m.from(), losing.build());
          areas.put(m.to(), gaining.build());
          entries.add(new MigrationEntry(Kind.RE_POINTED, m.to(), Optional.empty(), m.from(), List.of(m.to()),
              Optional.of(c.id()), capital(where) + ": both ICBs' areas changed in place (an area is not dated);"
                  + " populations, where recorded, are left for a person to update."));
        }
      }
      return areas;
    }

    private Optional<org.integratedcare.core.organisation.Area> area(
        java.util.Map<String, org.integratedcare.core.organisation.Area> changed, String icb) {
      if (changed.containsKey(icb)) {
        return Optional.of(changed.get(icb));
      }
      return model.structures().stream().filter(st -> st instanceof org.integratedcare.core.structure.Icb
          && st.id().equals(icb)).map(st -> ((org.integratedcare.core.structure.Icb) st).area()).findFirst();
    }

    List<Delegation> delegation(Delegation d) {
      if (!d.inForceOn(date)) {
        return List.of(d);
      }
      String what = "delegation " + d.id() + " (" + names.of(d.delegator(), date) + " to "
          + names.of(d.delegate(), date) + ", " + Names.power(d.instrument()) + ")";
      Target from = target(d.delegator(), d.functions());
      Target to = target(d.delegate(), List.of());
      if (!from.changed() && !to.changed()) {
        return List.of(d);
      }
      String delegator = from.changed() ? decide(d.id(), what, from, true, Names.power(d.instrument())) : d.delegator();
      String delegate = to.changed() ? decide(d.id(), what, to, true, Names.power(d.instrument())) : d.delegate();
      if (delegator == null || delegate == null) {
        return List.of(d);
      }
      if (delegator.equals(delegate)) {
        orphan(d.id(), from.changed() ? from : to, List.of(delegator), "Delegation " + d.id() + " would now run from "
            + names.of(delegator, date) + " to itself: an organisation does not delegate to itself, so it has no"
            + " effect after the change; end it.");
        return List.of(d);
      }
      LocalDate effective = latest(from, to);
      List<Source> sources = sources(d.sources(), from, to);
      String newId = splitId(d.id(), d.period(), effective);
      Delegation moved = Delegation.builder().from(d).id(newId == null ? d.id() : newId).delegator(delegator)
          .delegate(delegate).period(newId == null ? d.period() : DateRange.of(effective, d.period().end().orElse(null)))
          .sources(sources).build();
      repointed(d.id(), newId, from, delegator, what);
      repointed(d.id(), newId, to, delegate, what);
      if (newId == null) {
        return List.of(moved);
      }
      return List.of(Delegation.builder().from(d).period(d.period().endingBefore(effective)).build(), moved);
    }

    Body body(Body body) {
      if (!body.inForceOn(date)) {
        return body;
      }
      String what = (body.kind() == BodyKind.JOINT_COMMITTEE ? "joint committee " : "body ") + body.id()
          + " (" + body.name() + ")";
      Set<String> organisations = new LinkedHashSet<>();
      List<Target> changed = new ArrayList<>();
      for (String o : body.organisations()) {
        Target t = target(o, List.of());
        if (t.changed()) {
          changed.add(t);
          organisations.addAll(t.holders());
        } else {
          organisations.add(o);
        }
      }
      if (changed.isEmpty()) {
        return body;
      }
      if (body.kind() == BodyKind.JOINT_COMMITTEE && body.organisations().size() > 1 && organisations.size() < 2
          && changed.stream().allMatch(t -> t.ended().isEmpty())) {
        Target t = changed.get(0);
        String successor = organisations.isEmpty() ? "" : organisations.iterator().next();
        orphan(body.id(), t, List.copyOf(organisations), "Joint committee " + body.id() + " (" + body.name()
            + ") joined " + Names.list(body.organisations().stream().map(o -> names.of(o, date)).toList(), "and")
            + ", whose functions are now all held by " + names.of(successor, date) + event(t)
            + ": a joint committee of one organisation is not joint (NHS Act 2006 s.65Z6 provides for joint"
            + " committees of two or more bodies).");
        decision(body.id(), t, List.copyOf(organisations), names.of(successor, date) + " must decide whether "
            + body.name() + " becomes a committee of its own, with terms of reference it approves, or ends.");
        return body;
      }
      List<String> repointedTo = new ArrayList<>();
      for (Target t : changed) {
        String s = decide(body.id(), what, t, true, "");
        if (s == null) {
          return body;
        }
        repointedTo.add(s);
      }
      for (int i = 0; i < changed.size(); i++) {
        repointed(body.id(), null, changed.get(i), repointedTo.get(i), what);
      }
      return Body.builder().from(body).organisations(organisations).build();
    }

    void post(Post p) {
      if (!p.inForceOn(date)) {
        return;
      }
      model.body(p.body()).filter(b -> b.period().end().filter(e -> e.isBefore(date)).isPresent()).ifPresent(b ->
          entries.add(new MigrationEntry(Kind.ORPHANED, p.id(), Optional.empty(), b.id(), List.of(), Optional.empty(),
              "Post " + p.id() + " (" + p.title() + ") is recorded in force on " + Names.date(date) + " on "
                  + b.name() + ", which ended after " + b.period().describeEnd().orElseThrow()
                  + ": a seat on a body that no longer exists has no effect; end the post and its appointments.")));
    }

    void mechanism(Mechanism m) {
      if (!m.inForceOn(date) || m.kind() == MechanismKind.MERGER_OR_ACQUISITION) {
        return;
      }
      Set<String> after = new LinkedHashSet<>();
      List<Target> changed = new ArrayList<>();
      for (String p : m.parties()) {
        Target t = target(p, List.of());
        if (t.changed()) {
          changed.add(t);
          after.addAll(t.holders());
        } else {
          after.add(p);
        }
      }
      String what = m.kind().typeName().replace('-', ' ') + " " + m.id() + " (" + m.name() + ")";
      for (Target t : changed) {
        if (t.holders().isEmpty()) {
          orphan(m.id(), t, List.of(), capital(what) + " names " + names.of(t.party(), date) + ", which "
              + endedWords(t) + ", and nothing succeeds to it: that party's part has no effect; end it"
              + " or re-make it with the body that now does that work.");
        } else if (after.size() < 2 && m.parties().size() > 1) {
          orphan(m.id(), t, List.copyOf(t.holders()), capital(what) + " was between "
              + Names.list(m.parties().stream().map(p -> names.of(p, date)).toList(), "and")
              + ", whose functions are now all held by " + names.of(t.holders().iterator().next(), date) + event(t)
              + ": an arrangement with itself has no effect; end it.");
          return;
        } else {
          decision(m.id(), t, List.copyOf(t.holders()), capital(what) + " names " + names.of(t.party(), date)
              + ", whose functions passed to " + holders(t) + event(t) + ": the parties must decide whether to"
              + " continue it in the name of " + holders(t) + " (re-paper it under its own instrument); a"
              + " migration does not re-point mechanisms.");
        }
      }
    }

    List<AccountabilityLink> link(AccountabilityLink l) {
      if (!l.inForceOn(date)) {
        return List.of(l);
      }
      String what = "accountability link " + l.id() + " (" + names.of(l.giver(), date) + " answers to "
          + names.of(l.holder(), date) + ")";
      Target giver = target(l.giver(), l.functions());
      Target holder = target(l.holder(), l.functions());
      if (!giver.changed() && !holder.changed()) {
        return List.of(l);
      }
      String g = giver.changed() ? decide(l.id(), what, giver, false, "") : l.giver();
      String h = holder.changed() ? decide(l.id(), what, holder, false, "") : l.holder();
      if (g == null || h == null) {
        return List.of(l);
      }
      if (g.equals(h)) {
        orphan(l.id(), giver.changed() ? giver : holder, List.of(g), capital(what) + " would now run from "
            + names.of(g, date) + " to itself; end it.");
        return List.of(l);
      }
      LocalDate effective = latest(giver, holder);
      String newId = splitId(l.id(), l.period(), effective);
      AccountabilityLink moved = AccountabilityLink.builder().from(l).id(newId == null ? l.id() : newId).giver(g)
          .holder(h).period(newId == null ? l.period() : DateRange.of(effective, l.period().end().orElse(null)))
          .sources(sources(l.sources(), giver, holder)).build();
      repointed(l.id(), newId, giver, g, what);
      repointed(l.id(), newId, holder, h, what);
      if (newId == null) {
        return List.of(moved);
      }
      return List.of(AccountabilityLink.builder().from(l).period(l.period().endingBefore(effective)).build(), moved);
    }

    // ------------------------------------------------------------ decisions

    /**
     * What to do with one changed party of a record: the successor to re-point it to, or null (and
     * an entry saying why not).
     */
    @Nullable String decide(String record, String what, Target t, boolean needsCarryOver, String power) {
      if (t.holders().isEmpty()) {
        orphan(record, t, List.of(), capital(what) + " names " + names.of(t.party(), date) + ", which "
            + endedWords(t) + ", and nothing succeeds to it: it has no effect as recorded; end it.");
        return null;
      }
      if (t.holders().size() > 1 || !t.ended().isEmpty()) {
        String lead = capital(what) + " names " + names.of(t.party(), date) + ", whose functions passed to "
            + holders(t) + event(t) + (t.ended().isEmpty() ? "" : ", some ending with it")
            + ": no one successor takes the whole of it, so ";
        decision(record, t, List.copyOf(t.holders()), lead + (needsCarryOver
            ? "each of " + holders(t) + " must decide whether to make it again in its own name"
                + (power.isEmpty() ? "" : " " + power) + "."
            : "a person must record which of " + holders(t) + " it now runs to (or list the functions it covers,"
                + " so that the migration can follow them)."));
        return null;
      }
      String successor = t.holders().iterator().next();
      if (!needsCarryOver) {
        return successor;
      }
      CarryOver c = carryOver(t);
      if (c == CarryOver.YES || (c == CarryOver.UNSAID && carryOverWhereUnsaid)) {
        return successor;
      }
      String event = t.event().map(e -> "the " + names.of(e.id(), date)).orElse("the change");
      if (c == CarryOver.NO) {
        orphan(record, t, List.of(successor), capital(what) + " names " + names.of(t.party(), date)
            + "; " + event + " says the arrangements made under its functions do not carry over to "
            + names.of(successor, date) + ", so it ends with the change.");
      }
      decision(record, t, List.of(successor), names.of(successor, date) + " must decide whether to make "
          + what + " again in its own name" + (power.isEmpty() ? "" : " " + power) + (c == CarryOver.UNSAID
              ? ": " + event + " does not say whether arrangements made under the functions carry over, so it"
                  + " is not re-pointed (migrate assuming carry-over where the instrument is silent to re-point it)."
              : "."));
      return null;
    }

    CarryOver carryOver(Target t) {
      CarryOver result = CarryOver.YES;
      for (Resolution.Step s : t.steps()) {
        Optional<Boolean> c = s.event().arrangementsCarryOver();
        if (c.isPresent() && !c.get()) {
          return CarryOver.NO;
        }
        if (c.isEmpty()) {
          result = CarryOver.UNSAID;
        }
      }
      return result;
    }

    Target target(String party, Collection<String> functions) {
      Set<String> holders = new LinkedHashSet<>();
      List<Resolution.Ended> ended = new ArrayList<>();
      List<Resolution.Step> steps = new ArrayList<>();
      boolean changed = false;
      List<String> asked = functions.isEmpty() ? java.util.Collections.singletonList(null) : List.copyOf(functions);
      for (String f : asked) {
        Resolution r = successors.resolve(party, f, date);
        if (r.isUnchanged()) {
          holders.add(party);
          continue;
        }
        changed = true;
        holders.addAll(r.holders().keySet());
        ended.addAll(r.ended());
        r.holders().values().forEach(steps::addAll);
        r.ended().forEach(e -> steps.addAll(e.steps()));
      }
      if (!changed) {
        return new Target(party, false, Set.of(party), List.of(), List.of());
      }
      return new Target(party, true, holders, ended, List.copyOf(new LinkedHashSet<>(steps)));
    }

    // ------------------------------------------------------------ entries and words

    void repointed(String record, @Nullable String newRecord, Target t, String successor, String what) {
      if (!t.changed()) {
        return;
      }
      entries.add(new MigrationEntry(Kind.RE_POINTED, record, Optional.ofNullable(newRecord), t.party(),
          List.of(successor), t.event().map(ChangeEvent::id), capital(what) + ": " + names.of(t.party(), date)
              + " replaced by " + names.of(successor, date) + event(t)
              + (newRecord == null ? "." : "; carried on from " + Names.date(t.effective()) + " as " + newRecord
                  + ", the old record ending the day before.")));
    }

    void orphan(String record, Target t, List<String> successors, String sentence) {
      entries.add(new MigrationEntry(Kind.ORPHANED, record, Optional.empty(), t.party(), successors,
          t.event().map(ChangeEvent::id), sentence));
    }

    void decision(String record, Target t, List<String> successors, String sentence) {
      entries.add(new MigrationEntry(Kind.DECISION_REQUIRED, record, Optional.empty(), t.party(), successors,
          t.event().map(ChangeEvent::id), sentence));
    }

    String endedWords(Target t) {
      if (t.ended().isEmpty()) {
        return "has ended";
      }
      Resolution.Ended e = t.ended().get(0);
      return (e.party().equals(t.party()) ? "" : "through " + names.of(e.party(), date) + ", ")
          + "ended after " + Names.date(e.lastDay()) + e.event().map(c -> " (" + names.of(c.id(), date) + ")").orElse("");
    }

    String event(Target t) {
      return t.event().map(e -> " under the " + names.of(e.id(), date) + " effective "
          + Names.date(e.effectiveDate())).orElse("");
    }

    String holders(Target t) {
      return Names.list(t.holders().stream().map(h -> names.of(h, date)).toList(), "and");
    }

    /** The id of the record that carries a record on from {@code effective}, or null to re-point in place. */
    @Nullable String splitId(String id, DateRange period, LocalDate effective) {
      if (effective == null || !period.start().isBefore(effective)) {
        return null;
      }
      String base = id + "-from-" + effective;
      String candidate = base;
      for (int n = 2; model.find(candidate).isPresent() || usedIds.contains(candidate); n++) {
        candidate = base + "-" + n;
      }
      if (candidate.length() > 128) {
        return null;
      }
      usedIds.add(candidate);
      return candidate;
    }

    LocalDate latest(Target a, Target b) {
      LocalDate x = a.changed() ? a.effective() : null;
      LocalDate y = b.changed() ? b.effective() : null;
      if (x == null) {
        return y;
      }
      return y == null || x.isAfter(y) ? x : y;
    }

    List<Source> sources(List<Source> own, Target a, Target b) {
      Set<Source> out = new LinkedHashSet<>(own);
      for (Target t : List.of(a, b)) {
        t.steps().forEach(s -> out.addAll(s.event().sources()));
      }
      return List.copyOf(out);
    }
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
