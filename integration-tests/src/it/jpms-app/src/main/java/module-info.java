module app {
  requires org.integratedcare.core;
  requires org.integratedcare.governance;
  requires org.integratedcare.metrics;

  exports app;
}
