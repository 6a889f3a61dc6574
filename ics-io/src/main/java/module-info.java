/**
 * Integrated care system model files in and out: {@link org.integratedcare.io.ModelFiles} reads
 * and writes a whole {@link org.integratedcare.core.IcsModel} as YAML or JSON, reporting every
 * problem at once with its path, line and column, through a small document tree of the library's
 * own ({@link org.integratedcare.io.tree.Node}) rather than any data-binding library;
 * {@link org.integratedcare.io.imports.Imports} merges the tables a governance team keeps (scheme of
 * delegation, register of interests, NHS England's ODS files) into a model;
 * {@link org.integratedcare.reference.EnglandReferenceData} holds the ICBs and regions of England.
 */
module org.integratedcare.io {
  requires static transitive org.jspecify;
  requires transitive org.integratedcare.core;
  requires org.snakeyaml.engine;

  exports org.integratedcare.io;
  exports org.integratedcare.io.tree;
  exports org.integratedcare.io.imports;
  exports org.integratedcare.reference;
}
