package org.integratedcare.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.integratedcare.io.tree.DocumentException;
import org.integratedcare.io.tree.Node;
import org.integratedcare.io.tree.TreeBuilder;
import org.integratedcare.io.tree.TreeVisitor;

/**
 * The library's document tree to and from Jackson's token streams, through the tree's own {@link
 * TreeVisitor} and {@link TreeBuilder}, so that neither direction recurses whatever the nesting.
 */
final class Trees {
  private Trees() {}

  /**
   * Writes a tree through a generator: objects, arrays, strings, numbers (whole values as
   * integers, others as {@link BigDecimal}s), booleans and nulls; a number that is not finite as
   * the string the library writes for it.
   */
  static void write(Node root, JsonGenerator gen) throws IOException {
    Node.walk(root, new GeneratorVisitor(gen));
  }

  /** Each event of the tree as a call on the generator. */
  private record GeneratorVisitor(JsonGenerator gen) implements TreeVisitor<IOException> {
    @Override
    public void startObject() throws IOException {
      gen.writeStartObject();
    }

    @Override
    public void name(String name) throws IOException {
      gen.writeFieldName(name);
    }

    @Override
    public void endObject() throws IOException {
      gen.writeEndObject();
    }

    @Override
    public void startArray() throws IOException {
      gen.writeStartArray();
    }

    @Override
    public void endArray() throws IOException {
      gen.writeEndArray();
    }

    @Override
    public void string(String value) throws IOException {
      gen.writeString(value);
    }

    @Override
    public void number(BigDecimal value) throws IOException {
      if (value.scale() > 0) {
        gen.writeNumber(value);
        return;
      }
      // a whole number (7000000 or 7E+6) as an integer, whatever the mapper does with BigDecimals
      BigInteger i = value.toBigInteger();
      if (i.bitLength() < 64) {
        gen.writeNumber(i.longValue());
      } else {
        gen.writeNumber(i);
      }
    }

    @Override
    public void nonFiniteNumber(double value) throws IOException {
      gen.writeString(nonFinite(value));
    }

    @Override
    public void bool(boolean value) throws IOException {
      gen.writeBoolean(value);
    }

    @Override
    public void nullValue() throws IOException {
      gen.writeNull();
    }
  }

  /** What the library's JSON writer writes for a number that is not finite. */
  static String nonFinite(double value) {
    return Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
  }

  /**
   * Reads the parser's current value as a tree, leaving the parser on its last token. Numbers are
   * kept exact; a property given twice in one object fails as the library's readers fail, at the
   * duplicate's path, line and column.
   */
  static Node read(JsonParser p, String source) throws IOException {
    TreeBuilder b = new TreeBuilder();
    JsonToken t = p.currentToken();
    if (t == JsonToken.FIELD_NAME) {
      // the value's START_OBJECT was already read, as when Jackson buffers an object
      b.startObject();
    }
    while (true) {
      if (t == null) {
        throw MismatchedInputException.from(p, IcsModel.class, "Unexpected end of input");
      }
      switch (t) {
        case START_OBJECT -> b.startObject();
        case START_ARRAY -> b.startArray();
        case END_OBJECT, END_ARRAY -> b.end();
        case FIELD_NAME -> {
          try {
            b.name(p.currentName());
          } catch (DocumentException e) {
            JsonLocation at = p.currentTokenLocation();
            throw new ModelValidationException(source, List.of(Problem.at(e.problem().path(),
                e.problem().message(), at.getLineNr(), at.getColumnNr())));
          }
        }
        case VALUE_STRING -> b.value(Node.string(p.getText()));
        case VALUE_NUMBER_INT -> b.value(Node.number(new BigDecimal(p.getBigIntegerValue())));
        case VALUE_NUMBER_FLOAT -> b.value(p.isNaN() ? Node.nonFinite(p.getDoubleValue())
            : Node.number(p.getDecimalValue()));
        case VALUE_TRUE -> b.value(Node.bool(true));
        case VALUE_FALSE -> b.value(Node.bool(false));
        case VALUE_NULL -> b.value(Node.nullNode());
        default -> throw MismatchedInputException.from(p, IcsModel.class, "Cannot read an IcsModel: a model"
            + " holds only objects, arrays, strings, numbers, booleans and nulls, not " + t);
      }
      if (b.isComplete()) {
        return b.result();
      }
      t = p.nextToken();
    }
  }
}
