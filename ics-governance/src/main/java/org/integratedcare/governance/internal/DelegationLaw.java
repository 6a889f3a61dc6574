package org.integratedcare.governance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.organisation.OrganisationKind;

/**
 * The one statement in the library of which functions may pass under which power, and between
 * which parties. {@code DecisionAuthority} and the rule pack's {@code s65z5-parties} and {@code
 * nhs-england-non-delegable-functions} rules both ask it, so that an arrangement the pack reports
 * as void is never answered as binding. Not part of the API.
 *
 * <ul>
 *   <li><b>S.I. 2022/642 reg 2</b> (National Health Service (Joint Working and Delegation
 *       Arrangements) (England) Regulations 2022,
 *       <a href="https://www.legislation.gov.uk/uksi/2022/642/regulation/2">legislation.gov.uk</a>):
 *       the power in NHS Act 2006 s.65Z5(1) does not apply to the functions of NHS England under
 *       ss.14Z25, 14Z26, 14Z28, 14Z59, 14Z60, 14Z61, 14Z62, 27B, 27C, 27D and 33. A function is
 *       caught when its holder is NHS England and its recorded basis cites one of those sections of
 *       the 2006 Act. Reg 2 takes them out of s.65Z5 only: a s.13YB direction is another power.</li>
 *   <li><b>A function recorded as not delegable</b> may not pass under an arrangement with another
 *       body, nor (unless the caller says otherwise) under the holder's own scheme of
 *       delegation.</li>
 *   <li><b>Parties.</b> A power may be used only by organisations of the kinds it allows, and may
 *       reach only organisations of the kinds it allows; the kinds are the caller's parameters,
 *       whose defaults are {@link #RELEVANT_BODIES} and {@link #LOCAL_AUTHORITIES}.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DelegationLaw {
  /** The NHS Act 2006 sections whose NHS England functions S.I. 2022/642 reg 2 takes out of s.65Z5. */
  public static final List<String> REG_2_SECTIONS = List.of(
      "14Z25", "14Z26", "14Z28", "14Z59", "14Z60", "14Z61", "14Z62", "27B", "27C", "27D", "33");

  /** The citation of reg 2 with the address a reader can open. */
  public static final String REG_2 = "S.I. 2022/642 reg 2 (https://www.legislation.gov.uk/uksi/2022/642/regulation/2)";

  /** The relevant bodies for s.65Z5: NHS England, ICBs, NHS trusts and NHS foundation trusts. */
  public static final Set<OrganisationKind> RELEVANT_BODIES = Collections.unmodifiableSet(EnumSet.of(
      OrganisationKind.NHS_ENGLAND, OrganisationKind.INTEGRATED_CARE_BOARD, OrganisationKind.NHS_TRUST,
      OrganisationKind.NHS_FOUNDATION_TRUST));

  /** Every kind of local authority, including combined authorities. */
  public static final Set<OrganisationKind> LOCAL_AUTHORITIES;

  static {
    Set<OrganisationKind> councils = EnumSet.noneOf(OrganisationKind.class);
    for (OrganisationKind k : OrganisationKind.values()) {
      if (k.isLocalAuthority()) {
        councils.add(k);
      }
    }
    LOCAL_AUTHORITIES = Collections.unmodifiableSet(councils);
  }

  private static final Pattern SECTION = Pattern.compile(
      "(?i)(?:\\bsections?|\\bss?)\\s*\\.?\\s*(\\d+[A-Z]*(?:\\d+[A-Z]*)?)");
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

  private DelegationLaw() {}

  /** Why a function may not pass under a power. */
  public enum BarKind {
    /** S.I. 2022/642 reg 2 takes the NHS England function out of s.65Z5. */
    REG_2,
    /** The function is recorded as not delegable. */
    RECORDED_NOT_DELEGABLE
  }

  /**
   * Why a function may not pass under a power.
   *
   * @param kind the kind of bar
   * @param section for {@link BarKind#REG_2}, the NHS Act 2006 section its basis cites
   */
  public record Bar(BarKind kind, Optional<String> section) {
    /** The bar in words, after "may not be delegated": "under s.65Z5: S.I. ... reg 2 ...". */
    public String explanation() {
      return switch (kind) {
        case REG_2 -> " under s.65Z5: " + REG_2 + " disapplies the power in s.65Z5(1) of the NHS Act 2006 for"
            + " NHS England's functions under s." + section.orElseThrow() + " of that Act";
        case RECORDED_NOT_DELEGABLE -> "";
      };
    }
  }

  /** Whether the instrument is an arrangement under NHS Act 2006 s.65Z5. */
  public static boolean isS65z5(DelegationInstrument instrument) {
    return instrument == DelegationInstrument.S65Z5_DELEGATION
        || instrument == DelegationInstrument.S65Z5_JOINT_EXERCISE;
  }

  /**
   * Whether the organisation is NHS England on the date (or, if it has no kind on the date, by its
   * latest kind).
   */
  public static boolean isNhsEngland(IcsModel model, String organisationId, LocalDate date) {
    return model.organisation(organisationId)
        .flatMap(o -> o.kindOn(date).or(() -> Optional.of(o.kind())))
        .map(k -> k == OrganisationKind.NHS_ENGLAND).orElse(false);
  }

  /**
   * Why {@code function} may not pass under {@code instrument}, if it may not.
   *
   * @param model the model, to find the holder's kind
   * @param function the function
   * @param date the date
   * @param instrument the power used
   * @param external whether the arrangement is with another body (not a scheme inside the holder)
   * @param reg2Sections the sections reg 2 excludes (upper case), normally {@link #REG_2_SECTIONS}
   * @param notDelegableCoversInternalSchemes whether a function recorded as not delegable may not
   *     pass even under the holder's own scheme of delegation
   * @return the bar, or empty if the function may pass
   */
  public static Optional<Bar> bar(IcsModel model, StatutoryFunction function, LocalDate date,
      DelegationInstrument instrument, boolean external, Collection<String> reg2Sections,
      boolean notDelegableCoversInternalSchemes) {
    if (isS65z5(instrument) && isNhsEngland(model, function.holder(), date)) {
      Optional<String> section = reg2Section(function, reg2Sections);
      if (section.isPresent()) {
        return Optional.of(new Bar(BarKind.REG_2, section));
      }
    }
    if (!function.delegable() && (external || notDelegableCoversInternalSchemes)) {
      return Optional.of(new Bar(BarKind.RECORDED_NOT_DELEGABLE, Optional.empty()));
    }
    return Optional.empty();
  }

  /**
   * The NHS Act 2006 section among {@code sections} that the function's basis cites, if any. A
   * basis that names a year other than 2006 (another Act) cites none.
   */
  public static Optional<String> reg2Section(StatutoryFunction f, Collection<String> sections) {
    if (f.basis().isEmpty()) {
      return Optional.empty();
    }
    String basis = f.basis().get();
    Matcher years = YEAR.matcher(basis);
    boolean anyYear = false;
    boolean nhsAct = basis.contains("2006");
    while (years.find()) {
      anyYear = true;
    }
    if (anyYear && !nhsAct) {
      return Optional.empty();
    }
    Matcher m = SECTION.matcher(basis);
    while (m.find()) {
      String s = m.group(1).toUpperCase(Locale.ROOT);
      if (sections.contains(s)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * An organisation on one side of an arrangement that the power does not allow there.
   *
   * @param delegatorSide true if it is on the delegator's side, false on the delegate's
   * @param organisation its id
   * @param kind its kind on the date, if recorded
   */
  public record PartyProblem(boolean delegatorSide, String organisation, Optional<OrganisationKind> kind) {}

  /**
   * The organisations on either side of an arrangement that the power does not allow.
   *
   * @param delegatorOrgs the delegator's organisations
   * @param delegateOrgs the delegate's organisations
   * @param kindOf the kind of an organisation on the date
   * @param delegatorKinds the kinds that may use the power; empty for any
   * @param delegateKinds the kinds the power may reach; empty for any
   * @param unknownKindIsProblem whether an organisation of no recorded kind counts as not allowed
   *     (an answer that must be sure says so; a finding of breach must not)
   * @return the problems, delegator's side first
   */
  public static List<PartyProblem> parties(Collection<String> delegatorOrgs, Collection<String> delegateOrgs,
      Function<String, Optional<OrganisationKind>> kindOf, Set<OrganisationKind> delegatorKinds,
      Set<OrganisationKind> delegateKinds, boolean unknownKindIsProblem) {
    List<PartyProblem> out = new ArrayList<>();
    side(true, delegatorOrgs, kindOf, delegatorKinds, unknownKindIsProblem, out);
    side(false, delegateOrgs, kindOf, delegateKinds, unknownKindIsProblem, out);
    return out;
  }

  private static void side(boolean delegatorSide, Collection<String> orgs,
      Function<String, Optional<OrganisationKind>> kindOf, Set<OrganisationKind> allowed, boolean unknownIsProblem,
      List<PartyProblem> out) {
    if (allowed.isEmpty()) {
      return;
    }
    for (String o : orgs) {
      Optional<OrganisationKind> kind = kindOf.apply(o);
      if (kind.isEmpty() ? unknownIsProblem : !allowed.contains(kind.get())) {
        out.add(new PartyProblem(delegatorSide, o, kind));
      }
    }
  }
}
