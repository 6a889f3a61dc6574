package org.integratedcare.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.integratedcare.core.Source;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.governance.reform.ReformChange;
import org.integratedcare.governance.reform.ReformScenario;
import org.integratedcare.io.CompanionDocuments;
import org.integratedcare.io.ModelFormat;
import org.integratedcare.io.tree.Node;

/**
 * Reform scenarios as files: the bundled ones by name (such as {@code health-bill-2026}, the Health
 * Bill 2026 as introduced), and the reader of their YAML or JSON shape:
 *
 * <pre>
 * id: health-bill-2026
 * name: Health Bill 2026 as introduced
 * changes:
 *   - id: nhs-england-abolished
 *     abolish: nhs-england                 # a kind of organisation
 *     functionsTo: secretary-of-state      # optional: the kind that takes its functions
 *     delegatedFunctionsPassToDelegate: true
 *     description: NHS England abolished; ...
 *     source: {document: Health Bill 2026 (as introduced), clause: ..., status: bill}
 *   - id: icps-not-required
 *     requirementDropped: [england.statutory.icp-statutory-members]   # rule ids
 *     description: ...
 *     source: {document: ..., status: bill}
 * </pre>
 *
 * <p>Every change needs a source with a status, so that what a reform rests on is never silent.
 * Every problem is reported at once, each with its path, in one {@link ModelValidationException};
 * no partial scenario is returned.
 *
 * <p>This class is thread-safe.
 */
public final class ReformScenarios {
  private static final List<String> BUNDLED = List.of("health-bill-2026");
  private static final Set<String> TOP = Set.of("id", "name", "changes");
  private static final Set<String> CHANGE = Set.of("id", "description", "source", "abolish", "functionsTo",
      "delegatedFunctionsPassToDelegate", "requirementDropped");
  private static final Set<String> SOURCE = Set.of("document", "url", "clause", "status");

  private ReformScenarios() {}

  /** The names of the bundled scenarios, in a fixed order. */
  public static List<String> bundledNames() {
    return BUNDLED;
  }

