/**
 * Reports and diagrams of an integrated care system: Mermaid, Graphviz DOT and SVG diagrams of its
 * structure, delegations and accountability chains, and Markdown and self-contained HTML reports
 * combining rule findings, who may decide and who answers, metrics and diagrams.
 */
module org.integratedcare.report {
  requires static transitive org.jspecify;
  requires transitive org.integratedcare.core;
  requires transitive org.integratedcare.governance;
  requires transitive org.integratedcare.metrics;

  exports org.integratedcare.report;
}
