/**
 * The {@code ics} command line. An application, not a library: it exports nothing, and opens its
 * command classes to picocli, which reads their annotations.
 */
module org.integratedcare.cli {
  requires org.integratedcare.report;
  requires info.picocli;
  requires org.integratedcare.json;

  opens org.integratedcare.cli to info.picocli;
}
