package org.integratedcare.jackson3;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.integratedcare.io.tree.ArrayNode;
import org.integratedcare.io.tree.Node;
import org.integratedcare.io.tree.ObjectNode;

/**
 * The library's document tree to and from Jackson's token streams, without recursion whatever the
 * nesting.
 */
final class Trees {
  private Trees() {}

  /** An open container being written: its remaining children, and whether it is an object. */
  private record Open(Iterator<?> children, boolean object) {}

  /**
   * Writes a tree through a generator: objects, arrays, strings, numbers (integral values as
   * integers, others as {@link BigDecimal}s), booleans and nulls; a number that is not finite as
   * the string the library writes for it.
   */
  static void write(Node root, JsonGenerator gen) {
    ArrayDeque<Open> open = new ArrayDeque<>();
    start(root, gen, open);
    while (!open.isEmpty()) {
      Open top = open.peek();
      if (!top.children().hasNext()) {
        open.pop();
        if (top.object()) {
          gen.writeEndObject();
        } else {
          gen.writeEndArray();
        }
      } else if (top.object()) {
        Map.Entry<?, ?> e = (Map.Entry<?, ?>) top.children().next();
        gen.writeName((String) e.getKey());
        start((Node) e.getValue(), gen, open);
      } else {
        start((Node) top.children().next(), gen, open);
      }
    }
  }

  /** Writes a scalar, or opens a container and pushes it. */
  private static void start(Node n, JsonGenerator gen, ArrayDeque<Open> open) {
    if (n.isObject()) {
      gen.writeStartObject();
      open.push(new Open(n.properties().iterator(), true));
    } else if (n.isArray()) {
      gen.writeStartArray();
      open.push(new Open(n.values().iterator(), false));
    } else if (n.isString()) {
      gen.writeString(n.stringValue());
    } else if (n.isNumber()) {
      if (n.isFinite()) {
        writeNumber(n.decimalValue(), gen);
      } else {
        gen.writeString(nonFinite(n.doubleValue()));
      }
    } else if (n.isBoolean()) {
      gen.writeBoolean(n.booleanValue());
    } else if (n.isNull()) {
      gen.writeNull();
    } else {
      throw new IllegalArgumentException("the missing node is not a value");
    }
  }

  private static void writeNumber(BigDecimal d, JsonGenerator gen) {
    if (d.scale() > 0) {
      gen.writeNumber(d);
      return;
    }
    // a whole number (7000000 or 7E+6) as an integer, whatever the mapper does with BigDecimals
    BigInteger i = d.toBigInteger();
    if (i.bitLength() < 64) {
      gen.writeNumber(i.longValue());
    } else {
      gen.writeNumber(i);
    }
  }

  /** What the library's JSON writer writes for a number that is not finite. */
  static String nonFinite(double value) {
    return Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
  }

  /** An open container being read, and its path in the library's form. */
  private record Reading(Node node, String path) {}

  /**
   * Reads the parser's current value as a tree, leaving the parser on its last token. Numbers are
   * kept exact; a property given twice in one object fails as the library's readers fail.
   */
  static Node read(JsonParser p, String source) {
    JsonToken t = p.currentToken();
    ArrayDeque<Reading> open = new ArrayDeque<>();
    Node root;
    if (t == JsonToken.PROPERTY_NAME) {
      // the value's START_OBJECT was already read, as when Jackson buffers an object
      root = Node.object();
      open.push(new Reading(root, ""));
    } else {
      root = start(p, t, open, "");
      if (open.isEmpty()) {
        return root;
      }
      t = p.nextToken();
    }
    while (true) {
      Reading top = open.peek();
      if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        open.pop();
        if (open.isEmpty()) {
          return root;
        }
      } else if (top.node() instanceof ObjectNode o) {
        String name = p.currentName();
        String path = top.path().isEmpty() ? name : top.path() + "." + name;
        if (o.has(name)) {
          TokenStreamLocation at = p.currentTokenLocation();
          throw new ModelValidationException(source, List.of(Problem.at(path,
              "duplicate property '" + name + "'", at.getLineNr(), at.getColumnNr())));
        }
        o.set(name, start(p, p.nextToken(), open, path));
      } else {
        ArrayNode a = (ArrayNode) top.node();
        a.add(start(p, t, open, top.path() + "[" + a.size() + "]"));
      }
      t = p.nextToken();
    }
  }

  /** A scalar, or a new container pushed to be filled. */
  private static Node start(JsonParser p, JsonToken t,
      ArrayDeque<Reading> open, String path) {
    if (t == null) {
      throw MismatchedInputException.from(p, IcsModel.class, "Unexpected end of input");
    }
    switch (t) {
      case START_OBJECT -> {
        ObjectNode o = Node.object();
        open.push(new Reading(o, path));
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = Node.array();
        open.push(new Reading(a, path));
        return a;
      }
      case VALUE_STRING -> {
        return Node.string(p.getString());
      }
      case VALUE_NUMBER_INT -> {
        return Node.number(new BigDecimal(p.getBigIntegerValue()));
      }
      case VALUE_NUMBER_FLOAT -> {
        if (p.isNaN()) {
          return Node.nonFinite(p.getDoubleValue());
        }
        return Node.number(p.getDecimalValue());
      }
      case VALUE_TRUE -> {
        return Node.bool(true);
      }
      case VALUE_FALSE -> {
        return Node.bool(false);
      }
      case VALUE_NULL -> {
        return Node.nullNode();
      }
      default -> {
        throw MismatchedInputException.from(p, IcsModel.class, "Cannot read an IcsModel: a model"
            + " holds only objects, arrays, strings, numbers, booleans and nulls, not " + t);
      }
    }
  }
}
