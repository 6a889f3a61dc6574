package org.integratedcare.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.integratedcare.core.IcsModel;
import org.integratedcare.json.IcsJson;

/**
 * The Jackson 2 module of the integrated care governance library: with it, an application's own
 * {@code ObjectMapper} writes the library's answers, reports and models exactly as {@link
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
 * com.fasterxml.jackson.databind.exc.ValueInstantiationException} (a {@code
 * JsonMappingException}) whose cause is the library's {@link
 * org.integratedcare.core.ModelValidationException}, listing every problem with its path; a
 * property given twice fails the same way. Jackson's own limits on the input ({@code
 * StreamReadConstraints}) apply as the mapper configures them.
 *
 * <p>Registering the module with Spring Boot 3, which adds every {@code Module} bean to the
 * {@code ObjectMapper} it builds:
 *
 * <pre>{@code
 * @Bean
 * com.fasterxml.jackson.databind.Module icsJacksonModule() {
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
 * <p>{@code ObjectMapper.findAndRegisterModules()} and {@code MapperBuilder.findAndAddModules()}
 * also find it, on the class path and on the module path. Registering it twice is harmless.
 *
 * <p>The module is built against Jackson 2.15 and works with any later Jackson 2. It holds no
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
  public Object getTypeId() {
    return IcsJacksonModule.class.getName();
  }

  private static Version moduleVersion() {
    try (InputStream in = IcsJacksonModule.class.getResourceAsStream("module.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      Properties p = new Properties();
      p.load(in);
      return VersionUtil.parseVersion(p.getProperty("version"), "org.integratedcare", "ics-jackson2");
    } catch (IOException e) {
      return Version.unknownVersion();
    }
  }
}
