package org.integratedcare.core.structure;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.Source;
import org.integratedcare.core.body.Person;
import org.integratedcare.core.internal.Checks;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.time.DateRange;

/**
 * The arrangements of a primary care network: its member practices, clinical director and
 * nominated payee (Network Contract Directed Enhanced Service of the 2019/20 GP contract, published
 * 29 March 2019).
 *
 * <p>The network itself is an {@link Organisation} of kind {@link
 * OrganisationKind#PRIMARY_CARE_NETWORK}; this structure describes it and shares its id. Its
 * practices are bound by a mandatory network agreement.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class PrimaryCareNetwork implements Structure {
  PrimaryCareNetwork() {}

  /** The id of the PCN organisation, which is also this structure's id. */
  @Override
  public abstract String id();

  /** The ids of the member GP practices (ODS relationship RE8 "is partner to"). */
  public abstract Set<String> memberPractices();

  /** The id of the {@link Person} who is clinical director, if recorded. */
  public abstract Optional<String> clinicalDirector();

  /** The id of the nominated payee practice (ODS relationship RE9), if recorded. */
  public abstract Optional<String> nominatedPayee();

  @Override
  public abstract DateRange period();

  @Override
  public abstract List<Source> sources();

  @Override
  public StructureKind structureKind() {
    return StructureKind.PRIMARY_CARE_NETWORK;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PrimaryCareNetwork}; id and period are required. */
  public static final class Builder extends ImmutablePrimaryCareNetwork.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("primary care network id", id());
    Checks.ids("member practice", memberPractices());
    clinicalDirector().ifPresent(c -> Checks.id("clinicalDirector", c));
    nominatedPayee().ifPresent(p -> {
      Checks.id("nominatedPayee", p);
      Checks.that(memberPractices().isEmpty() || memberPractices().contains(p),
          "nominated payee '" + p + "' of primary care network '" + id() + "' is not a member practice");
    });
  }
}
