package org.integratedcare.core.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Converts between enum constants and their model-file names (lower case, words joined by
 * hyphens). Not part of the API.
 */
public final class TypeNames {
  /** Each enum type's names by ordinal, and its constants by name, made once per type. */
  private static final ClassValue<Names> NAMES = new ClassValue<>() {
    @Override
    protected Names computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] byOrdinal = new String[constants.length];
      Map<String, Object> byName = new HashMap<>();
      for (Object c : constants) {
        Enum<?> e = (Enum<?>) c;
        byOrdinal[e.ordinal()] = e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        byName.put(byOrdinal[e.ordinal()], e);
      }
      return new Names(byOrdinal, Map.copyOf(byName));
    }
  };

  private record Names(String[] byOrdinal, Map<String, Object> byName) {}

  private TypeNames() {}

  /** The model-file name of an enum constant: {@code JOINT_COMMITTEE} becomes {@code joint-committee}. */
  public static String of(Enum<?> constant) {
    return NAMES.get(constant.getDeclaringClass()).byOrdinal()[constant.ordinal()];
  }

  /** Finds the constant with the given name, or fails with a message listing the names. */
  public static <E extends Enum<E>> E lookup(Class<E> type, String name, Function<E, String> naming) {
    for (E e : type.getEnumConstants()) {
      if (naming.apply(e).equals(name)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "unknown " + describe(type) + " '" + name + "'; expected one of "
            + Arrays.stream(type.getEnumConstants()).map(naming).collect(Collectors.joining(", ")));
  }

  /** Finds the constant whose {@link #of(Enum)} name is {@code name}. */
  public static <E extends Enum<E>> E lookup(Class<E> type, String name) {
    Object found = NAMES.get(type).byName().get(name);
    return found != null ? type.cast(found) : lookup(type, name, TypeNames::of);
  }

  private static String describe(Class<?> type) {
    return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
