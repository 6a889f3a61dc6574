package org.integratedcare.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.io.ModelFiles;

/**
 * Reads a model: the parser's value as the library's tree, decoded by {@link ModelFiles#fromTree};
 * the library's validation exception wrapped as a {@link ValueInstantiationException}.
 */
final class ModelDeserializer extends StdDeserializer<IcsModel> {
  private static final long serialVersionUID = 1L;
  /** What messages call the input. */
  static final String SOURCE = "the JSON input";

  ModelDeserializer() {
    super(IcsModel.class);
  }

  @Override
  public IcsModel deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    try {
      return ModelFiles.fromTree(Trees.read(p, SOURCE), SOURCE);
    } catch (ModelValidationException e) {
      throw ValueInstantiationException.from(p, "Cannot read an IcsModel: " + e.getMessage(),
          ctxt.constructType(IcsModel.class), e);
    }
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.POJO;
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}
