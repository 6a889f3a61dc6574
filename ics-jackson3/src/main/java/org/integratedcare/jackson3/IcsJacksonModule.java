package org.integratedcare.jackson3;

import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.integratedcare.core.IcsModel;
import org.integratedcare.json.IcsJson;

/**
 * The Jackson 3 module of the integrated care governance library: with it, an application's own
 * {@code JsonMapper} writes the library's answers, reports and models exactly as {@link
 * IcsJson#write(Object)} does, and reads models.
 *
 * <p>For every type in {@link IcsJson#supportedTypes()} (decision answers and verdicts, the
 * answer to who may decide, accountability reports, rule reports, metrics reports and {@link
 * IcsModel}, with their subtypes) the module registers a serializer that converts the value with
 * {@link IcsJson#toTree(Object)} and writes that tree through the mapper's generator. The JSON has
 * the same properties, order and values as the library's own; pretty printing, number formatting
 * of decimals and the like follow the mapper's configuration. A number that is not finite is
 * written as the string {@code "Infinity"}, {@code "-Infinity"} or {@code "NaN"}, as the library
 * writes it.
 *
 * <p>For {@link IcsModel} it also registers a deserializer that reads the value (a model in the
 * shape of a model file, {@code docs/model-format.md}) into the library's document tree, numbers
 * kept exact, and decodes it with {@link org.integratedcare.io.ModelFiles#fromTree
 * ModelFiles.fromTree}. An invalid model fails with a {@link
 * tools.jackson.databind.exc.ValueInstantiationException} (a {@code
 * DatabindException}) whose cause is the library's {@link
 * org.integratedcare.core.ModelValidationException}, listing every problem with its path; a
 * property given twice fails the same way. Jackson's own limits on the input ({@code
 * StreamReadConstraints}) apply as the mapper configures them.
 *
 * <p>Registering the module with Spring Boot 4, which adds every {@code JacksonModule} bean to
 * the {@code JsonMapper} it builds:
 *
 * <pre>{@code
 * @Bean
 * tools.jackson.databind.JacksonModule icsJacksonModule() {
 *   return new IcsJacksonModule();
 * }
 * }</pre>
 *
 * <p>With a plain mapper:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new IcsJacksonModule()).build();
 * String json = mapper.writeValueAsString(DecisionAuthority.of(model).decide(query));
 * IcsModel back = mapper.readValue(json, IcsModel.class);
 * }</pre>
 *
 * <p>{@code MapperBuilder.findAndAddModules()} also finds it, on the class path and on the module
 * path. Registering it twice is harmless.
 *
 * <p>The module is built against Jackson 3.0 and works with any later Jackson 3. It holds no
 * state, and its serializers and deserializer are thread-safe.
 */
public final class IcsJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module registering the library's serializers and the model deserializer. */
  public IcsJacksonModule() {
    super(IcsJacksonModule.class.getName(), moduleVersion());
    for (Class<?> type : IcsJson.supportedTypes()) {
      addTreeSerializer(type);
    }
    addDeserializer(IcsModel.class, new ModelDeserializer());
  }

  private <T> void addTreeSerializer(Class<T> type) {
    addSerializer(type, new TreeSerializer<>(type));
  }

  /** The same id whatever instance, so that a mapper registers the module only once. */
  @Override
  public Object getRegistrationId() {
    return IcsJacksonModule.class.getName();
  }

  private static Version moduleVersion() {
    try (InputStream in = IcsJacksonModule.class.getResourceAsStream("module.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      Properties p = new Properties();
      p.load(in);
      return VersionUtil.parseVersion(p.getProperty("version"), "org.integratedcare", "ics-jackson3");
    } catch (IOException e) {
      return Version.unknownVersion();
    }
  }
}
