/**
 * Measures of how well an integrated care system works: structural measures of the model,
 * maturity from evidence, shift indicators over time and whole-system capacity, gathered in a
 * report that serialises to JSON.
 */
module org.integratedcare.metrics {
  requires transitive org.integratedcare.governance;
  requires static org.immutables.value.annotations;
  requires org.slf4j;
  requires tools.jackson.databind;

  exports org.integratedcare.metrics;
  exports org.integratedcare.metrics.structure;
  exports org.integratedcare.metrics.maturity;
  exports org.integratedcare.metrics.shift;
  exports org.integratedcare.metrics.capacity;

  opens org.integratedcare.metrics to tools.jackson.databind;
  opens org.integratedcare.metrics.structure to tools.jackson.databind;
  opens org.integratedcare.metrics.maturity to tools.jackson.databind;
  opens org.integratedcare.metrics.shift to tools.jackson.databind;
  opens org.integratedcare.metrics.capacity to tools.jackson.databind;
}
