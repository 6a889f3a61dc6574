/**
 * What follows from an integrated care system's arrangements: decision authority with reasons,
 * accountability chains, and governance rules (statute, NHS England guidance, good practice) with
 * an extension point for users' own rules.
 */
module org.integratedcare.governance {
  requires transitive org.integratedcare.core;
  requires static org.immutables.value.annotations;
  requires org.slf4j;

  exports org.integratedcare.governance;
}
