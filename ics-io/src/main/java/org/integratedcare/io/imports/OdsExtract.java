package org.integratedcare.io.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Source;
import org.integratedcare.core.organisation.OdsCode;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.PrimaryCareNetwork;
import org.integratedcare.core.time.DateRange;

/**
 * NHS England's ODS files of trusts, GP practices and primary care network membership, read into a
 * model. Not part of the API; {@link Imports} is.
 */
final class OdsExtract {
  /** The 27 columns of the ODS organisation files etr and epraccur, by position. */
  static final List<String> ORGANISATION_COLUMNS = List.of("organisation code", "name", "national grouping",
      "high level health geography", "address line 1", "address line 2", "address line 3", "address line 4",
      "address line 5", "postcode", "open date", "close date", "status code", "organisation sub-type code",
      "commissioner", "join provider/purchaser date", "left provider/purchaser date", "contact telephone number",
      "null 1", "null 2", "null 3", "amended record indicator", "null 4", "provider/purchaser", "null 5",
      "prescribing setting", "null 6");
  /** The 11 columns of the PCN core partner details, by position. */
  static final List<String> PCN_COLUMNS = List.of("partner organisation code", "partner name",
      "practice parent sub icb location code", "practice parent sub icb location name", "pcn code", "pcn name",
      "pcn parent sub icb location code", "pcn parent sub icb location name",
      "practice to pcn relationship start date", "practice to pcn relationship end date",
      "practice sub icb and pcn sub icb match?");

  static final String CATALOGUE = "https://www.odsdatasearchandexport.nhs.uk/referenceDataCatalogue/";
  private static final Source ETR_SOURCE = Source.builder()
      .document("NHS England Organisation Data Service, NHS trusts (etr)")
      .url(CATALOGUE + "NHS-Trusts-and-NHS-Trust-Sites_565791609.html").build();
  private static final Source EPRACCUR_SOURCE = Source.builder()
      .document("NHS England Organisation Data Service, GP practices (epraccur)")
      .url(CATALOGUE + "565791179.html").build();
  private static final Source EPCN_SOURCE = Source.builder()
      .document("NHS England Organisation Data Service, PCN core partner details (epcn)")
      .url(CATALOGUE + "Primary-Care-Network_587369054.html").build();
  /** The prescribing setting of a GP practice in epraccur. */
  private static final String GP_PRACTICE_SETTING = "4";

  private OdsExtract() {}

  static Table table(List<Csv.Row> rows, String subject, OdsFile file) {
    return file == OdsFile.EPCN
        ? Table.byPosition(rows, subject, PCN_COLUMNS, "Partner Organisation Code")
        : Table.byPosition(rows, subject, ORGANISATION_COLUMNS, "Organisation Code");
  }

  /** An organisation row read. */
  private record Org(Csv.Row row, String code, String name, LocalDate open, LocalDate close) {}

  static ImportResult importInto(IcsModel model, Table t, OdsFile file) {
    return file == OdsFile.EPCN ? networks(model, t) : organisations(model, t, file);
  }

  private static String code(Table t, Csv.Row r, String column) {
    String code = t.required(r, column, "the ODS code");
    if (code != null && !OdsCode.isValid(code)) {
      t.problem(r, column, "'" + org.integratedcare.core.Bounds.excerpt(code, 20) + "' is not an ODS code");
      return null;
    }
    return code;
  }

