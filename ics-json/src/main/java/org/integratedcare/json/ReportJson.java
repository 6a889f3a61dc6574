package org.integratedcare.json;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a {@link RuleReport} as JSON through a tree with a fixed field order. */
final class ReportJson {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private ReportJson() {}

  static String write(RuleReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    report.modelName().ifPresent(n -> root.put("model", n));
    root.put("date", report.date().toString());
    ArrayNode sets = root.putArray("ruleSets");
    for (RuleSetVersion v : report.ruleSets()) {
      sets.addObject().put("id", v.packId()).put("version", v.version()).put("rules", v.rules());
    }
    root.put("rulesRun", report.rulesRun());
    ObjectNode counts = root.putObject("counts");
    for (Severity s : Severity.values()) {
      counts.put(s.typeName(), report.count(s));
    }
    counts.put("suppressed", report.suppressedFindings().size());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode n = findings.addObject();
      n.put("rule", f.ruleId());
      n.put("severity", f.severity().typeName());
      n.putObject("basis").put("kind", f.basis().kind().typeName()).put("citation", f.basis().citation());
      n.putObject("subject").put("id", f.subject().id()).put("path", f.subject().path());
      n.put("message", f.message());
      ArrayNode evidence = n.putArray("evidence");
      f.evidence().forEach(evidence::add);
      f.suppression().ifPresent(s -> n.putObject("suppressed")
          .put("subject", s.subject()).put("justification", s.justification()));
    }
    ArrayNode errors = root.putArray("ruleErrors");
    for (RuleError e : report.ruleErrors()) {
      errors.addObject().put("pack", e.packId()).put("rule", e.ruleId()).put("problem", e.problem());
    }
    ArrayNode unused = root.putArray("unusedSuppressions");
    for (Suppression s : report.unusedSuppressions()) {
      unused.addObject().put("rule", s.ruleId()).put("subject", s.subject())
          .put("justification", s.justification());
    }
    return MAPPER.writeValueAsString(root);
  }
}
