package org.integratedcare.governance.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Identified;
import org.integratedcare.core.ModelElement;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.mechanism.Mechanism;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.time.DateRange;

/** Renders records, dates and sums for the sentences of answers. Immutable and thread-safe. */
public final class Names {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final IcsModel model;

  public Names(IcsModel model) {
    this.model = model;
  }

  /** The record's name as of {@code date}; a post as its title on its body; the id if unknown. */
  public String of(String id, LocalDate date) {
    Identified e = model.find(id).orElse(null);
    if (e instanceof Organisation o) {
      return o.nameOn(date).orElseGet(o::name);
    } else if (e instanceof Body b) {
      return b.name();
    } else if (e instanceof Post p) {
      return p.title() + " of " + of(p.body(), date);
    } else if (e instanceof StatutoryFunction f) {
      return f.name();
    } else if (e instanceof Mechanism m) {
      return m.name();
    } else if (e instanceof ChangeEvent c) {
      return c.kind().typeName().replace('-', ' ') + " '" + c.id() + "'";
    } else if (e instanceof Delegation d) {
      return "delegation '" + d.id() + "'";
    }
    return id;
  }

  /** The ids of the organisations a party belongs to: itself, a body's organisations, a post's body's. */
  public Set<String> organisationsOf(String partyId) {
    Identified e = model.find(partyId).orElse(null);
    if (e instanceof Organisation) {
      return Set.of(partyId);
    } else if (e instanceof Body b) {
      return b.organisations();
    } else if (e instanceof Post p) {
      return model.body(p.body()).map(Body::organisations).orElse(Set.of());
    }
    return Set.of();
  }

  /** Whether the record exists and, if it has a period, is in force on {@code date}. */
  public boolean exists(String id, LocalDate date) {
    Identified e = model.find(id).orElse(null);
    return e != null && (!(e instanceof ModelElement m) || m.inForceOn(date));
  }

  /** Why a record that does not exist on {@code date} does not: ended, or not yet begun. */
  public String whyNotInExistence(String id, LocalDate date) {
    Identified e = model.find(id).orElse(null);
    if (e instanceof ModelElement m) {
      DateRange p = m.period();
      if (date.isBefore(p.start())) {
        return of(id, date) + " is established only from " + p.describeStart();
      }
      if (p.end().isPresent()) {
        return of(id, date) + " ceased to exist after " + p.describeEnd().orElseThrow();
      }
    }
    return of(id, date) + " does not exist on " + date(date);
  }

  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  public static String period(DateRange p) {
    return p.describe();
  }

  /** A category of spending in words, such as "contract award". */
  public static String category(org.integratedcare.core.function.LimitCategory category) {
    return switch (category) {
      case REVENUE -> "revenue";
      case CAPITAL -> "capital";
      case CONTRACT_AWARD -> "contract award";
      case WRITE_OFFS -> "write-offs";
      case LOSSES_AND_SPECIAL_PAYMENTS -> "losses and special payments";
    };
  }

  /**
   * A sum in pounds as NHS papers write it: "£2,000,000", pence only when there are any
   * ("£250,000.50"), rounded half-even to the penny, a minus sign before the pound sign.
   */
  public static String money(BigDecimal amount) {
    BigDecimal a = amount.stripTrailingZeros();
    boolean pence = a.scale() > 0;
    BigDecimal rounded = amount.setScale(pence ? 2 : 0, java.math.RoundingMode.HALF_EVEN).abs();
    String plain = rounded.toPlainString();
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3 + 2);
    if (amount.signum() < 0) {
      out.append('-');
    }
    out.append('£');
    int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
    out.append(whole, 0, first);
    for (int i = first; i < whole.length(); i += 3) {
      out.append(',').append(whole, i, i + 3);
    }
    if (point >= 0) {
      out.append(plain, point, plain.length());
    }
    return out.toString();
  }


  /** The kind in words with its article, such as "an integrated care board". */
  public static String kind(OrganisationKind kind) {
    String words = switch (kind) {
      case NHS_ENGLAND -> "NHS England";
      case NHS_ENGLAND_REGION -> "NHS England region";
      case SECRETARY_OF_STATE -> "Secretary of State";
      case INTEGRATED_CARE_BOARD -> "integrated care board";
      case CLINICAL_COMMISSIONING_GROUP -> "clinical commissioning group";
      case SUB_ICB_LOCATION -> "sub-ICB location";
      case NHS_TRUST -> "NHS trust";
      case NHS_FOUNDATION_TRUST -> "NHS foundation trust";
      case GP_PRACTICE -> "GP practice";
      case PRIMARY_CARE_NETWORK -> "primary care network";
      case UPPER_TIER_LOCAL_AUTHORITY -> "upper-tier local authority";
      case LOWER_TIER_LOCAL_AUTHORITY -> "lower-tier local authority";
      case UNITARY_AUTHORITY -> "unitary authority";
      case LONDON_BOROUGH -> "London borough council";
      case COMBINED_AUTHORITY -> "combined authority";
      case VCSE_ORGANISATION -> "voluntary, community or social enterprise organisation";
      case INDEPENDENT_PROVIDER -> "independent provider";
      case HEALTHWATCH -> "Healthwatch";
      case CARE_QUALITY_COMMISSION -> "Care Quality Commission";
      case PARLIAMENT -> "Parliament";
      case ELECTORATE -> "electorate";
      case FOUNDATION_TRUST_MEMBERS -> "foundation trust membership";
      case PATIENTS_AND_COMMUNITIES -> "patients and communities";
    };
    switch (kind) {
      case NHS_ENGLAND, PARLIAMENT -> {
        return words;
      }
      case SECRETARY_OF_STATE, CARE_QUALITY_COMMISSION -> {
        return "the " + words;
      }
      default -> {
        boolean vowel = "aeiouAEIOU".indexOf(words.charAt(0)) >= 0 || words.startsWith("NHS");
        return (vowel ? "an " : "a ") + words;
      }
    }
  }

  /** The kinds in words, each with its article, joined with "or". */
  public static String kinds(Collection<OrganisationKind> kinds) {
    List<String> names = kinds.stream().sorted().map(Names::kind).toList();
    return list(names, "or");
  }

  public static String list(Collection<String> items, String conjunction) {
    List<String> l = List.copyOf(new LinkedHashSet<>(items));
    if (l.size() <= 1) {
      return String.join("", l);
    }
    return l.subList(0, l.size() - 1).stream().collect(Collectors.joining(", "))
        + " " + conjunction + " " + l.get(l.size() - 1);
  }

  /** The power in words, such as "under s.65Z5 of the NHS Act 2006". */
  public static String power(DelegationInstrument instrument) {
    return switch (instrument) {
      case S65Z5_DELEGATION -> "under s.65Z5 of the NHS Act 2006";
      case S65Z5_JOINT_EXERCISE -> "for joint exercise under s.65Z5 of the NHS Act 2006";
      case S13YB_DIRECTION -> "by direction under s.13YB of the NHS Act 2006";
      case S47A_JOINT_ARRANGEMENT -> "by a joint arrangement under s.47A of the NHS Act 2006";
      case S75_PARTNERSHIP -> "by a partnership arrangement under s.75 of the NHS Act 2006";
      case SCHEME_OF_DELEGATION -> "under its scheme of reservation and delegation";
      case LOCAL_GOVERNMENT_ARRANGEMENT -> "by a local government arrangement";
      case CONTRACT -> "by contract";
    };
  }
}
