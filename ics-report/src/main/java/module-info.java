/**
 * Reports and diagrams of an integrated care system: Mermaid and Graphviz DOT diagrams of its
 * structure, delegations and accountability chains, and a Markdown report combining rule findings,
 * metrics and diagrams.
 */
module org.integratedcare.report {
  requires static transitive org.jspecify;
  requires transitive org.integratedcare.core;
  requires transitive org.integratedcare.governance;
  requires transitive org.integratedcare.metrics;

  exports org.integratedcare.report;
}