  private static ImportResult organisations(IcsModel model, Table t, OdsFile file) {
    List<Org> read = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Map<String, Csv.Row> seen = new HashMap<>();
    for (Csv.Row r : t.rows()) {
      if (file == OdsFile.EPRACCUR && !GP_PRACTICE_SETTING.equals(t.text(r, "prescribing setting"))) {
        skipped.add(t.rowName(r) + ": " + t.text(r, "organisation code") + " has prescribing setting "
            + Optional.ofNullable(t.text(r, "prescribing setting")).orElse("(none)")
            + ", not 4 (GP practice); only GP practices are imported");
        continue;
      }
      String code = code(t, r, "organisation code");
      if (code != null && seen.putIfAbsent(code, r) != null) {
        t.problem(r, "organisation code", "the code " + code + " is given twice (also on " + t.rowName(seen.get(code))
            + ")");
        continue;
      }
      String name = t.required(r, "name", "the organisation's name");
      LocalDate open = t.odsDate(r, "open date", true);
      LocalDate close = t.odsDate(r, "close date", false);
      if (open != null && close != null && close.isBefore(open)) {
        t.problem(r, "close date", "the organisation closes (" + close + ") before it opens (" + open + ")");
        continue;
      }
      if (code != null && name != null && open != null && (t.text(r, "close date") == null || close != null)) {
        read.add(new Org(r, code, name, open, close));
      }
    }
    t.throwIfProblems();
    Merge merge = new Merge(model);
    merge.notPlaced.addAll(skipped);
    Names.Ids ids = new Names.Ids(merge.takenIds());
    Source source = file == OdsFile.ETR ? ETR_SOURCE : EPRACCUR_SOURCE;
    Map<String, List<Organisation>> byName = uncodedByName(model, file == OdsFile.ETR
        ? EnumSet.of(OrganisationKind.NHS_TRUST, OrganisationKind.NHS_FOUNDATION_TRUST)
        : EnumSet.of(OrganisationKind.GP_PRACTICE));
    for (Org o : read) {
      List<Organisation> known = model.organisationsByOdsCode(o.code());
      if (!known.isEmpty()) {
        updateClose(merge, known.get(0), o.close(), t.rowName(o.row()));
        continue;
      }
      if (giveCode(merge, byName, o.name(), o.code(), source, t.rowName(o.row())) != null) {
        continue;
      }
      OrganisationKind kind = file == OdsFile.EPRACCUR ? OrganisationKind.GP_PRACTICE
          : o.name().toUpperCase(Locale.ROOT).contains("FOUNDATION TRUST") ? OrganisationKind.NHS_FOUNDATION_TRUST
          : OrganisationKind.NHS_TRUST;
      String id = ids.make("", o.name());
      DateRange period = DateRange.of(o.open(), o.close());
      merge.put(Organisation.builder().id(id).name(o.name(), period).kind(kind, period).odsCode(o.code(), period)
              .period(period).addSources(source).build(),
          "organisation " + id + ": " + o.name() + " (" + o.code() + ", " + kind.typeName() + ")", t.rowName(o.row()));
    }
    return merge.result();
  }

