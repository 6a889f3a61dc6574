package org.integratedcare.governance.authority;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.governance.internal.DelegationLaw;

/**
 * The points of law that the published sources report without settling, or leave unconfirmed, made
 * explicit as parameters of {@link DecisionAuthority} instead of being buried in code. Every default
 * is the reading those sources support, and each can be changed when legal advice says otherwise.
 *
 * <ul>
 *   <li><b>Who may make and receive a s.65Z5 delegation.</b> NHS England's statutory guidance
 *       under s.65Z7 names the relevant bodies as NHS England, ICBs, NHS trusts and NHS foundation
 *       trusts (NHS England, <i>Arrangements for delegation and joint exercise of statutory
 *       functions</i>, guidance); a relevant body may arrange for its functions to be exercised by
 *       another relevant body, or jointly with a local authority or combined authority (Capsticks
 *       on the Health and Care Bill, reported). No published list includes private companies or
 *       voluntary organisations, and the text of NHS Act 2006 s.65Z5 was not checked for it
 *       (unconfirmed): the default is that they are not relevant bodies. Defaults: {@link #s65z5Delegators()} and {@link
 *       #s65z5Delegates()} are the four relevant bodies; {@link #s65z5JointExercisePartners()}
 *       adds every kind of local authority, including combined authorities.</li>
 *   <li><b>Who may use s.47A.</b> A foundation trust may arrange to exercise its functions jointly
 *       with any other person (NHS Act 2006 s.47A, as NHS Providers and Browne Jacobson describe it;
 *       reported). Default delegators: foundation trusts; any
 *       delegate.</li>
 *   <li><b>Who may be party to a s.75 partnership arrangement.</b> "NHS bodies and local
 *       authorities" (NHS Act 2006 s.75); which NHS bodies exactly was not checked. Default: the four relevant
 *       bodies and every kind of local authority.</li>
 *   <li><b>Whether a function marked not delegable may still be passed to the holder's own
 *       committees.</b> S.I. 2022/642 reg 2 takes listed NHS England functions out of s.65Z5(1);
 *       whether that also stops the holder's own scheme of delegation is not stated. The
 *       default is the cautious answer: not delegable means not delegable by any instrument
 *       ({@link #nonDelegableCoversInternalSchemes()} true).</li>
 * </ul>
 *
 * <p>Onward delegation is <em>not</em> a parameter: neither the statute nor NHS England's guidance
 * was found to settle it, and other statutes treat it in opposite ways, so each {@link
 * org.integratedcare.core.function.Delegation#onwardDelegationAllowed()} decides. Where a delegation
 * does not record it, {@link DecisionAuthority} answers {@link Outcome#CANNOT_TELL} for a route that
 * needs it, unless the model declares the delegate's delegations complete: then the recorded
 * arrangement grants no onward permission, and a delegate may not delegate further unless its
 * delegation allows it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LegalAssumptions {
  private static final Set<OrganisationKind> RELEVANT_BODIES = EnumSet.of(
      OrganisationKind.NHS_ENGLAND, OrganisationKind.INTEGRATED_CARE_BOARD,
      OrganisationKind.NHS_TRUST, OrganisationKind.NHS_FOUNDATION_TRUST);
  private static final Set<OrganisationKind> LOCAL_AUTHORITIES = localAuthorities();
  private static final LegalAssumptions DEFAULTS = builder().build();

  private final Set<OrganisationKind> s65z5Delegators;
  private final Set<OrganisationKind> s65z5Delegates;
  private final Set<OrganisationKind> s65z5JointExercisePartners;
  private final Set<OrganisationKind> s47aDelegators;
  private final Set<OrganisationKind> s75Partners;
  private final boolean nonDelegableCoversInternalSchemes;
  private final List<String> nhsEnglandNonDelegableSections;

  private LegalAssumptions(Builder b) {
    this.nhsEnglandNonDelegableSections = List.copyOf(b.nhsEnglandNonDelegableSections);
    this.s65z5Delegators = frozen(b.s65z5Delegators);
    this.s65z5Delegates = frozen(b.s65z5Delegates);
    this.s65z5JointExercisePartners = frozen(b.s65z5JointExercisePartners);
    this.s47aDelegators = frozen(b.s47aDelegators);
    this.s75Partners = frozen(b.s75Partners);
    this.nonDelegableCoversInternalSchemes = b.nonDelegableCoversInternalSchemes;
  }

  private static Set<OrganisationKind> frozen(Set<OrganisationKind> kinds) {
    Set<OrganisationKind> copy = EnumSet.noneOf(OrganisationKind.class);
    copy.addAll(kinds);
    return Collections.unmodifiableSet(copy);
  }

  private static Set<OrganisationKind> localAuthorities() {
    Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
    for (OrganisationKind k : OrganisationKind.values()) {
      if (k.isLocalAuthority()) {
        kinds.add(k);
      }
    }
    return kinds;
  }

  /** The assumptions the published sources support, as described on this class. */
  public static LegalAssumptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the {@linkplain #defaults() defaults}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these assumptions. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.s65z5Delegators = EnumSet.noneOf(OrganisationKind.class);
    b.s65z5Delegators.addAll(s65z5Delegators);
    b.s65z5Delegates = EnumSet.noneOf(OrganisationKind.class);
    b.s65z5Delegates.addAll(s65z5Delegates);
    b.s65z5JointExercisePartners = EnumSet.noneOf(OrganisationKind.class);
    b.s65z5JointExercisePartners.addAll(s65z5JointExercisePartners);
    b.s47aDelegators = EnumSet.noneOf(OrganisationKind.class);
    b.s47aDelegators.addAll(s47aDelegators);
    b.s75Partners = EnumSet.noneOf(OrganisationKind.class);
    b.s75Partners.addAll(s75Partners);
    b.nonDelegableCoversInternalSchemes = nonDelegableCoversInternalSchemes;
    b.nhsEnglandNonDelegableSections = new ArrayList<>(nhsEnglandNonDelegableSections);
    return b;
  }

  /** The kinds of organisation that may arrange under s.65Z5 for others to exercise their functions (relevant bodies). */
  public Set<OrganisationKind> s65z5Delegators() {
    return s65z5Delegators;
  }

  /** The kinds of organisation that may receive a s.65Z5 delegation. */
  public Set<OrganisationKind> s65z5Delegates() {
    return s65z5Delegates;
  }

  /** The kinds of organisation with which a relevant body may exercise functions jointly under s.65Z5, for example in a s.65Z6 joint committee. */
  public Set<OrganisationKind> s65z5JointExercisePartners() {
    return s65z5JointExercisePartners;
  }

  /** The kinds of organisation that may make a s.47A joint arrangement. */
  public Set<OrganisationKind> s47aDelegators() {
    return s47aDelegators;
  }

  /** The kinds of organisation that may be party to a s.75 partnership arrangement. */
  public Set<OrganisationKind> s75Partners() {
    return s75Partners;
  }

  /**
   * The NHS Act 2006 sections whose NHS England functions may not be the subject of a s.65Z5
   * arrangement (upper case): by default the eleven that S.I. 2022/642 reg 2 lists
   * (https://www.legislation.gov.uk/uksi/2022/642/regulation/2). A function is caught when its
   * holder is NHS England and its basis cites one of them, whether or not it is marked not
   * delegable; the rule pack's {@code nhs-england-non-delegable-functions} applies the same test.
   */
  public List<String> nhsEnglandNonDelegableSections() {
    return nhsEnglandNonDelegableSections;
  }

  /** Whether a function marked not delegable may not be passed even to the holder's own committees or officers. */
  public boolean nonDelegableCoversInternalSchemes() {
    return nonDelegableCoversInternalSchemes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LegalAssumptions a
        && s65z5Delegators.equals(a.s65z5Delegators)
        && s65z5Delegates.equals(a.s65z5Delegates)
        && s65z5JointExercisePartners.equals(a.s65z5JointExercisePartners)
        && s47aDelegators.equals(a.s47aDelegators)
        && s75Partners.equals(a.s75Partners)
        && nonDelegableCoversInternalSchemes == a.nonDelegableCoversInternalSchemes
        && nhsEnglandNonDelegableSections.equals(a.nhsEnglandNonDelegableSections);
  }

  @Override
  public int hashCode() {
    return Objects.hash(s65z5Delegators, s65z5Delegates, s65z5JointExercisePartners, s47aDelegators,
        s75Partners, nonDelegableCoversInternalSchemes, nhsEnglandNonDelegableSections);
  }

  @Override
  public String toString() {
    return "LegalAssumptions[s65z5Delegators=" + s65z5Delegators + ", s65z5Delegates=" + s65z5Delegates
        + ", s65z5JointExercisePartners=" + s65z5JointExercisePartners + ", s47aDelegators=" + s47aDelegators
        + ", s75Partners=" + s75Partners + ", nonDelegableCoversInternalSchemes="
        + nonDelegableCoversInternalSchemes + ", nhsEnglandNonDelegableSections=" + nhsEnglandNonDelegableSections
        + "]";
  }

  /** Builds {@link LegalAssumptions}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private Set<OrganisationKind> s65z5Delegators = EnumSet.copyOf(RELEVANT_BODIES);
    private Set<OrganisationKind> s65z5Delegates = EnumSet.copyOf(RELEVANT_BODIES);
    private Set<OrganisationKind> s65z5JointExercisePartners = union(RELEVANT_BODIES, LOCAL_AUTHORITIES);
    private Set<OrganisationKind> s47aDelegators = EnumSet.of(OrganisationKind.NHS_FOUNDATION_TRUST);
    private Set<OrganisationKind> s75Partners = union(RELEVANT_BODIES, LOCAL_AUTHORITIES);
    private boolean nonDelegableCoversInternalSchemes = true;
    private List<String> nhsEnglandNonDelegableSections = new ArrayList<>(DelegationLaw.REG_2_SECTIONS);

    private Builder() {}

    private static Set<OrganisationKind> union(Set<OrganisationKind> a, Set<OrganisationKind> b) {
      Set<OrganisationKind> u = EnumSet.copyOf(a);
      u.addAll(b);
      return u;
    }

    private static Set<OrganisationKind> copy(String what, Collection<OrganisationKind> kinds) {
      Objects.requireNonNull(kinds, what);
      Set<OrganisationKind> set = EnumSet.noneOf(OrganisationKind.class);
      for (OrganisationKind k : kinds) {
        set.add(Objects.requireNonNull(k, what + " must not contain null"));
      }
      return set;
    }

    /**
     * Sets the kinds that may make a s.65Z5 arrangement.
     *
     * @param kinds the kinds, not null, no null element
     * @return this builder
     * @throws NullPointerException if {@code kinds} or an element is null
     */
    public Builder s65z5Delegators(Collection<OrganisationKind> kinds) {
      this.s65z5Delegators = copy("s65z5Delegators", kinds);
      return this;
    }

    /**
     * Sets the kinds that may receive a s.65Z5 delegation.
     *
     * @param kinds the kinds, not null, no null element
     * @return this builder
     * @throws NullPointerException if {@code kinds} or an element is null
     */
    public Builder s65z5Delegates(Collection<OrganisationKind> kinds) {
      this.s65z5Delegates = copy("s65z5Delegates", kinds);
      return this;
    }

    /**
     * Adds kinds that may receive a s.65Z5 delegation, for example {@link
     * OrganisationKind#VCSE_ORGANISATION} if legal advice says so.
     *
     * @param kinds the kinds to add, no null element
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder allowS65z5DelegationTo(OrganisationKind... kinds) {
      s65z5Delegates.addAll(copy("kinds", Arrays.asList(kinds)));
      return this;
    }

    /**
     * Sets the kinds with which functions may be exercised jointly under s.65Z5.
     *
     * @param kinds the kinds, not null, no null element
     * @return this builder
     * @throws NullPointerException if {@code kinds} or an element is null
     */
    public Builder s65z5JointExercisePartners(Collection<OrganisationKind> kinds) {
      this.s65z5JointExercisePartners = copy("s65z5JointExercisePartners", kinds);
      return this;
    }

    /**
     * Sets the kinds that may make a s.47A joint arrangement.
     *
     * @param kinds the kinds, not null, no null element
     * @return this builder
     * @throws NullPointerException if {@code kinds} or an element is null
     */
    public Builder s47aDelegators(Collection<OrganisationKind> kinds) {
      this.s47aDelegators = copy("s47aDelegators", kinds);
      return this;
    }

    /**
     * Sets the kinds that may be party to a s.75 partnership arrangement.
     *
     * @param kinds the kinds, not null, no null element
     * @return this builder
     * @throws NullPointerException if {@code kinds} or an element is null
     */
    public Builder s75Partners(Collection<OrganisationKind> kinds) {
      this.s75Partners = copy("s75Partners", kinds);
      return this;
    }

    /**
     * Sets whether a function marked not delegable may not be passed even to the holder's own
     * committees or officers.
     *
     * @param value true (the default) to block every instrument, false to block only arrangements
     *     with other bodies
     * @return this builder
     */
    public Builder nonDelegableCoversInternalSchemes(boolean value) {
      this.nonDelegableCoversInternalSchemes = value;
      return this;
    }

    /**
     * Replaces the NHS Act 2006 sections whose NHS England functions may not be the subject of a
     * s.65Z5 arrangement.
     *
     * @param sections section numbers such as {@code "14Z59"}, not null, none blank
     * @return this builder
     * @throws NullPointerException if {@code sections} or an element is null
     * @throws IllegalArgumentException if a section is blank
     */
    public Builder nhsEnglandNonDelegableSections(Collection<String> sections) {
      List<String> copy = new ArrayList<>();
      for (String s : Objects.requireNonNull(sections, "sections")) {
        if (Objects.requireNonNull(s, "section").isBlank()) {
          throw new IllegalArgumentException("a non-delegable section number must not be blank");
        }
        String upper = s.trim().toUpperCase(java.util.Locale.ROOT);
        if (!copy.contains(upper)) {
          copy.add(upper);
        }
      }
      this.nhsEnglandNonDelegableSections = copy;
      return this;
    }

    /** The assumptions. */
    public LegalAssumptions build() {
      return new LegalAssumptions(this);
    }
  }
}
