package org.integratedcare.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The property names of every object in a model file, by the name of its definition in the JSON
 * Schema ({@code ics-model.schema.json}), and the conversion of enum constants to file names. The
 * reader accepts exactly these names and tests hold the schema to them. Not part of the API.
 */
final class Vocabulary {
  private Vocabulary() {}

  static final List<String> MECHANISM_COMMON =
      List.of("id", "kind", "name", "parties", "purpose", "legalBasis", "from", "to", "sources");

  private static final Map<String, List<String>> DEFINITIONS = new LinkedHashMap<>();

  /** Definition name to the property names it allows, in the order the writer writes them. */
  static final Map<String, List<String>> OBJECTS = Collections.unmodifiableMap(DEFINITIONS);

  static {
    def("model", "$schema", "name", "defaults", "complete", "impliedByStatute", "organisations", "structures", "bodies", "posts", "people",
        "appointments", "functions", "delegations", "mechanisms", "accountabilityLinks", "meetings",
        "changeEvents");
    def("source", "document", "url", "clause", "status");
    def("defaults", "from", "sources");
    def("completeness", "aspects", "of");
    def("organisation", "id", "name", "names", "kind", "kinds", "odsCode", "odsCodes", "gssCode",
        "gssCodes", "partOf", "reservedToBoard", "from", "to", "sources");
    def("datedName", "name", "from", "to");
    def("datedKind", "kind", "from", "to");
    def("datedCode", "code", "from", "to");
    def("area", "units", "partialUnits", "population");
    def("structure:integrated-care-board", "id", "kind", "area", "region", "board", "from", "to",
        "sources");
    def("structure:integrated-care-partnership", "id", "kind", "name", "icb",
        "responsibleLocalAuthorities", "otherMembers", "body", "from", "to", "sources");
    def("structure:health-and-wellbeing-board", "id", "kind", "name", "localAuthority",
        "relevantIcbs", "body", "from", "to", "sources");
    def("structure:place", "id", "kind", "name", "icb", "area", "partnershipBody", "from", "to",
        "sources");
    def("structure:neighbourhood", "id", "kind", "name", "place", "primaryCareNetworks",
        "population", "from", "to", "sources");
    def("structure:primary-care-network", "id", "kind", "memberPractices", "clinicalDirector",
        "nominatedPayee", "from", "to", "sources");
    def("structure:provider-collaborative", "id", "kind", "name", "type", "orientation", "members",
        "leadProvider", "mechanism", "from", "to", "sources");
    def("structure:integrated-care-system", "id", "kind", "name", "icb", "icp", "places",
        "providerCollaboratives", "from", "to", "sources");
    def("body", "id", "name", "kind", "organisations", "parent", "level", "place",
        "termsOfReference", "reservedFunctions", "from", "to", "sources");
    def("termsOfReference", "functions", "programmes", "quorum", "decisionRule", "document");
    def("quorum", "minimumVotingMembers", "requiredPosts", "withdrawnMembersCount");
    def("post", "id", "body", "title", "role", "place", "voting", "exOfficio", "seats", "from", "to",
        "sources");
    def("person", "id", "name", "employments", "declarations", "sources");
    def("employment", "organisation", "from", "to");
    def("declaration", "description", "conflict", "organisation", "from", "to", "interestType",
        "actionTaken", "declaredOn");
    def("appointment", "id", "post", "person", "appointedBy", "nominatedBy", "approvedBy",
        "termEnds", "designations", "capacity", "from", "to", "sources");
    def("function", "id", "name", "holder", "basis", "delegable", "from", "to", "sources");
    def("delegation", "id", "delegator", "delegate", "functions", "instrument", "clause",
        "conditions", "financialLimit", "limits", "onwardDelegationAllowed", "reportsTo", "from", "to",
        "sources");
    def("limit", "category", "amount");
    mechanism("memorandum-of-understanding");
    mechanism("formal-delegation", "delegations");
    mechanism("contractual-arrangement", "contractType", "commissioners", "providers",
        "leadProvider", "functions");
    mechanism("committees-in-common", "committees");
    mechanism("joint-committee", "body");
    mechanism("joint-venture", "form", "host");
    mechanism("merger-or-acquisition", "changeEvent");
    mechanism("joint-values-and-intent", "statement");
    mechanism("open-information-sharing", "statement");
    mechanism("subsidiarity", "statement");
    mechanism("caucusing", "group", "participants");
    mechanism("joint-posts", "posts");
    def("accountabilityLink", "id", "giver", "holder", "direction", "basis", "citation",
        "functions", "from", "to", "sources");
    def("meeting", "id", "body", "date", "chairedBy", "attendance", "items", "sources");
    def("attendance", "person", "kind", "substituteFor");
    def("agendaItem", "number", "title", "declarations", "decision");
    def("itemDeclaration", "person", "conflict", "description", "management");
    def("decision", "motion", "function", "binds", "benefits", "amount", "votes", "recordedFor",
        "recordedAgainst", "recordedAbstentions", "outcome");
    def("vote", "person", "choice");
    def("changeEvent", "id", "kind", "effectiveDate", "predecessors", "successors", "transfers",
        "areas", "transferredBy", "arrangementsCarryOver", "description", "sources");
    def("functionTransfer", "from", "to", "functions");
    def("areaMove", "unit", "from", "to");
  }

  private static void def(String name, String... keys) {
    DEFINITIONS.put(name, List.of(keys));
  }

  private static void mechanism(String kind, String... extra) {
    DEFINITIONS.put("mechanism:" + kind, Stream.concat(MECHANISM_COMMON.stream(), Stream.of(extra))
        .collect(Collectors.toUnmodifiableList()));
  }

  /** The allowed property names of each definition, as sets made once. */
  private static final Map<String, Set<String>> KEY_SETS = new java.util.HashMap<>();

  static {
    OBJECTS.forEach((name, keys) -> KEY_SETS.put(name, Set.copyOf(keys)));
  }

  /** The allowed property names of a definition. */
  static Set<String> keys(String definition) {
    Set<String> keys = KEY_SETS.get(definition);
    if (keys == null) {
      throw new IllegalStateException("no definition " + definition);
    }
    return keys;
  }

  /** The file name of an enum constant without a typeName() of its own: lower case, hyphens. */
  static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The names of an enum's constants, as {@code naming} gives them, in declaration order. */
  static <E extends Enum<E>> List<String> names(Class<E> type, Function<E, String> naming) {
    return Stream.of(type.getEnumConstants()).map(naming).collect(Collectors.toUnmodifiableList());
  }
}
