package org.integratedcare.json;

import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** The JSON mapper of metrics reports. Not part of the API. */
final class MetricsJson {
  private MetricsJson() {}

  /** An enum constant's JSON name: {@code LOCAL_GOVERNMENT} becomes {@code local-government}. */
  static String typeName(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new SimpleModule("ics-metrics")
          .addSerializer((Class) Enum.class, new ValueSerializer<Enum<?>>() {
            @Override
            public void serialize(Enum<?> value, JsonGenerator gen, SerializationContext ctxt) {
              gen.writeString(typeName(value));
            }
          })
          .addKeySerializer((Class) Enum.class, new ValueSerializer<Enum<?>>() {
            @Override
            public void serialize(Enum<?> value, JsonGenerator gen, SerializationContext ctxt) {
              gen.writeName(typeName(value));
            }
          }))
      .enable(MapperFeature.INFER_RECORD_GETTERS_FROM_COMPONENTS_ONLY)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();
}
