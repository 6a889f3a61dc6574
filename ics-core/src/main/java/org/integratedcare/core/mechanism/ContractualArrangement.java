package org.integratedcare.core.mechanism;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.Source;
import org.integratedcare.core.internal.Checks;

/**
 * A contractual arrangement: a lead-provider, alliance, prime-contractor or integrated health
 * organisation contract. It is a contractual joint venture and delegates no statutory function: the
 * providers decide delivery as contracted while the commissioners keep their commissioning decisions
 * (NHS Providers with Browne Jacobson; NHS England, <i>Advanced Foundation Trust Programme – guide
 * for applicants, Annex 2</i>,
 * https://www.england.nhs.uk/long-read/advanced-foundation-trust-programme-guide-for-applicants-annex-2).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ContractualArrangement implements Mechanism {
  ContractualArrangement() {}

  @Override
  public MechanismKind kind() {
    return MechanismKind.CONTRACTUAL_ARRANGEMENT;
  }
  /** The form of contract. */
  public abstract ContractType contractType();

  /** The ids of the commissioning organisations. */
  public abstract Set<String> commissioners();

  /** The ids of the providing organisations; at least one. */
  public abstract Set<String> providers();

  /** The id of the lead provider or prime contractor, if any; it must be a provider. */
  public abstract Optional<String> leadProvider();

  /** The ids of the functions whose delivery the contract covers; commissioning stays with the commissioners. */
  public abstract Set<String> functions();

  @Override
  public abstract List<Source> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContractualArrangement}; id, name, contractType, period and at least one provider are required. */
  public static final class Builder extends ImmutableContractualArrangement.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Mechanism.checkCommon(this);
    Checks.that(!providers().isEmpty(), "contractual arrangement '" + id() + "' needs at least one provider");
    Checks.ids("commissioner", commissioners());
    Checks.ids("provider", providers());
    Checks.ids("function", functions());
    leadProvider().ifPresent(l -> Checks.that(providers().contains(l),
        "lead provider '" + l + "' of contractual arrangement '" + id() + "' is not one of its providers"));
  }
}
