/**
 * A Jackson 2 module for the integrated care governance library: {@link
 * org.integratedcare.jackson2.IcsJacksonModule} writes the library's answers, reports and models
 * in the library's own JSON shapes ({@code org.integratedcare.json.IcsJson}) through an
 * application's {@code ObjectMapper}, and reads models.
 *
 * <p>{@code ObjectMapper.findAndRegisterModules()} finds the module through the service this
 * module provides.
 */
module org.integratedcare.jackson2 {
  requires static transitive org.jspecify;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive org.integratedcare.json;

  exports org.integratedcare.jackson2;

  provides com.fasterxml.jackson.databind.Module with org.integratedcare.jackson2.IcsJacksonModule;
}
