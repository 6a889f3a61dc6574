package org.integratedcare.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import org.integratedcare.core.Completeness;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.accountability.AccountabilityBasis;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.io.ModelFormat;
import org.integratedcare.io.ModelReader;
import org.integratedcare.core.organisation.Area;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.Icb;
import org.integratedcare.core.structure.Icp;
import org.integratedcare.core.structure.IntegratedCareSystem;
import org.integratedcare.core.structure.Place;
import org.integratedcare.core.time.DateRange;

/**
 * Sample systems for tests: the bundled, illustrative Exampleshire system read from its model file,
 * and Riverside, a small system built through the core API whose names are chosen to test escaping
 * (quotes, ampersands, angle brackets, a hash, a pipe, a backslash and a line break).
 *
 * <p>Both are invented, not real systems. This class is thread-safe.
 */
public final class SampleSystems {
  /** The date Riverside is usually checked on: 1 April 2026. */
  public static final LocalDate DATE = LocalDate.of(2026, 4, 1);
  /** A clock fixed at 09:00 UTC on {@link #DATE}, for code that takes a {@link Clock}. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC);
  /** From 1 July 2022, the day integrated care boards were established, with no end. */
  public static final DateRange FROM_2022 = DateRange.from(LocalDate.of(2022, 7, 1));

  private static final String EXAMPLESHIRE = "exampleshire-ics.yaml";

  private SampleSystems() {}

