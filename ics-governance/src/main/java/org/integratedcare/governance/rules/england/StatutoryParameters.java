package org.integratedcare.governance.rules.england;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.integratedcare.core.organisation.OrganisationKind;

/**
 * The facts of law the {@link EnglandStatutoryPack} treats as data, because the published sources
 * do not confirm all of them from the statute itself. Correct them here, not in code.
 *
 * <ul>
 *   <li>{@linkplain #relevantBodies() Relevant bodies} (who may arrange for its functions to be
 *       exercised under NHS Act 2006 s.65Z5): NHS England, ICBs, NHS trusts and NHS foundation
 *       trusts. Source: NHS England's statutory guidance under s.65Z7, opening paragraphs
 *       (GUIDANCE).
 *   <li>{@linkplain #s65z5Recipients() Bodies that may exercise a relevant body's functions} by
 *       delegation or jointly: another relevant body or a local authority (including combined
 *       authorities). Source: Capsticks and the s.65Z7 guidance (REPORTED). No source found lists
 *       private companies or voluntary organisations, so by default they may not (UNCONFIRMED:
 *       the statute text was not read). Whether lower-tier councils count as "local authorities"
 *       here is not confirmed; by default every kind of local authority is accepted.
 *   <li>{@linkplain #nhsEnglandNonDelegableSections() NHS England functions excluded from s.65Z5}
 *       by S.I. 2022/642 reg 2: ss.14Z25, 14Z26, 14Z28, 14Z59, 14Z60, 14Z61, 14Z62, 27B, 27C,
 *       27D and 33 of the NHS Act 2006 (IN FORCE,
 *       https://www.legislation.gov.uk/id/uksi/2022/642/regulation/2).
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatutoryParameters {
  private static final List<String> REG_2_SECTIONS = org.integratedcare.governance.internal.DelegationLaw.REG_2_SECTIONS;

  private final Set<OrganisationKind> relevantBodies;
  private final Set<OrganisationKind> s65z5Recipients;
  private final List<String> nhsEnglandNonDelegableSections;

  private StatutoryParameters(Builder b) {
    this.relevantBodies = immutable(b.relevantBodies);
    this.s65z5Recipients = immutable(b.s65z5Recipients);
    this.nhsEnglandNonDelegableSections = List.copyOf(b.sections);
  }

  private static Set<OrganisationKind> immutable(Set<OrganisationKind> kinds) {
    return java.util.Collections.unmodifiableSet(kinds.isEmpty()
        ? EnumSet.noneOf(OrganisationKind.class) : EnumSet.copyOf(kinds));
  }

  /** The parameters described above. */
  public static StatutoryParameters defaults() {
    return builder().build();
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The kinds of organisation that are relevant bodies for s.65Z5. */
  public Set<OrganisationKind> relevantBodies() {
    return relevantBodies;
  }

  /** The kinds of organisation that may exercise a relevant body's functions under s.65Z5. */
  public Set<OrganisationKind> s65z5Recipients() {
    return s65z5Recipients;
  }

  /** The NHS Act 2006 sections whose NHS England functions may not be delegated (upper case). */
  public List<String> nhsEnglandNonDelegableSections() {
    return nhsEnglandNonDelegableSections;
  }

  /** Builds {@link StatutoryParameters}. Not thread-safe. */
  public static final class Builder {
    private final Set<OrganisationKind> relevantBodies = EnumSet.of(OrganisationKind.NHS_ENGLAND,
        OrganisationKind.INTEGRATED_CARE_BOARD, OrganisationKind.NHS_TRUST,
        OrganisationKind.NHS_FOUNDATION_TRUST);
    private final Set<OrganisationKind> s65z5Recipients = EnumSet.of(OrganisationKind.NHS_ENGLAND,
        OrganisationKind.INTEGRATED_CARE_BOARD, OrganisationKind.NHS_TRUST,
        OrganisationKind.NHS_FOUNDATION_TRUST, OrganisationKind.UPPER_TIER_LOCAL_AUTHORITY,
        OrganisationKind.LOWER_TIER_LOCAL_AUTHORITY, OrganisationKind.UNITARY_AUTHORITY, OrganisationKind.LONDON_BOROUGH,
        OrganisationKind.COMBINED_AUTHORITY);
    private final List<String> sections = new ArrayList<>(REG_2_SECTIONS);

    private Builder() {}

    /**
     * Replaces the kinds of organisation that are relevant bodies.
     *
     * @param kinds the kinds, not null
     * @return this builder
     */
    public Builder relevantBodies(Collection<OrganisationKind> kinds) {
      relevantBodies.clear();
      relevantBodies.addAll(kinds);
      return this;
    }

    /**
     * Replaces the kinds of organisation that may exercise a relevant body's functions.
     *
     * @param kinds the kinds, not null
     * @return this builder
     */
    public Builder s65z5Recipients(Collection<OrganisationKind> kinds) {
      s65z5Recipients.clear();
      s65z5Recipients.addAll(kinds);
      return this;
    }

    /**
     * Replaces the list of NHS Act 2006 sections whose NHS England functions may not be delegated.
     *
     * @param sections section numbers such as {@code "14Z59"} or {@code "27B"}, not null or blank
     * @return this builder
     * @throws IllegalArgumentException if a section is blank
     */
    public Builder nhsEnglandNonDelegableSections(Collection<String> sections) {
      Set<String> copy = new LinkedHashSet<>();
      for (String s : sections) {
        if (Objects.requireNonNull(s, "section").isBlank()) {
          throw new IllegalArgumentException("a non-delegable section number must not be blank");
        }
        copy.add(s.trim().toUpperCase(Locale.ROOT));
      }
      this.sections.clear();
      this.sections.addAll(copy);
      return this;
    }

    /** Makes the parameters. */
    public StatutoryParameters build() {
      return new StatutoryParameters(this);
    }
  }
}