  /**
   * A bundled scenario.
   *
   * @param name the scenario's name, one of {@link #bundledNames()}; not null
   * @return the scenario
   * @throws IllegalArgumentException if no bundled scenario has that name; the message lists them
   * @throws NullPointerException if {@code name} is null
   */
  public static ReformScenario bundled(String name) {
    Objects.requireNonNull(name, "name");
    if (!BUNDLED.contains(name)) {
      throw new IllegalArgumentException("no bundled reform scenario '" + name + "'; the bundled scenarios are: "
          + String.join(", ", BUNDLED));
    }
    try (InputStream in = ReformScenarios.class.getResourceAsStream("reform/" + name + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("the bundled scenario " + name + " is missing from the library's jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), ModelFormat.YAML, name + ".yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a scenario from text.
   *
   * @param text the document, not null
   * @param format YAML or JSON, not null
   * @param sourceName what to call the document in messages, such as its file name; not null
   * @return the scenario
   * @throws ModelValidationException listing every problem, each with its path, if the document is
   *     not valid YAML or JSON or does not have the shape above
   * @throws NullPointerException if an argument is null
   */
  public static ReformScenario parse(String text, ModelFormat format, String sourceName) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    String subject = "reform scenario '" + Objects.requireNonNull(sourceName, "sourceName") + "'";
    Node root = CompanionDocuments.readTree(text, format, subject);
    List<Problem> problems = new ArrayList<>();
    if (!root.isObject()) {
      throw new ModelValidationException(subject, List.of(Problem.at("$", "expected a map with id, name and changes")));
    }
    unknown(root, "", TOP, problems);
    String id = text(root, "id", "", problems);
    String name = text(root, "name", "", problems);
    List<ReformChange> changes = new ArrayList<>();
    Node list = root.path("changes");
    if (!list.isArray() || list.size() == 0) {
      problems.add(Problem.at("changes", "expected a list of at least one change"));
    } else {
      Set<String> ids = new java.util.HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        String path = "changes[" + i + "]";
        Node c = list.get(i);
        if (!c.isObject()) {
          problems.add(Problem.at(path, "expected a map with id, description, source and abolish or requirementDropped"));
          continue;
        }
        int before = problems.size();
        unknown(c, path + ".", CHANGE, problems);
        String cid = text(c, "id", path + ".", problems);
        if (cid != null && !ids.add(cid)) {
          problems.add(Problem.at(path + ".id", "another change has the id '" + cid + "'"));
        }
        String description = text(c, "description", path + ".", problems);
        Source source = source(c.path("source"), path + ".source", problems);
        boolean abolish = c.has("abolish");
        boolean dropped = c.has("requirementDropped");
        if (abolish == dropped) {
          problems.add(Problem.at(path, "give exactly one of 'abolish' (a kind of organisation) and "
              + "'requirementDropped' (rule ids)"));
          continue;
        }
        if (abolish) {
          OrganisationKind kind = kind(c, "abolish", path + ".", problems);
          Optional<OrganisationKind> to = c.has("functionsTo")
              ? Optional.ofNullable(kind(c, "functionsTo", path + ".", problems)) : Optional.empty();
          Node flag = c.path("delegatedFunctionsPassToDelegate");
          boolean toDelegate = false;
          if (!flag.isMissingNode()) {
            if (flag.isBoolean()) {
              toDelegate = flag.booleanValue();
            } else {
              problems.add(Problem.at(path + ".delegatedFunctionsPassToDelegate", "expected true or false"));
            }
          }
          if (to.isPresent() && to.get() == kind) {
            problems.add(Problem.at(path + ".functionsTo", "the functions cannot pass to the kind abolished"));
          }
          if (problems.size() == before && kind != null) {
            changes.add(new ReformChange.Abolition(cid, description, kind, to, toDelegate, source));
          }
        } else {
          if (c.has("functionsTo") || c.has("delegatedFunctionsPassToDelegate")) {
            problems.add(Problem.at(path, "functionsTo and delegatedFunctionsPassToDelegate belong to an abolition"));
          }
          List<String> rules = new ArrayList<>();
          Node r = c.path("requirementDropped");
          if (!r.isArray() || r.size() == 0) {
            problems.add(Problem.at(path + ".requirementDropped", "expected a list of at least one rule id"));
          } else {
            for (int j = 0; j < r.size(); j++) {
              if (!r.get(j).isString() || r.get(j).asString().isBlank()) {
                problems.add(Problem.at(path + ".requirementDropped[" + j + "]", "expected a rule id"));
              } else {
                rules.add(r.get(j).asString().strip());
              }
            }
          }
          if (problems.size() == before) {
            changes.add(new ReformChange.RequirementDropped(cid, description, rules, source));
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ModelValidationException(subject, problems);
    }
    return new ReformScenario(id, name, changes);
  }

  private static Source source(Node n, String path, List<Problem> problems) {
    if (!n.isObject()) {
      problems.add(Problem.at(path, "missing; every change needs a source with document and status"));
      return null;
    }
    unknown(n, path + ".", SOURCE, problems);
    String document = text(n, "document", path + ".", problems);
    Source.Builder b = Source.builder();
    if (document != null) {
      b.document(document);
    }
    for (String optional : List.of("url", "clause")) {
      Node v = n.path(optional);
      if (!v.isMissingNode()) {
        String t = text(n, optional, path + ".", problems);
        if (t != null) {
          if (optional.equals("url")) {
            b.url(t);
          } else {
            b.clause(t);
          }
        }
      }
    }
    String status = text(n, "status", path + ".", problems);
    if (status != null) {
      SourceStatus found = null;
      for (SourceStatus s : SourceStatus.values()) {
        if (RecordTrees.typeName(s).equals(status)) {
          found = s;
        }
      }
      if (found == null) {
        problems.add(Problem.at(path + ".status", "'" + status + "' is not a status; expected one of "
            + String.join(", ", java.util.Arrays.stream(SourceStatus.values()).map(RecordTrees::typeName).toList())));
        status = null;
      } else {
        b.status(found);
      }
    }
    return document == null || status == null ? null : b.build();
  }

  private static OrganisationKind kind(Node c, String field, String path, List<Problem> problems) {
    String t = text(c, field, path, problems);
    if (t == null) {
      return null;
    }
    try {
      return OrganisationKind.ofTypeName(t);
    } catch (IllegalArgumentException e) {
      problems.add(Problem.at(path + field, e.getMessage()));
      return null;
    }
  }

  private static void unknown(Node n, String path, Set<String> fields, List<Problem> problems) {
    for (Map.Entry<String, Node> e : n.properties()) {
      if (!fields.contains(e.getKey())) {
        problems.add(Problem.at(path + e.getKey(), "unknown field; expected one of " + String.join(", ",
            fields.stream().sorted().toList())));
      }
    }
  }

  private static String text(Node n, String field, String path, List<Problem> problems) {
    Node v = n.path(field);
    if (v.isMissingNode() || v.isNull()) {
      problems.add(Problem.at(path + field, "missing"));
      return null;
    }
    if (!v.isString() || v.asString().isBlank()) {
      problems.add(Problem.at(path + field, "expected non-blank text"));
      return null;
    }
    return v.asString().strip();
  }
}
