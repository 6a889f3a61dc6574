module app {
  requires org.integratedcare.io;
  requires org.integratedcare.governance;
  requires org.integratedcare.metrics;

  exports app;
}
