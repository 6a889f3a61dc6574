/**
 * Measures of how well an integrated care system works: structural measures of the model,
 * maturity from evidence, shift indicators over time and whole-system capacity, gathered in a
 * report (its JSON is written by the ics-json module).
 */
module org.integratedcare.metrics {
  requires static transitive org.jspecify;
  requires transitive org.integratedcare.governance;
  requires static org.immutables.value.annotations;
  requires org.slf4j;

  exports org.integratedcare.metrics;
  exports org.integratedcare.metrics.structure;
  exports org.integratedcare.metrics.maturity;
  exports org.integratedcare.metrics.shift;
  exports org.integratedcare.metrics.capacity;
}
