/**
 * Measures of how well an integrated care system works: structural measures of the model,
 * maturity from evidence, shift indicators over time and whole-system capacity.
 */
module org.integratedcare.metrics {
  requires transitive org.integratedcare.governance;
  requires static org.immutables.value.annotations;
  requires org.slf4j;


}
