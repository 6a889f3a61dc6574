/**
 * For the tests of rule authors and of services that embed the library: {@link
 * org.integratedcare.testkit.SampleSystems sample systems}, {@link org.integratedcare.testkit.Rules}
 * to run one rule or pack, and {@link org.integratedcare.testkit.ReportAssert} for AssertJ
 * assertions on findings. Add it in test scope.
 */
module org.integratedcare.testkit {
  requires static transitive org.jspecify;
  requires transitive org.integratedcare.io;
  requires transitive org.integratedcare.governance;
  requires transitive org.assertj.core;

  exports org.integratedcare.testkit;
}
