/**
 * Integrated care system model files in and out: {@link org.integratedcare.io.ModelFiles} reads
 * and writes a whole {@link org.integratedcare.core.IcsModel} as YAML or JSON, reporting every
 * problem at once with its path, line and column; {@link
 * org.integratedcare.reference.EnglandReferenceData} holds the ICBs and regions of England.
 */
module org.integratedcare.io {
  requires transitive org.integratedcare.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;

  exports org.integratedcare.io;
  exports org.integratedcare.reference;
}
