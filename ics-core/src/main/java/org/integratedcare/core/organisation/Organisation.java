package org.integratedcare.core.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.ModelElement;
import org.integratedcare.core.Source;
import org.integratedcare.core.internal.Checks;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.core.time.Dated;

/**
 * An organisation with a stable identity and dated names, kinds and codes.
 *
 * <p>An organisation renamed, or given a new role, stays the same organisation: when a
 * sustainability and transformation partnership became an ICB it kept its ODS code and gained a
 * new dated role. Names, kinds, ODS codes and GSS codes are each lists of {@link Dated} values
 * whose periods must not overlap. At least one name and one kind are required.
 *
 * <p>Codes are checked against the kind where the format is known ({@link OdsCode}, {@link
 * GssCode}): an ICB or
 * sub-ICB location's ODS code is 3 or 5 characters; an NHS England region's is {@code Y} and two
 * digits; an ICB's GSS code starts {@code E54}, a sub-ICB location's {@code E38} and a region's
 * {@code E40}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Organisation implements ModelElement {
  Organisation() {}

  @Override
  public abstract String id();

  /** The organisation's names over time; at least one. */
  public abstract List<Dated<String>> names();

  /** The organisation's kinds over time; at least one. */
  public abstract List<Dated<OrganisationKind>> kinds();

  /** The organisation's ODS codes over time; may be empty (VCSE groups often have none). */
  public abstract List<Dated<OdsCode>> odsCodes();

  /** The organisation's GSS geography codes over time; may be empty. */
  public abstract List<Dated<GssCode>> gssCodes();

  /**
   * The id of the organisation this one is part of, such as the ICB of a sub-ICB location or
   * NHS England for a region.
   */
  public abstract Optional<String> partOf();

  /**
   * The ids of the functions the organisation reserves to its unitary board (the matters reserved
   * to the board in its scheme of reservation and delegation): its board decides them and no
   * delegation inside the organisation passes them to a committee, sub-committee or officer. Empty
   * if none are recorded.
   */
  public abstract Set<String> reservedToBoard();

  @Override
  public abstract DateRange period();

  @Override
  public abstract List<Source> sources();

  /** The most recent name. */
  public String name() {
    return Dated.latest(names()).orElseThrow();
  }

  /** The most recent kind. */
  public OrganisationKind kind() {
    return Dated.latest(kinds()).orElseThrow();
  }

  /** The sector of the most recent kind. */
  public Sector sector() {
    return kind().sector();
  }

  /** The name on {@code date}, if one was recorded for that date. */
  public Optional<String> nameOn(LocalDate date) {
    return Dated.on(names(), date);
  }

  /** The kind on {@code date}, if one was recorded for that date. */
  public Optional<OrganisationKind> kindOn(LocalDate date) {
    return Dated.on(kinds(), date);
  }

  /** The ODS code on {@code date}, if any. */
  public Optional<OdsCode> odsCodeOn(LocalDate date) {
    return Dated.on(odsCodes(), date);
  }

  /** The GSS code on {@code date}, if any. */
  public Optional<GssCode> gssCodeOn(LocalDate date) {
    return Dated.on(gssCodes(), date);
  }

  /** The most recent ODS code, if any. */
  public Optional<OdsCode> odsCode() {
    return Dated.latest(odsCodes());
  }

  /**
   * An organisation with one name and one kind for its whole period.
   *
   * @param id the model-local id
   * @param kind the kind
   * @param name the name
   * @param period when the organisation exists
   * @return the organisation
   * @throws IllegalArgumentException if the id or name is blank
   */
  public static Organisation of(String id, OrganisationKind kind, String name, DateRange period) {
    return builder().id(id).name(name, period).kind(kind, period).period(period).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organisation}; id, period, at least one name and one kind are required. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}

    /** Adds a name holding for {@code period}. */
    public Builder name(String name, DateRange period) {
      return addNames(Dated.of(name, period));
    }

    /** Adds a kind holding for {@code period}. */
    public Builder kind(OrganisationKind kind, DateRange period) {
      return addKinds(Dated.of(kind, period));
    }

    /** Adds an ODS code holding for {@code period}. */
    public Builder odsCode(String code, DateRange period) {
      return addOdsCodes(Dated.of(OdsCode.of(code), period));
    }

    /** Adds a GSS code holding for {@code period}. */
    public Builder gssCode(String code, DateRange period) {
      return addGssCodes(Dated.of(GssCode.of(code), period));
    }
  }

  @Value.Check
  void check() {
    Checks.id("organisation id", id());
    partOf().ifPresent(p -> Checks.id("partOf", p));
    Checks.that(!partOf().orElse("").equals(id()), "organisation '" + id() + "' cannot be part of itself");
    Checks.that(!names().isEmpty(), "organisation '" + id() + "' needs at least one name");
    Checks.that(!kinds().isEmpty(), "organisation '" + id() + "' needs at least one kind");
    names().forEach(n -> Checks.text("organisation name", n.value()));
    Checks.noOverlap("names", names());
    Checks.noOverlap("kinds", kinds());
    Checks.noOverlap("ODS codes", odsCodes());
    Checks.noOverlap("GSS codes", gssCodes());
    for (Dated<OrganisationKind> k : kinds()) {
      for (Dated<OdsCode> c : odsCodes()) {
        if (!k.period().overlaps(c.period())) {
          continue;
        }
        switch (k.value()) {
          case INTEGRATED_CARE_BOARD, SUB_ICB_LOCATION -> Checks.that(
              c.value().isIcbFormat(),
              "ODS code '" + c.value() + "' of " + k.value().typeName() + " '" + id()
                  + "' must be 3 or 5 letters and digits");
          case NHS_ENGLAND_REGION -> Checks.that(
              c.value().isRegionFormat(),
              "ODS code '" + c.value() + "' of NHS England region '" + id()
                  + "' must be Y followed by two digits");
          default -> { }
        }
      }
      String prefix = switch (k.value()) {
        case INTEGRATED_CARE_BOARD -> GssCode.ICB;
        case SUB_ICB_LOCATION -> GssCode.SUB_ICB_LOCATION;
        case NHS_ENGLAND_REGION -> GssCode.NHS_ENGLAND_REGION;
        default -> null;
      };
      if (prefix != null) {
        for (Dated<GssCode> g : gssCodes()) {
          Checks.that(
              !k.period().overlaps(g.period()) || g.value().isEntity(prefix),
              "GSS code '" + g.value() + "' of " + k.value().typeName() + " '" + id()
                  + "' must start " + prefix);
        }
      }
    }
  }
}
