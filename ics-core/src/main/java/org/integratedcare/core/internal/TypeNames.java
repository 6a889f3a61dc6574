package org.integratedcare.core.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Converts between enum constants and their model-file names (lower case, words joined by
 * hyphens). Not part of the API.
 */
public final class TypeNames {
  private TypeNames() {}

  /** The model-file name of an enum constant: {@code JOINT_COMMITTEE} becomes {@code joint-committee}. */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
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
    return lookup(type, name, TypeNames::of);
  }

  private static String describe(Class<?> type) {
    return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
