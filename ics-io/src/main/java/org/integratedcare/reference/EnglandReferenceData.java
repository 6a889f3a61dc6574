package org.integratedcare.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Identified;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.io.ModelFormat;
import org.integratedcare.io.ModelReader;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;

/**
 * NHS England reference data: NHS England, its seven regions with their ODS and GSS codes, the 42
 * integrated care boards of 1 July 2022 with name, ODS code, GSS code and region, and the changes
 * of 1 April 2026 (twelve ICBs abolished by merger into six new ones, and NHS Hampshire and Isle of
 * Wight ICB enlarged), after which 36 ICBs are in force.
 *
 * <p>The data is the model file {@value #RESOURCE}, whose header cites its sources: the ONS ICB
 * boundaries of April 2023 with their ODS codes and regions as published in
 * rcpch/rcpch-nhs-organisations (https://github.com/rcpch/rcpch-nhs-organisations), NHS Act 2006
 * Part 2 Chapter A3, the written ministerial statement of 9 September 2025 and NHS ODS's change
 * summary of the April 2026 ICB mergers. Facts those sources report without confirming (the 2026
 * mergers, the new ICBs' ODS codes) carry {@link
 * org.integratedcare.core.SourceStatus#REPORTED} in their sources. Codes no source gives are left
 * out: NHS Thames Valley ICB has no ODS code and no new ICB has a GSS code. GSS codes are the April
 * 2023 vintage for an ICB's whole period (the earlier codes of Surrey Heartlands and Sussex are not
 * modelled because the day of the change is not known). Periods start on 1 July 2022, when the
 * data set starts.
 *
 * <p>Ids are readable slugs: {@code nhs-england}, {@code nhse-region-east-of-england}, {@code
 * icb-hertfordshire-and-west-essex}, {@code icb-thames-valley}.
 *
 * <p>This class is immutable and thread-safe; {@link #load()} reads the data once.
 */
public final class EnglandReferenceData {
  /** The class-path resource holding the data, in the model-file format. */
  public static final String RESOURCE = "/org/integratedcare/reference/england-reference.yaml";

  private final IcsModel model;

  private EnglandReferenceData(IcsModel model) {
    this.model = model;
  }

  private static final class Holder {
    static final EnglandReferenceData INSTANCE = new EnglandReferenceData(read());

