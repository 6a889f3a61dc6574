/**
 * The library's JSON: the documented shapes of decision answers, accountability chains, rule
 * reports, metrics reports and models through {@link org.integratedcare.json.IcsJson}, and the
 * companion files that rules and metrics read (suppressions, metrics inputs, maturity frameworks).
 */
module org.integratedcare.json {
  requires transitive org.integratedcare.io;
  requires transitive org.integratedcare.metrics;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;

  exports org.integratedcare.json;
}
