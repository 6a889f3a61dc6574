package org.integratedcare.governance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.accountability.AccountabilityBasis;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.io.ModelFormat;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.time.DateRange;

/**
 * The dates of the governance scenarios, the loader of the scenario model files, and the builders
 * of the models that stay in Java.
 *
 * <p>Every reviewable scenario is a small YAML model file under
 * {@code src/test/resources/org/integratedcare/governance/scenarios/}, opening with a comment
 * that states the scenario, its legal or guidance basis and its expected answers; the tests assert
 * those answers. Only models generated at scale (thousands of records, for query cost and
 * termination) are built here, through the core API.
 */
public final class Scenarios {
  /** The day the 42 ICBs became statutory (S.I. 2022/734, commencing NHS Act 2006 Part 2 Chapter A3). */
  public static final LocalDate ICB_DAY = LocalDate.of(2022, 7, 1);
  /** The day the phase 1 ICB mergers took effect (written ministerial statement of 9 September 2025; NHS ODS change summary). */
  public static final LocalDate MERGER_DAY = LocalDate.of(2026, 4, 1);
  /** A date on which the ordinary arrangements of the scenarios are in force. */
  public static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

  /** The classpath folder of the scenario files, relative to this class. */
  public static final String FOLDER = "scenarios/";

  public static final DateRange FROM_ICB_DAY = DateRange.from(ICB_DAY);

  private Scenarios() {}

  /**
   * Reads a scenario model file from the classpath.
   *
   * @param file the file name under {@code scenarios/}, such as {@code committees-in-common.yaml}
   * @return the model; an invalid file fails with the reader's ModelValidationException
   */
  public static IcsModel load(String file) {
    try (InputStream in = Scenarios.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no scenario file " + FOLDER + file + " on the test classpath");
      }
      return ModelFiles.read(in, ModelFormat.YAML);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ builders for generated models

  public static Organisation org(String id, OrganisationKind kind, String name) {
    return Organisation.of(id, kind, name, FROM_ICB_DAY);
  }

  public static Body body(String id, String name, BodyKind kind, String... organisations) {
    return Body.builder().id(id).name(name).kind(kind).addOrganisations(organisations).period(FROM_ICB_DAY).build();
  }

  public static Body committee(String id, String name, String organisation, String parent) {
    return Body.builder().id(id).name(name).kind(BodyKind.COMMITTEE).addOrganisations(organisation).parent(parent)
        .period(FROM_ICB_DAY).build();
  }

  public static StatutoryFunction function(String id, String name, String holder) {
    return StatutoryFunction.builder().id(id).name(name).holder(holder).period(FROM_ICB_DAY).build();
  }

  /** A delegation in force from ICB day, with no onward delegation unless the caller says so. */
  public static Delegation.Builder delegation(String id, String from, String to, DelegationInstrument instrument,
      String... functions) {
    Delegation.Builder b = Delegation.builder();
    b.id(id).delegator(from).delegate(to).instrument(instrument).addFunctions(functions)
        .onwardDelegationAllowed(false).period(FROM_ICB_DAY);
    return b;
  }

  public static AccountabilityLink link(String id, String giver, String holder, AccountabilityDirection direction,
      AccountabilityBasis basis, String citation) {
    AccountabilityLink.Builder b = AccountabilityLink.builder();
    b.id(id).giver(giver).holder(holder).direction(direction).basis(basis).period(FROM_ICB_DAY);
    if (citation != null) {
      b.citation(citation);
    }
    return b.build();
  }

  /**
   * NHS England delegates primary medical services to every one of {@code icbs} ICBs, each of which
   * passes it to a committee and a sub-committee; every ICB answers to NHS England.
   */
  public static IcsModel primaryCareAcrossIcbs(int icbs) {
    IcsModel.Builder b = IcsModel.builder()
        .add(org("parliament", OrganisationKind.PARLIAMENT, "Parliament"))
        .add(org("sos", OrganisationKind.SECRETARY_OF_STATE, "Secretary of State"))
        .add(org("nhse", OrganisationKind.NHS_ENGLAND, "NHS England"))
        .add(function("pms", "Commissioning of primary medical services", "nhse"))
        .add(link("l-sos", "sos", "parliament", AccountabilityDirection.VERTICAL, AccountabilityBasis.STATUTE, null))
        .add(link("l-nhse", "nhse", "sos", AccountabilityDirection.VERTICAL, AccountabilityBasis.STATUTE, null));
    for (int i = 0; i < icbs; i++) {
      String icb = "icb-" + i;
      b.add(org(icb, OrganisationKind.INTEGRATED_CARE_BOARD, "NHS ICB " + i))
          .add(body(icb + "-board", "ICB " + i + " Board", BodyKind.UNITARY_BOARD, icb))
          .add(committee(icb + "-pcc", "ICB " + i + " Primary Care Committee", icb, icb + "-board"))
          .add(committee(icb + "-sub", "ICB " + i + " Contracts Sub-committee", icb, icb + "-pcc"))
          .add(delegation("d-" + icb, "nhse", icb, DelegationInstrument.S65Z5_DELEGATION, "pms")
              .onwardDelegationAllowed(true).build())
          .add(delegation("d-" + icb + "-pcc", icb + "-board", icb + "-pcc", DelegationInstrument.SCHEME_OF_DELEGATION,
              "pms").onwardDelegationAllowed(true).build())
          .add(delegation("d-" + icb + "-sub", icb + "-pcc", icb + "-sub", DelegationInstrument.SCHEME_OF_DELEGATION,
              "pms").build())
          .add(link("l-" + icb, icb, "nhse", AccountabilityDirection.VERTICAL, AccountabilityBasis.STATUTE, null));
    }
    return b.build();
  }
}
