package org.integratedcare.governance.rules;

import java.util.List;
import java.util.Objects;

/**
 * A named, versioned group of rules, and the service interface through which rule packs are
 * found on the class path or module path.
 *
 * <p>To ship a pack of your own rules, implement this interface in a public class with a public
 * no-argument constructor (or a public static {@code provider()} method) and declare it:
 *
 * <ul>
 *   <li>on the module path, in your {@code module-info.java}: {@code provides
 *       org.integratedcare.governance.rules.RulePack with com.example.MyPack;}
 *   <li>on the class path, in {@code
 *       META-INF/services/org.integratedcare.governance.rules.RulePack}: one line, {@code
 *       com.example.MyPack}
 * </ul>
 *
 * <p>{@link RulePacks#discover()} then finds it with no change to this library. A pack's id and
 * its rules' ids should share a prefix of your own (such as {@code acme.constitution}) so they
 * never clash with the built-in {@code england.*} ids. Implementations should be immutable and
 * thread-safe.
 */
public interface RulePack {

  /** The pack's stable id, such as {@code england.statutory}. */
  String id();

  /** The pack's version, reported with every run so a report says which rules produced it. */
  String version();

  /** A short title; the id unless overridden. */
  default String title() {
    return id();
  }

  /** The pack's rules, in a stable order; not null. */
  List<Rule> rules();

  /**
   * A pack of the given rules, for passing rules of your own straight to the runner.
   *
   * @param id the pack's id, not blank
   * @param version the pack's version, not blank
   * @param rules the rules, not null and without null elements
   * @return the pack
   * @throws IllegalArgumentException if the id or version is blank
   * @throws NullPointerException if an argument or a rule is null
   */
  static RulePack of(String id, String version, List<? extends Rule> rules) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    if (id.isBlank() || version.isBlank()) {
      throw new IllegalArgumentException("a rule pack needs an id and a version; got '" + id
          + "' version '" + version + "'");
    }
    List<Rule> copy = List.copyOf(rules);
    return new RulePack() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String version() {
        return version;
      }

      @Override
      public List<Rule> rules() {
        return copy;
      }

      @Override
      public String toString() {
        return id + " " + version;
      }
    };
  }
}