    private static IcsModel read() {
      try (InputStream in = EnglandReferenceData.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the resource " + RESOURCE + " is missing from the class path");
        }
        return ModelReader.standard().read(in, ModelFormat.YAML, RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + RESOURCE, e);
      }
    }
  }

  /**
   * The reference data, read from {@value #RESOURCE} on first use.
   *
   * @return the reference data
   * @throws IllegalStateException if the resource is missing
   * @throws ModelValidationException if the resource is not a valid model (a packaging fault)
   */
  public static EnglandReferenceData load() {
    return Holder.INSTANCE;
  }

  /** The reference data as a model of its own. */
  public IcsModel model() {
    return model;
  }

  /**
   * A model holding every record of {@code userModel} and every reference record whose id it does
   * not use. A user's record with a reference id (for example its own {@code nhs-england} with more
   * detail) takes the place of the reference record; structures are matched by structure id. The
   * user model's name is kept.
   *
   * @param userModel the user's model, not null
   * @return the merged, checked model
   * @throws ModelValidationException if the merged records do not form a consistent model, for
   *     example because a user record with a reference id is of another kind than the reference
   *     records expect
   * @throws NullPointerException if {@code userModel} is null
   */
  public IcsModel mergeInto(IcsModel userModel) {
    Objects.requireNonNull(userModel, "userModel");
    Set<String> used = new HashSet<>();
    for (List<? extends Identified> list : List.of(userModel.organisations(), userModel.bodies(),
        userModel.posts(), userModel.people(), userModel.appointments(), userModel.functions(),
        userModel.delegations(), userModel.mechanisms(), userModel.accountabilityLinks(),
        userModel.meetings(), userModel.changeEvents())) {
      list.forEach(r -> used.add(r.id()));
    }
    Set<String> usedStructures = new HashSet<>();
    userModel.structures().forEach(s -> usedStructures.add(s.id()));
    IcsModel.Builder b = userModel.toBuilder();
    model.organisations().stream().filter(r -> !used.contains(r.id())).forEach(b::add);
    model.structures().stream().filter(r -> !usedStructures.contains(r.id())).forEach(b::add);
    model.bodies().stream().filter(r -> !used.contains(r.id())).forEach(b::add);
    model.posts().stream().filter(r -> !used.contains(r.id())).forEach(b::add);
    model.people().stream().filter(r -> !used.contains(r.id())).forEach(b::add);
    model.appointments().stream().filter(r -> !used.contains(r.id())).forEach(b::add);
    model.functions().stream().filter(r -> !used.contains(r.id())).forEach(b::add);
    model.delegations().stream().filter(r -> !used.contains(r.id())).forEach(b::add);
    model.mechanisms().stream().filter(r -> !used.contains(r.id())).forEach(b::add);
    model.accountabilityLinks().stream().filter(r -> !used.contains(r.id())).forEach(b::add);
    model.meetings().stream().filter(r -> !used.contains(r.id())).forEach(b::add);
    model.changeEvents().stream().filter(r -> !used.contains(r.id())).forEach(b::add);
    return b.build();
  }

  /**
   * The integrated care boards in force on a date, in the order of the data (the 2022 ICBs in the
   * order of the CSV, then the ICBs of 2026): 42 on any day from 1 July 2022 to 31 March 2026,
   * 36 from 1 April 2026; none before 1 July 2022.
   *
   * @param date the date, not null
   * @return the ICB organisations in force
   * @throws NullPointerException if {@code date} is null
   */
  public List<Organisation> icbsOn(LocalDate date) {
    return model.on(date).organisations(OrganisationKind.INTEGRATED_CARE_BOARD);
  }

  /** The NHS England regions, in the order of their ODS codes (Y56 to Y63). */
  public List<Organisation> regions() {
    return model.organisations().stream()
        .filter(o -> o.kinds().stream().anyMatch(k -> k.value() == OrganisationKind.NHS_ENGLAND_REGION))
        .toList();
  }

  /**
   * The ICB with the given id or ODS code, whenever it was in force.
   *
   * @param idOrOdsCode a reference id such as {@code icb-sussex} or an ODS code such as {@code QNX}
   * @return the ICB, or empty if there is none
   * @throws NullPointerException if the argument is null
   */
  public Optional<Organisation> icb(String idOrOdsCode) {
    Objects.requireNonNull(idOrOdsCode, "idOrOdsCode");
    Optional<Organisation> byId = model.organisation(idOrOdsCode).filter(EnglandReferenceData::isIcb);
    if (byId.isPresent()) {
      return byId;
    }
    return model.organisationsByOdsCode(idOrOdsCode).stream().filter(EnglandReferenceData::isIcb)
        .findFirst();
  }

  /**
   * The NHS England region an ICB belonged to on a date.
   *
   * @param idOrOdsCode the ICB's id or ODS code
   * @param date the date, not null
   * @return the region, or empty if the ICB is unknown or not in force on that date
   * @throws NullPointerException if an argument is null
   */
  public Optional<Organisation> regionOf(String idOrOdsCode, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return icb(idOrOdsCode)
        .flatMap(o -> model.structure(o.id()))
        .filter(s -> s.inForceOn(date))
        .flatMap(s -> s instanceof org.integratedcare.core.structure.Icb i ? i.region() : Optional.empty())
        .flatMap(model::organisation);
  }

  /**
   * The organisations that directly succeeded an ICB, with when, whether wholly or in part, and
   * why. An ICB that continued unchanged, or has not been succeeded, has none; one split between
   * several successors has one partial succession for each.
   *
   * @param idOrOdsCode the ICB's id or ODS code, such as {@code QNQ} for NHS Frimley ICB
   * @return the successions, in the order of the data; empty if the ICB is unknown
   * @throws NullPointerException if the argument is null
   */
  public List<Succession> successorsOf(String idOrOdsCode) {
    Optional<Organisation> icb = icb(idOrOdsCode);
    if (icb.isEmpty()) {
      return List.of();
    }
    Organisation predecessor = icb.get();
    List<ChangeEvent> events = model.changesFrom(predecessor.id());
    List<Succession> out = new ArrayList<>();
    for (ChangeEvent e : events) {
      long sameDay = events.stream().filter(x -> x.effectiveDate().equals(e.effectiveDate())).count();
      for (String successorId : e.successors()) {
        model.organisation(successorId).ifPresent(s -> out.add(new Succession(predecessor, s, e, sameDay == 1)));
      }
    }
    return List.copyOf(out);
  }

  private static boolean isIcb(Organisation o) {
    return o.kinds().stream().anyMatch(k -> k.value() == OrganisationKind.INTEGRATED_CARE_BOARD);
  }

  @Override
  public String toString() {
    return "EnglandReferenceData[" + model.organisations().size() + " organisations, "
        + model.changeEvents().size() + " change events]";
  }
}
