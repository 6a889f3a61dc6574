package org.integratedcare.jackson3;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;
import org.integratedcare.json.IcsJson;

/** Writes a value of a supported type as the tree {@link IcsJson#toTree(Object)} gives. */
final class TreeSerializer<T> extends StdSerializer<T> {
  TreeSerializer(Class<T> type) {
    super(type);
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext context) {
    Trees.write(IcsJson.toTree(value), gen);
  }
}
