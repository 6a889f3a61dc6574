/**
 * The library's JSON: the documented shapes of decision answers, accountability chains, rule
 * reports, metrics reports and models through {@link org.integratedcare.json.IcsJson}, and the
 * companion files that rules and metrics read ({@link org.integratedcare.json.SuppressionFiles
 * suppressions}, {@link org.integratedcare.json.MetricsInputs metrics inputs}, {@link
 * org.integratedcare.json.MaturityFrameworks maturity frameworks}).
 */
module org.integratedcare.json {
  requires static transitive org.jspecify;
  requires transitive org.integratedcare.io;
  requires transitive org.integratedcare.metrics;

  exports org.integratedcare.json;
}
