module app {
  // the library's JSON writer, with io, governance and metrics through it: no Jackson
  requires org.integratedcare.json;

  exports app;
}
