/**
 * An example of a user's own rule pack: rules from one system's local constitution, shipped on the
 * module path and found by {@link java.util.ServiceLoader} through the library's {@code
 * RulePack} service, with no change to the library.
 */
module org.integratedcare.example.rules {
  requires org.integratedcare.governance;

  provides org.integratedcare.governance.rules.RulePack with
      org.integratedcare.example.rules.LocalConstitutionPack;
}
