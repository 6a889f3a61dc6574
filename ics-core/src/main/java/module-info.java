/**
 * The core model of integrated care system governance: organisations, structures, bodies, posts,
 * appointments, functions, delegations, mechanisms, accountability links, meetings and change
 * events, as immutable values in one checked {@link org.integratedcare.core.IcsModel}.
 */
module org.integratedcare.core {
  requires static org.immutables.value.annotations;
  requires org.slf4j;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;

  exports org.integratedcare.core;
  exports org.integratedcare.core.io;
  exports org.integratedcare.core.reference;
}
