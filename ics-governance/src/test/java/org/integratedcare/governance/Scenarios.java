package org.integratedcare.governance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.integratedcare.core.AccountabilityBasis;
import org.integratedcare.core.AccountabilityDirection;
import org.integratedcare.core.AccountabilityLink;
import org.integratedcare.core.Body;
import org.integratedcare.core.BodyKind;
import org.integratedcare.core.Delegation;
import org.integratedcare.core.DelegationInstrument;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Organisation;
import org.integratedcare.core.OrganisationKind;
import org.integratedcare.core.Period;
import org.integratedcare.core.StatutoryFunction;
import org.integratedcare.core.io.ModelFiles;
import org.integratedcare.core.io.ModelFormat;

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
final class Scenarios {
  /** The day the 42 ICBs became statutory (S.I. 2022/734; domain reference §1.1). */
  static final LocalDate ICB_DAY = LocalDate.of(2022, 7, 1);
  /** The day the phase 1 ICB mergers took effect (domain reference §4.3). */
  static final LocalDate MERGER_DAY = LocalDate.of(2026, 4, 1);
  /** A date on which the ordinary arrangements of the scenarios are in force. */
  static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

  /** The classpath folder of the scenario files, relative to this class. */
  static final String FOLDER = "scenarios/";

  static final Period FROM_ICB_DAY = Period.from(ICB_DAY);

  private Scenarios() {}

  /**
   * Reads a scenario model file from the classpath.
   *
   * @param file the file name under {@code scenarios/}, such as {@code committees-in-common.yaml}
   * @return the model; an invalid file fails with the reader's ModelValidationException
   */
  static IcsModel load(String file) {
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

  static Organisation org(String id, OrganisationKind kind, String name) {
    return Organisation.of(id, kind, name, FROM_ICB_DAY);
  }

  static Body body(String id, String name, BodyKind kind, String... organisations) {
    return Body.builder().id(id).name(name).kind(kind).addOrganisations(organisations).period(FROM_ICB_DAY).build();
  }

  static Body committee(String id, String name, String organisation, String parent) {
    return Body.builder().id(id).name(name).kind(BodyKind.COMMITTEE).addOrganisations(organisation).parent(parent)
        .period(FROM_ICB_DAY).build();
  }

  static StatutoryFunction function(String id, String name, String holder) {
    return StatutoryFunction.builder().id(id).name(name).holder(holder).period(FROM_ICB_DAY).build();
  }

  /** A delegation in force from ICB day, with no onward delegation unless the caller says so. */
  static Delegation.Builder delegation(String id, String from, String to, DelegationInstrument instrument,
      String... functions) {
    Delegation.Builder b = Delegation.builder();
    b.id(id).delegator(from).delegate(to).instrument(instrument).addFunctions(functions)
        .onwardDelegationAllowed(false).period(FROM_ICB_DAY);
    return b;
  }

  static AccountabilityLink link(String id, String giver, String holder, AccountabilityDirection direction,
      AccountabilityBasis basis, String citation) {
    AccountabilityLink.Builder b = AccountabilityLink.builder();
    b.id(id).giver(giver).holder(holder).direction(direction).basis(basis).period(FROM_ICB_DAY);
    if (citation != null) {
      b.citation(citation);
    }
    return b.build();
  }
}
