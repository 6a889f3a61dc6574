package org.integratedcare.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.integratedcare.io.tree.ArrayNode;
import org.integratedcare.io.tree.Node;
import org.integratedcare.io.tree.ObjectNode;

/**
 * Writes the metrics module's records as trees: a record becomes an object whose properties are
 * its components, in declaration order, named as the components are, so that a field is named once
 * (in the record). Enum values become lower-case words joined by hyphens, also as map keys; an
 * empty optional becomes {@code null}; dates become ISO dates; non-finite numbers become the
 * strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}. Only public accessors of
 * records in exported packages are called, so no package needs to be opened. Not part of the API.
 */
final class RecordTrees {
  private RecordTrees() {}

  static Node of(Object value) {
    if (value == null) {
      return Node.nullNode();
    } else if (value instanceof Record r) {
      ObjectNode o = Node.object();
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        o.set(c.getName(), of(read(r, c)));
      }
      return o;
    } else if (value instanceof Enum<?> e) {
      return Node.string(typeName(e));
    } else if (value instanceof String s) {
      return Node.string(s);
    } else if (value instanceof Boolean b) {
      return Node.bool(b);
    } else if (value instanceof BigDecimal d) {
      return Node.number(d);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      return Node.number(((Number) value).longValue());
    } else if (value instanceof BigInteger i) {
      return Node.number(new BigDecimal(i));
    } else if (value instanceof Double || value instanceof Float) {
      return number(((Number) value).doubleValue());
    } else if (value instanceof LocalDate d) {
      return Node.string(d.toString());
    } else if (value instanceof Optional<?> o) {
      return of(o.orElse(null));
    } else if (value instanceof OptionalDouble o) {
      return o.isPresent() ? number(o.getAsDouble()) : Node.nullNode();
    } else if (value instanceof OptionalInt o) {
      return o.isPresent() ? Node.number(o.getAsInt()) : Node.nullNode();
    } else if (value instanceof OptionalLong o) {
      return o.isPresent() ? Node.number(o.getAsLong()) : Node.nullNode();
    } else if (value instanceof Map<?, ?> m) {
      ObjectNode o = Node.object();
      m.forEach((k, v) -> o.set(k instanceof Enum<?> e ? typeName(e) : String.valueOf(k), of(v)));
      return o;
    } else if (value instanceof Collection<?> c) {
      ArrayNode a = Node.array();
      c.forEach(x -> a.add(of(x)));
      return a;
    }
    throw new IllegalStateException("no JSON shape for " + value.getClass().getName()
        + " (a fault in this library: metrics values are records, enums, texts, numbers, dates,"
        + " optionals, lists and maps)");
  }

  private static Node number(double d) {
    if (Double.isFinite(d)) {
      return Node.number(BigDecimal.valueOf(d));
    }
    return Node.string(Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
  }

  private static Object read(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of "
          + r.getClass().getName() + ": " + e.getMessage(), e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** An enum constant's JSON name: {@code LOCAL_GOVERNMENT} becomes {@code local-government}. */
  static String typeName(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
