/**
 * A Jackson 3 module for the integrated care governance library: {@link
 * org.integratedcare.jackson3.IcsJacksonModule} writes the library's answers, reports and models
 * in the library's own JSON shapes ({@code org.integratedcare.json.IcsJson}) through an
 * application's {@code JsonMapper}, and reads models.
 *
 * <p>{@code MapperBuilder.findAndAddModules()} finds the module through the service this module
 * provides.
 */
module org.integratedcare.jackson3 {
  requires static transitive org.jspecify;
  requires transitive tools.jackson.databind;
  requires transitive org.integratedcare.json;

  exports org.integratedcare.jackson3;

  provides tools.jackson.databind.JacksonModule with org.integratedcare.jackson3.IcsJacksonModule;
}
