/**
 * The core model of integrated care system governance: organisations, structures, bodies, posts,
 * appointments, functions, delegations, mechanisms, accountability links, meetings and change
 * events, as immutable values in one checked {@link org.integratedcare.core.IcsModel}.
 */
module org.integratedcare.core {
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.integratedcare.core;
  exports org.integratedcare.core.time;
  exports org.integratedcare.core.organisation;
  exports org.integratedcare.core.structure;
  exports org.integratedcare.core.body;
  exports org.integratedcare.core.function;
  exports org.integratedcare.core.accountability;
  exports org.integratedcare.core.mechanism;
  exports org.integratedcare.core.meeting;
  exports org.integratedcare.core.change;
}
