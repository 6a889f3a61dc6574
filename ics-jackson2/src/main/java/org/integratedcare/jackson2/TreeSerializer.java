package org.integratedcare.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.integratedcare.json.IcsJson;

/** Writes a value of a supported type as the tree {@link IcsJson#toTree(Object)} gives. */
final class TreeSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  TreeSerializer(Class<T> type) {
    super(type);
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    Trees.write(IcsJson.toTree(value), gen);
  }
}