  /** The model's organisations of the kinds with no ODS code, by each of their names in lower case. */
  private static Map<String, List<Organisation>> uncodedByName(IcsModel model, Set<OrganisationKind> kinds) {
    Map<String, List<Organisation>> byName = new HashMap<>();
    for (Organisation o : model.organisations()) {
      if (o.odsCodes().isEmpty() && o.kinds().stream().anyMatch(k -> kinds.contains(k.value()))) {
        o.names().forEach(n -> byName.computeIfAbsent(n.value().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(o));
      }
    }
    return byName;
  }

  /**
   * Gives the ODS code to the one recorded organisation of that name that has no code, for its whole
   * period, citing the ODS file; returns its id, or null when no single organisation has that name.
   */
  private static String giveCode(Merge merge, Map<String, List<Organisation>> byName, String name, String code,
      Source source, String where) {
    List<Organisation> named = byName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    if (named.size() != 1) {
      return null;
    }
    Organisation current = merge.current(named.get(0).id(), Organisation.class);
    if (current.odsCodes().isEmpty()) {
      Organisation.Builder b = Organisation.builder().from(current).odsCode(code, current.period());
      if (!current.sources().contains(source)) {
        b.addSources(source);
      }
      merge.replace(b.build());
      merge.changed.add("organisation " + current.id() + ": gains ODS code " + code + " (" + where + ")");
    }
    return current.id();
  }

  /** Gives a recorded organisation the close date ODS has for it, when the model records none. */
  private static void updateClose(Merge merge, Organisation known, LocalDate close, String where) {
    Organisation current = merge.current(known.id(), Organisation.class);
    if (close == null || current.period().end().isPresent()) {
      if (close != null && !current.period().end().get().equals(close)) {
        merge.notPlaced.add(where + ": ODS closes " + known.id() + " on " + close + " but the model ends it on "
            + current.period().end().get() + "; the model's date was kept");
      } else {
        merge.unchanged++;
      }
      return;
    }
    merge.notPlaced.add(where + ": ODS closes " + known.id() + " on " + close + "; the model records it as open."
        + " Close it (and its dated names, kinds and codes) in the model if ODS is right");
  }

  /** A membership row read. */
  private record Member(Csv.Row row, String practice, String practiceName, String pcn, String pcnName,
      LocalDate start, LocalDate end) {}

  private static ImportResult networks(IcsModel model, Table t) {
    List<Member> read = new ArrayList<>();
    for (Csv.Row r : t.rows()) {
      String practice = code(t, r, "partner organisation code");
      String practiceName = t.required(r, "partner name", "the practice's name");
      String pcn = code(t, r, "pcn code");
      String pcnName = t.required(r, "pcn name", "the network's name");
      LocalDate start = t.odsDate(r, "practice to pcn relationship start date", true);
      LocalDate end = t.odsDate(r, "practice to pcn relationship end date", false);
      if (practice != null && practiceName != null && pcn != null && pcnName != null && start != null
          && (t.text(r, "practice to pcn relationship end date") == null || end != null)) {
        read.add(new Member(r, practice, practiceName, pcn, pcnName, start, end));
      }
    }
    t.throwIfProblems();
    Merge merge = new Merge(model);
    Names.Ids ids = new Names.Ids(merge.takenIds());
    Map<String, String> idOfCode = new HashMap<>();
    // the earliest start of a membership is the first day recorded for a network or practice the file adds
    Map<String, LocalDate> earliest = new HashMap<>();
    for (Member m : read) {
      earliest.merge(m.pcn(), m.start(), (a, b) -> a.isBefore(b) ? a : b);
      earliest.merge(m.practice(), m.start(), (a, b) -> a.isBefore(b) ? a : b);
    }
    Map<OrganisationKind, Map<String, List<Organisation>>> byName = Map.of(
        OrganisationKind.PRIMARY_CARE_NETWORK, uncodedByName(model, EnumSet.of(OrganisationKind.PRIMARY_CARE_NETWORK)),
        OrganisationKind.GP_PRACTICE, uncodedByName(model, EnumSet.of(OrganisationKind.GP_PRACTICE)));
    Map<String, Set<String>> members = new LinkedHashMap<>();
    Map<String, Csv.Row> firstRow = new LinkedHashMap<>();
    for (Member m : read) {
      String where = t.rowName(m.row());
      if (m.end() != null) {
        merge.notPlaced.add(where + ": " + m.practice() + " left " + m.pcn() + " on " + m.end()
            + "; the model records a network's current member practices only");
        continue;
      }
      String pcnId = organisation(model, merge, ids, idOfCode, byName, m.pcn(), m.pcnName(),
          OrganisationKind.PRIMARY_CARE_NETWORK, earliest.get(m.pcn()), where);
      String practiceId = organisation(model, merge, ids, idOfCode, byName, m.practice(), m.practiceName(),
          OrganisationKind.GP_PRACTICE, earliest.get(m.practice()), where);
      members.computeIfAbsent(pcnId, k -> new LinkedHashSet<>()).add(practiceId);
      firstRow.putIfAbsent(pcnId, m.row());
    }
    for (Map.Entry<String, Set<String>> e : members.entrySet()) {
      String where = t.rowName(firstRow.get(e.getKey()));
      PrimaryCareNetwork existing = merge.current(e.getKey(), PrimaryCareNetwork.class);
      if (existing == null) {
        Organisation pcn = merge.current(e.getKey(), Organisation.class);
        merge.put(PrimaryCareNetwork.builder().id(e.getKey()).memberPractices(new TreeSet<>(e.getValue()))
                .period(pcn.period()).addSources(EPCN_SOURCE).build(),
            "primary care network " + e.getKey() + ": " + e.getValue().size() + " member practices", where);
      } else {
        Set<String> all = new TreeSet<>(existing.memberPractices());
        Set<String> fresh = new TreeSet<>(e.getValue());
        fresh.removeAll(existing.memberPractices());
        if (fresh.isEmpty()) {
          merge.unchanged++;
        } else {
          all.addAll(fresh);
          merge.replace(PrimaryCareNetwork.builder().from(existing).memberPractices(all).build());
          merge.changed.add("primary care network " + e.getKey() + ": adds member practices "
              + String.join(", ", fresh) + " (" + where + ")");
        }
      }
    }
    return merge.result();
  }

  /** The id of the organisation with that ODS code: the model's, or one added now. */
  private static String organisation(IcsModel model, Merge merge, Names.Ids ids, Map<String, String> idOfCode,
      Map<OrganisationKind, Map<String, List<Organisation>>> byName, String code, String name, OrganisationKind kind,
      LocalDate from, String where) {
    String id = idOfCode.get(code);
    if (id != null) {
      return id;
    }
    List<Organisation> known = model.organisationsByOdsCode(code);
    if (!known.isEmpty()) {
      id = known.get(0).id();
      merge.unchanged++;
    } else if ((id = giveCode(merge, byName.get(kind), name, code, EPCN_SOURCE, where)) != null) {
      // the model's organisation of that name now has the code
    } else {
      id = ids.make("", name);
      DateRange period = DateRange.from(from);
      merge.put(Organisation.builder().id(id).name(name, period).kind(kind, period).odsCode(code, period)
              .period(period).addSources(EPCN_SOURCE).build(),
          "organisation " + id + ": " + name + " (" + code + ", " + kind.typeName() + ")", where);
    }
    idOfCode.put(code, id);
    return id;
  }
}
