/**
 * What follows from an integrated care system's arrangements: decision authority with reasons,
 * accountability chains, and governance rules (statute, NHS England guidance, good practice) with
 * an extension point for users' own rules.
 */
module org.integratedcare.governance {
  requires static transitive org.jspecify;
  requires transitive org.integratedcare.core;
  requires static org.immutables.value.annotations;
  requires org.slf4j;

  exports org.integratedcare.governance.authority;
  exports org.integratedcare.governance.accountability;
  exports org.integratedcare.governance.rules;
  exports org.integratedcare.governance.rules.england;
  exports org.integratedcare.governance.migration;

  uses org.integratedcare.governance.rules.RulePack;

  provides org.integratedcare.governance.rules.RulePack with
      org.integratedcare.governance.rules.england.EnglandStatutoryPack,
      org.integratedcare.governance.rules.england.NhsEnglandGuidancePack,
      org.integratedcare.governance.rules.england.GoodPracticePack,
      org.integratedcare.governance.rules.england.AccountabilityClarityPack,
      org.integratedcare.governance.rules.england.DecisionValidityPack,
      org.integratedcare.governance.rules.england.DelegationIntegrityPack,
      org.integratedcare.governance.rules.england.ReorganisationPack;
}