  /**
   * The bundled example system, Exampleshire, as in the project's {@code
   * examples/exampleshire-ics.yaml}: an ICB, its partnership, places, committees, delegations
   * with financial limits, meetings and the April 2026 changes.
   *
   * @return the model, read afresh on each call
   * @throws IllegalStateException if the file is missing from the test kit's jar
   */
  public static IcsModel exampleshire() {
    try (InputStream in = SampleSystems.class.getResourceAsStream(EXAMPLESHIRE)) {
      if (in == null) {
        throw new IllegalStateException("the test kit's copy of " + EXAMPLESHIRE + " is missing");
      }
      return ModelReader.standard().read(in, ModelFormat.YAML, EXAMPLESHIRE);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + EXAMPLESHIRE, e);
    }
  }

  /**
   * Riverside: an ICB with a board, a finance committee and a chief finance officer under a
   * scheme of delegation with limits, a place board under a s.65Z5 joint arrangement, a partnership
   * and an accountability link to NHS England; plus an organisation abolished and a delegation
   * expired before {@link #DATE}. Its board has seats and nobody appointed to them, and the model
   * declares every aspect complete ({@link Completeness#everything()}), so the seats read as
   * vacant: statutory breaches, not gaps in the record.
   *
   * @return the model
   */
  public static IcsModel riverside() {
    return IcsModel.builder()
        .name("Riverside ICS")
        .declareComplete(Completeness.everything())
        .add(Organisation.of("nhse", OrganisationKind.NHS_ENGLAND, "NHS England", FROM_2022))
        .add(Organisation.builder().id("region").name("North of England", FROM_2022)
            .kind(OrganisationKind.NHS_ENGLAND_REGION, FROM_2022).odsCode("Y63", FROM_2022).partOf("nhse")
            .period(FROM_2022).build())
        .add(Organisation.builder().id("icb").name("NHS Riverside \"Integrated\" Care Board", FROM_2022)
            .kind(OrganisationKind.INTEGRATED_CARE_BOARD, FROM_2022).odsCode("QRV", FROM_2022).period(FROM_2022).build())
        .add(Organisation.of("council", OrganisationKind.UNITARY_AUTHORITY, "Riverside <Borough> Council", FROM_2022))
        .add(Organisation.of("trust", OrganisationKind.NHS_FOUNDATION_TRUST, "Riverside Hospitals & Community NHS FT", FROM_2022))
        .add(Organisation.of("vcse", OrganisationKind.VCSE_ORGANISATION, "Voluntary Action #1 | Riverside", FROM_2022))
        // an organisation abolished before the diagram's date: never drawn
        .add(Organisation.of("ccg", OrganisationKind.NHS_TRUST, "Old Riverside CCG", DateRange.of(LocalDate.of(2013, 4, 1), LocalDate.of(2022, 6, 30))))
        .add(Icb.builder().id("icb").area(Area.of("council")).region("region").board("board").period(FROM_2022).build())
        .add(Icp.builder().id("icp").name("Riverside Partnership").icb("icb").addResponsibleLocalAuthorities("council")
            .addOtherMembers("vcse").body("icp-committee").period(FROM_2022).build())
        .add(Place.builder().id("place").name("Riverside\nplace").icb("icb").area(Area.of("council"))
            .partnershipBody("place-board").period(FROM_2022).build())
        .add(IntegratedCareSystem.builder().id("ics").name("Riverside ICS").icb("icb").icp("icp").addPlaces("place")
            .period(FROM_2022).build())
        .add(Body.builder().id("board").name("ICB Board").kind(BodyKind.UNITARY_BOARD).addOrganisations("icb").period(FROM_2022).build())
        .add(Body.builder().id("finance").name("Finance & Performance Committee").kind(BodyKind.COMMITTEE)
            .addOrganisations("icb").parent("board").period(FROM_2022).build())
        .add(Body.builder().id("icp-committee").name("Riverside ICP joint committee").kind(BodyKind.JOINT_COMMITTEE)
            .addOrganisations("icb", "council").period(FROM_2022).build())
        .add(Body.builder().id("place-board").name("Riverside Place Board").kind(BodyKind.PARTNERSHIP_BOARD)
            .addOrganisations("icb", "council", "trust").period(FROM_2022).build())
        .add(Post.builder().id("cfo").body("board").title("Chief Finance Officer").role(PostRole.DIRECTOR_OF_FINANCE)
            .period(FROM_2022).build())
        .add(StatutoryFunction.builder().id("commissioning").name("Commissioning of community services").holder("icb")
            .basis("NHS Act 2006 s.3").period(FROM_2022).build())
        .add(StatutoryFunction.builder().id("contracts").name("Contract awards").holder("icb").period(FROM_2022).build())
        .add(Delegation.builder().id("sord-1").delegator("board").delegate("finance").addFunctions("contracts")
            .instrument(DelegationInstrument.SCHEME_OF_DELEGATION).clause("SoRD 4.2 \\ \"urgent\"")
            .financialLimit(new BigDecimal("2500000")).onwardDelegationAllowed(true).reportsTo("board")
            .period(FROM_2022).build())
        .add(Delegation.builder().id("sord-2").delegator("finance").delegate("cfo").addFunctions("contracts")
            .instrument(DelegationInstrument.SCHEME_OF_DELEGATION).financialLimit(new BigDecimal("250000.50"))
            .onwardDelegationAllowed(false).reportsTo("finance").period(FROM_2022).build())
        .add(Delegation.builder().id("s65z5").delegator("icb").delegate("place-board").addFunctions("commissioning", "contracts")
            .instrument(DelegationInstrument.S65Z5_JOINT_EXERCISE).onwardDelegationAllowed(false).period(FROM_2022).build())
        // expired before the diagram's date: never drawn
        .add(Delegation.builder().id("old").delegator("icb").delegate("trust").addFunctions("commissioning")
            .instrument(DelegationInstrument.CONTRACT).onwardDelegationAllowed(false)
            .period(DateRange.of(LocalDate.of(2022, 7, 1), LocalDate.of(2024, 3, 31))).build())
        .add(AccountabilityLink.builder().id("icb-to-nhse").giver("icb").holder("nhse")
            .direction(AccountabilityDirection.VERTICAL).basis(AccountabilityBasis.STATUTE)
            .citation("NHS Act 2006 s.14Z59").period(FROM_2022).build())
        .build();
  }

  /**
   * Writes Riverside as a YAML model file, {@code riverside.yaml}, in a directory.
   *
   * @param dir the directory, not null
   * @return the file's path
   * @throws IOException if the file cannot be written
   */
  public static Path riversideFile(Path dir) throws IOException {
    Path file = dir.resolve("riverside.yaml");
    ModelFiles.write(riverside(), file);
    return file;
  }
}
