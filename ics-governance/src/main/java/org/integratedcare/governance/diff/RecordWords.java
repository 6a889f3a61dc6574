package org.integratedcare.governance.diff;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Identified;
import org.integratedcare.core.Source;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.FinancialLimit;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.governance.internal.Names;

/**
 * The records of a model and their attributes in words, for {@link ModelDiff}. The attributes of a
 * record are the public accessors its type declares (the components of a Java record, the abstract
 * accessors of a value type), read through the public type in an exported package, so no package
 * needs to be opened. Not part of the API.
 */
final class RecordWords {
  private static final Map<Class<?>, List<Method>> ATTRIBUTES = new ConcurrentHashMap<>();
  private static final int MAX_DEPTH = 3;

  private final IcsModel model;
  private final Names names;
  private final LocalDate date;

  RecordWords(IcsModel model, LocalDate date) {
    this.model = model;
    this.names = new Names(model);
    this.date = date;
  }

  /** Every record of the model with an id, by id, in the order of the model file's sections. */
  static Map<String, Identified> records(IcsModel model) {
    Map<String, Identified> out = new LinkedHashMap<>();
    List<List<? extends Identified>> sections = List.of(model.organisations(), model.structures(),
        model.bodies(), model.posts(), model.people(), model.appointments(), model.functions(),
        model.delegations(), model.mechanisms(), model.accountabilityLinks(), model.meetings(),
        model.changeEvents());
    for (List<? extends Identified> section : sections) {
      for (Identified e : section) {
        out.putIfAbsent(e.id(), e);
      }
    }
    return out;
  }

  /** The kind of record in words: {@code JointCommittee} is "joint committee". */
  static String type(Identified e) {
    String simple = publicType(e.getClass()).getSimpleName();
    return simple.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  /** The record in words: "delegation 'd-7' from ICB Board to Finance Committee", "body 'Audit Committee'". */
  String label(Identified e) {
    if (e instanceof Delegation d) {
      return "delegation '" + d.id() + "' from " + names.of(d.delegator(), date) + " to "
          + names.of(d.delegate(), date);
    }
    if (e instanceof org.integratedcare.core.change.ChangeEvent c) {
      return c.kind().typeName().replace('-', ' ') + " '" + c.id() + "'";
    }
    String name = names.of(e.id(), date);
    return type(e) + " '" + (name.equals(e.id()) ? e.id() : name) + "'";
  }

  /** The attributes of a record other than its id, by name, each value in words. */
  Map<String, String> attributes(Identified e) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Method m : attributesOf(e.getClass())) {
      if (!m.getName().equals("id")) {
        out.put(m.getName(), words(m.getName(), read(m, e), 0));
      }
    }
    return out;
  }

  /** The attributes that differ between two versions of a record, in the order of the record's type. */
  List<FieldChange> changes(Identified before, RecordWords beforeWords, Identified after) {
    Map<String, String> old = beforeWords.attributes(before);
    Map<String, String> now = attributes(after);
    List<FieldChange> out = new ArrayList<>();
    for (Map.Entry<String, String> a : now.entrySet()) {
      String was = old.getOrDefault(a.getKey(), "not recorded");
      if (!was.equals(a.getValue())) {
        out.add(new FieldChange(a.getKey(), was, a.getValue()));
      }
    }
    for (Map.Entry<String, String> a : old.entrySet()) {
      if (!now.containsKey(a.getKey())) {
        out.add(new FieldChange(a.getKey(), a.getValue(), "not recorded"));
      }
    }
    return out;
  }

  private String words(String attribute, Object value, int depth) {
    if (value == null) {
      return "not recorded";
    } else if (value instanceof Optional<?> o) {
      return o.isPresent() ? words(attribute, o.get(), depth) : "not recorded";
    } else if (value instanceof Collection<?> c) {
      if (c.isEmpty()) {
        return "none";
      }
      List<String> items = new ArrayList<>();
      c.forEach(x -> items.add(words(attribute, x, depth)));
      return String.join("; ", items);
    } else if (value instanceof Map<?, ?> m) {
      List<String> items = new ArrayList<>();
      m.forEach((k, v) -> items.add(words(attribute, k, depth) + ": " + words(attribute, v, depth)));
      return items.isEmpty() ? "none" : String.join("; ", items);
    } else if (value instanceof String s) {
      return model.find(s).map(e -> {
        String name = names.of(s, date);
        return name.equals(s) ? s : name + " (" + s + ")";
      }).orElse(s);
    } else if (value instanceof BigDecimal d) {
      String a = attribute.toLowerCase(Locale.ROOT);
      return a.contains("limit") || a.contains("amount") ? Names.money(d) : d.toPlainString();
    } else if (value instanceof FinancialLimit l) {
      return Names.category(l.category()) + " " + Names.money(l.amount());
    } else if (value instanceof DateRange p) {
      return Names.period(p);
    } else if (value instanceof LocalDate d) {
      return Names.date(d);
    } else if (value instanceof Source s) {
      return s.document() + s.clause().map(c -> " " + c).orElse("")
          + s.status().map(st -> " (" + st.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")").orElse("");
    } else if (value instanceof Enum<?> e) {
      return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    } else if (value instanceof Boolean || value instanceof Number || value instanceof CharSequence) {
      return String.valueOf(value);
    }
    List<Method> parts = attributesOf(value.getClass());
    if (parts.isEmpty() || depth >= MAX_DEPTH) {
      return String.valueOf(value);
    }
    List<String> items = new ArrayList<>();
    for (Method m : parts) {
      items.add(m.getName() + " " + words(m.getName(), read(m, value), depth + 1));
    }
    return "(" + String.join(", ", items) + ")";
  }

  private static List<Method> attributesOf(Class<?> type) {
    return ATTRIBUTES.computeIfAbsent(type, RecordWords::findAttributes);
  }

  private static List<Method> findAttributes(Class<?> type) {
    Class<?> pub = publicType(type);
    List<Method> out = new ArrayList<>();
    if (pub.isRecord()) {
      for (RecordComponent c : pub.getRecordComponents()) {
        out.add(c.getAccessor());
      }
      return out;
    }
    if (!Modifier.isPublic(pub.getModifiers())) {
      return out;
    }
    Map<String, Method> byName = new java.util.TreeMap<>();
    for (Method m : pub.getMethods()) {
      if (m.getParameterCount() == 0 && Modifier.isAbstract(m.getModifiers())
          && m.getReturnType() != void.class && !Modifier.isStatic(m.getModifiers())) {
        byName.putIfAbsent(m.getName(), m);
      }
    }
    out.addAll(byName.values());
    return out;
  }

  /** The public type a generated implementation class stands for: {@code ImmutableDelegation} is {@code Delegation}. */
  private static Class<?> publicType(Class<?> type) {
    Class<?> t = type;
    while (t.getSimpleName().startsWith("Immutable") && t.getSuperclass() != null
        && t.getSuperclass() != Object.class) {
      t = t.getSuperclass();
    }
    return t;
  }

  private static Object read(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + m.getName() + " of " + target.getClass().getName()
          + " (a fault in this library: record types are public types in exported packages)", e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
  }
}
